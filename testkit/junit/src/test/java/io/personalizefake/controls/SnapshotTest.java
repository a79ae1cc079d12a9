package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeSnapshot;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.ResourceType;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  @Test
  void a_snapshot_shows_every_resource_and_does_not_change_afterwards() {
    Stack s = new Stack(b -> {});
    String group = s.group("shop");
    s.fake.service("eu-west-1").createDatasetGroup(b -> b.name("west"));
    FakeSnapshot snapshot = s.fake.snapshot();
    s.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    s.group("books");

    assertThat(snapshot.takenAt()).isEqualTo(Stack.START);
    assertThat(snapshot.resources())
        .extracting(FakeSnapshot.Resource::region)
        .containsExactlyInAnyOrder("us-east-1", "eu-west-1");
    FakeSnapshot.Resource shop = snapshot.resource(group).orElseThrow();
    assertThat(shop.type()).isEqualTo(ResourceType.DATASET_GROUP);
    assertThat(shop.status()).isEqualTo("ACTIVE");
    assertThat(shop.description(DatasetGroup.class).name()).isEqualTo("shop");
    assertThat(snapshot.resources(ResourceType.DATASET_GROUP)).hasSize(2);
    assertThat(snapshot.resources(ResourceType.SCHEMA)).isEmpty();
  }

  @Test
  void restore_returns_to_the_snapshot_including_the_id_counters() {
    Stack s = new Stack(b -> {});
    String version = s.activeVersion("shop");
    String solution =
        s.p
            .describeSolutionVersion(b -> b.solutionVersionArn(version))
            .solutionVersion()
            .solutionArn();
    FakeSnapshot snapshot = s.fake.snapshot();
    String next = s.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    s.group("books");

    s.fake.restore(snapshot);
    assertThat(s.fake.snapshot().resources()).isEqualTo(snapshot.resources());
    assertThatThrownBy(() -> s.p.describeSolutionVersion(b -> b.solutionVersionArn(next)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(s.p.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(g -> g.name())
        .containsExactly("shop");
    // the same calls after a restore mint the same identifiers
    assertThat(s.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn())
        .isEqualTo(next);
  }

  @Test
  void restore_keeps_pending_changes_which_fall_due_as_the_clock_moves() {
    Stack s = new Stack(b -> b.timings(Timings.realistic()));
    String group = s.group("shop");
    FakeSnapshot pending = s.fake.snapshot();
    s.fake.awaitActive(group);
    s.fake.restore(pending);
    // the clock already passed the due times: the next call applies them
    assertThat(s.groupStatus(group)).isEqualTo("ACTIVE");
    assertThat(
            s.p
                .describeDatasetGroup(b -> b.datasetGroupArn(group))
                .datasetGroup()
                .lastUpdatedDateTime())
        .isEqualTo(Stack.START.plusSeconds(20));
  }

  @Test
  void a_snapshot_restores_into_another_fake_of_the_same_account_only() {
    Stack s = new Stack(b -> {});
    String group = s.group("shop");
    FakeSnapshot snapshot = s.fake.snapshot();
    Stack copy = new Stack(b -> {});
    copy.fake.restore(snapshot);
    assertThat(copy.groupStatus(group)).isEqualTo("ACTIVE");
    PersonalizeFake other = PersonalizeFake.builder().accountId("210987654321").build();
    assertThatThrownBy(() -> other.restore(snapshot))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("210987654321");
  }
}
