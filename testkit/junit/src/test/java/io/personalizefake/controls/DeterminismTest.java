package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  /** Every identifier a short workflow is given: version ids, tracking ids, page tokens. */
  private static List<String> identifiers(long seed) {
    Stack s = new Stack(b -> b.seed(seed));
    List<String> ids = new ArrayList<>();
    String version = s.activeVersion("shop");
    ids.add(version);
    String group =
        s.p
            .describeSolutionVersion(b -> b.solutionVersionArn(version))
            .solutionVersion()
            .datasetGroupArn();
    var tracker = s.p.createEventTracker(b -> b.name("events").datasetGroupArn(group));
    ids.add(tracker.eventTrackerArn());
    ids.add(tracker.trackingId());
    s.group("books");
    ids.add(s.p.listDatasetGroups(b -> b.maxResults(1)).nextToken());
    return ids;
  }

  @Test
  void the_same_seed_and_calls_give_the_same_identifiers() {
    assertThat(identifiers(1234)).isEqualTo(identifiers(1234));
  }

  @Test
  void another_seed_gives_other_generated_ids() {
    List<String> a = identifiers(1);
    List<String> b = identifiers(2);
    assertThat(a.get(0)).isNotEqualTo(b.get(0));
    assertThat(a.get(2)).isNotEqualTo(b.get(2));
  }

  @Test
  void the_fake_tells_its_seed() {
    assertThat(new Stack(b -> b.seed(99)).fake.seed()).isEqualTo(99);
  }
}
