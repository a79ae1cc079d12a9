package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Timings;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.ResourceType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitersTest {

  private final Stack realistic = new Stack(b -> b.timings(Timings.realistic()));

  @Test
  void await_active_moves_the_clock_to_each_due_change_and_no_further() {
    String group = realistic.group("shop");
    assertThat(realistic.fake.awaitActive(group)).isEqualTo(group);
    DatasetGroup g = realistic.p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup();
    assertThat(g.status()).isEqualTo("ACTIVE");
    // realistic: 10 s pending and 10 s in progress
    assertThat(realistic.clock.peek())
        .isEqualTo(Stack.START.plusSeconds(20))
        .isEqualTo(g.lastUpdatedDateTime());
  }

  @Test
  void await_active_of_an_active_resource_leaves_the_clock_alone() {
    String group = realistic.fake.awaitActive(realistic.group("shop"));
    var before = realistic.clock.peek();
    realistic.fake.awaitActive(group);
    assertThat(realistic.clock.peek()).isEqualTo(before);
  }

  @Test
  void await_active_waits_through_training_and_deployment() {
    String version = realistic.activeVersion("shop");
    String campaign = realistic.fake.awaitActive(realistic.campaign("main", version));
    Campaign c = realistic.p.describeCampaign(b -> b.campaignArn(campaign)).campaign();
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(realistic.clock.peek()).isEqualTo(c.lastUpdatedDateTime());
  }

  @Test
  void await_active_fails_naming_the_resource_its_status_reason_and_the_seed() {
    realistic.fake.failNext(ResourceType.DATASET_GROUP, "The role cannot be assumed");
    String group = realistic.group("shop");
    assertThatThrownBy(() -> realistic.fake.awaitActive(group))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Dataset group " + group)
        .hasMessageContaining("CREATE FAILED")
        .hasMessageContaining("The role cannot be assumed")
        .hasMessageContaining("seed 42");
  }

  @Test
  void await_active_fails_when_nothing_more_is_due() {
    Stack manual = new Stack(b -> b.timings(Timings.manual()));
    String group = manual.group("shop");
    assertThatThrownBy(() -> manual.fake.awaitActive(group))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(group)
        .hasMessageContaining("CREATE PENDING")
        .hasMessageContaining("nothing more is due");
  }

  @Test
  void await_active_fails_for_a_missing_or_deleting_resource() {
    String ghost = "arn:aws:personalize:us-east-1:123456789012:dataset-group/ghost";
    assertThatThrownBy(() -> realistic.fake.awaitActive(ghost))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not exist");
    String group = realistic.fake.awaitActive(realistic.group("shop"));
    realistic.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThatThrownBy(() -> realistic.fake.awaitActive(group))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DELETE PENDING");
  }

  @Test
  void await_active_of_a_schema_returns_at_once() {
    String schema =
        realistic.p.createSchema(b -> b.name("s").schema(Stack.INTERACTIONS)).schemaArn();
    assertThat(realistic.fake.awaitActive(schema)).isEqualTo(schema);
    assertThat(realistic.clock.peek()).isEqualTo(Stack.START);
  }

  @Test
  void await_active_of_a_campaign_waits_for_its_update_in_flight() {
    String version = realistic.activeVersion("shop");
    String campaign = realistic.fake.awaitActive(realistic.campaign("main", version));
    realistic.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(5));
    realistic.fake.awaitActive(campaign);
    Campaign c = realistic.p.describeCampaign(b -> b.campaignArn(campaign)).campaign();
    assertThat(c.latestCampaignUpdate().status()).isEqualTo("ACTIVE");
    assertThat(c.minProvisionedTPS()).isEqualTo(5);
  }

  @Test
  void await_active_fails_when_the_campaign_update_fails() {
    String version = realistic.activeVersion("shop");
    String campaign = realistic.fake.awaitActive(realistic.campaign("main", version));
    realistic.fake.failNext(ResourceType.CAMPAIGN_UPDATE, "Not enough capacity");
    realistic.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(5));
    assertThatThrownBy(() -> realistic.fake.awaitActive(campaign))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("update ended CREATE FAILED")
        .hasMessageContaining("Not enough capacity");
  }

  @Test
  void fail_of_a_campaign_with_an_update_in_flight_fails_the_update_only() {
    String version = realistic.activeVersion("shop");
    String campaign = realistic.fake.awaitActive(realistic.campaign("main", version));
    realistic.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(5));
    realistic.fake.fail(campaign, "Update refused");
    assertThatThrownBy(() -> realistic.fake.awaitActive(campaign))
        .hasMessageContaining("Update refused");
    Campaign c = realistic.p.describeCampaign(b -> b.campaignArn(campaign)).campaign();
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.minProvisionedTPS()).isEqualTo(1);
    assertThat(c.latestCampaignUpdate().status()).isEqualTo("CREATE FAILED");
    assertThat(c.latestCampaignUpdate().failureReason()).isEqualTo("Update refused");
  }

  @Test
  void await_deleted_moves_the_clock_until_the_resource_is_gone() {
    String group = realistic.fake.awaitActive(realistic.group("shop"));
    realistic.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    realistic.fake.awaitDeleted(group);
    assertThatThrownBy(() -> realistic.p.describeDatasetGroup(b -> b.datasetGroupArn(group)))
        .isInstanceOf(ResourceNotFoundException.class);
    String other = realistic.fake.awaitActive(realistic.group("books"));
    assertThatThrownBy(() -> realistic.fake.awaitDeleted(other))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not being deleted");
  }

  @Test
  void settle_all_moves_time_until_nothing_is_in_flight() {
    String a = realistic.group("a");
    realistic.clock.advance(Duration.ofSeconds(5));
    String b = realistic.group("b");
    realistic.fake.settleAll();
    assertThat(realistic.groupStatus(a)).isEqualTo("ACTIVE");
    assertThat(realistic.groupStatus(b)).isEqualTo("ACTIVE");
    assertThat(realistic.clock.peek()).isEqualTo(Stack.START.plusSeconds(25));
  }

  @Test
  void settle_all_fires_steps_that_wait_for_a_test_control() {
    Stack manual = new Stack(b -> b.timings(Timings.manual()));
    String a = manual.group("a");
    String b = manual.group("b");
    manual.fake.settleAll();
    assertThat(manual.groupStatus(a)).isEqualTo("ACTIVE");
    assertThat(manual.groupStatus(b)).isEqualTo("ACTIVE");
    assertThat(manual.clock.peek()).isEqualTo(Stack.START);
  }

  @Test
  void advance_of_an_arn_fires_its_next_change_now() {
    Stack manual = new Stack(b -> b.timings(Timings.manual()));
    String group = manual.group("shop");
    manual.clock.advance(Duration.ofSeconds(3));
    manual.fake.advance(group);
    DatasetGroup g = manual.p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup();
    assertThat(g.status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(g.lastUpdatedDateTime()).isEqualTo(Stack.START.plusSeconds(3));
    manual.fake.advance(group);
    assertThat(manual.groupStatus(group)).isEqualTo("ACTIVE");
    assertThatThrownBy(() -> manual.fake.advance(group))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACTIVE");
  }

  @Test
  void advance_of_a_duration_moves_the_clock() {
    String group = realistic.group("shop");
    realistic.fake.advance(Duration.ofSeconds(10));
    assertThat(realistic.clock.peek()).isEqualTo(Stack.START.plusSeconds(10));
    assertThat(realistic.groupStatus(group)).isEqualTo("CREATE IN_PROGRESS");
  }

  @Test
  void fail_of_an_arn_in_flight_makes_it_end_create_failed() {
    String group = realistic.group("shop");
    realistic.fake.fail(group, "Injected");
    assertThatThrownBy(() -> realistic.fake.awaitActive(group)).hasMessageContaining("Injected");
    DatasetGroup g = realistic.p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup();
    assertThat(g.status()).isEqualTo("CREATE FAILED");
    assertThat(g.failureReason()).isEqualTo("Injected");
  }

  @Test
  void fail_of_an_arn_not_created_yet_fails_its_create() {
    String arn = "arn:aws:personalize:us-east-1:123456789012:dataset-group/later";
    realistic.fake.fail(arn, "Later fails");
    realistic.group("other");
    assertThat(realistic.group("later")).isEqualTo(arn);
    realistic.fake.settleAll();
    assertThat(realistic.groupStatus(arn)).isEqualTo("CREATE FAILED");
    assertThat(
            realistic.groupStatus(
                realistic.p.listDatasetGroups(b -> {}).datasetGroups().get(1).datasetGroupArn()))
        .isEqualTo("ACTIVE");
  }

  @Test
  void fail_of_an_active_resource_is_refused() {
    String group = realistic.fake.awaitActive(realistic.group("shop"));
    assertThatThrownBy(() -> realistic.fake.fail(group, "too late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACTIVE");
  }
}
