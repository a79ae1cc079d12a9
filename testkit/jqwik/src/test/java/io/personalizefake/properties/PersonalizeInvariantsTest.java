package io.personalizefake.properties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.internal.store.CountRecord;
import io.personalizefake.internal.store.DueEntry;
import io.personalizefake.internal.store.IndexEntry;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.testkit.jqwik.PersonalizeArbitraries;
import io.personalizefake.testkit.jqwik.PersonalizeInvariants;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonalizeInvariants#check(PersonalizeFake)} passes on healthy fakes and reports each
 * kind of store corruption, naming what is wrong and the fake's seed.
 */
class PersonalizeInvariantsTest {

  private final FakeClock clock = FakeClock.frozen();

  private PersonalizeFake fake(Timings timings) {
    return PersonalizeFake.builder().clock(clock).timings(timings).seed(0xABCDEFL).build();
  }

  /**
   * A group with datasets, a filter, an event tracker, an import job, a trained version, a
   * campaign.
   */
  private String populate(PersonalizeFake fake) {
    PersonalizeService p = fake.service();
    String group = p.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    clock.advance(Duration.ofMinutes(1));
    String interactions =
        p.createSchema(
                b -> b.name("interactions").schema(PersonalizeArbitraries.INTERACTIONS_SCHEMA))
            .schemaArn();
    String items =
        p.createSchema(b -> b.name("items").schema(PersonalizeArbitraries.ITEMS_SCHEMA))
            .schemaArn();
    String dataset =
        p.createDataset(
                b ->
                    b.name("i")
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(interactions))
            .datasetArn();
    p.createDataset(b -> b.name("it").datasetGroupArn(group).datasetType("Items").schemaArn(items));
    clock.advance(Duration.ofMinutes(1));
    p.createEventTracker(b -> b.name("t").datasetGroupArn(group));
    p.createFilter(
        b ->
            b.name("f")
                .datasetGroupArn(group)
                .filterExpression("INCLUDE ItemID WHERE Items.GENRE IN ($GENRE)"));
    p.createDatasetImportJob(
        b ->
            b.jobName("load")
                .datasetArn(dataset)
                .roleArn("arn:aws:iam::123456789012:role/personalize")
                .dataSource(d -> d.dataLocation("s3://bucket/data.csv")));
    clock.advance(Duration.ofMinutes(10));
    String solution =
        p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
            .solutionArn();
    clock.advance(Duration.ofMinutes(1));
    String version = p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    clock.advance(Duration.ofHours(2));
    p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1));
    return group;
  }

  private static void corrupt(PersonalizeFake fake, Predicate<StoredRecord> which) {
    fake.storage()
        .write(
            tx -> {
              StoredRecord victim = tx.scanAll().filter(which).findFirst().orElseThrow();
              tx.delete(victim.key());
              return null;
            });
  }

  @Test
  void a_healthy_fake_passes_with_instant_timings() {
    PersonalizeFake fake = fake(Timings.instant());
    populate(fake);
    fake.settle();
    assertThatCode(() -> PersonalizeInvariants.check(fake)).doesNotThrowAnyException();
  }

  @Test
  void a_healthy_fake_passes_with_realistic_timings_while_things_are_in_flight() {
    PersonalizeFake fake = fake(Timings.realistic());
    populate(fake);
    assertThatCode(() -> PersonalizeInvariants.check(fake)).doesNotThrowAnyException();
    clock.advance(Duration.ofSeconds(5));
    assertThatCode(() -> PersonalizeInvariants.check(fake)).doesNotThrowAnyException();
  }

  @Test
  void an_empty_fake_passes() {
    assertThatCode(() -> PersonalizeInvariants.check(fake(Timings.instant())))
        .doesNotThrowAnyException();
  }

  @Test
  void a_missing_list_index_entry_is_reported_with_its_resource_and_the_seed() {
    PersonalizeFake fake = fake(Timings.instant());
    String group = populate(fake);
    corrupt(fake, r -> r instanceof IndexEntry e && e.arn().equals(group));
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the list index lacks the entry")
        .hasMessageContaining(group)
        .hasMessageContaining("seed 0xabcdef");
  }

  @Test
  void a_missing_quota_counter_is_reported() {
    PersonalizeFake fake = fake(Timings.instant());
    populate(fake);
    corrupt(fake, r -> r instanceof CountRecord c && c.key().id().equals("FILTER"));
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "the quota counter of FILTER says nothing (no counter) but the store holds 1 live and 0 transitional");
  }

  @Test
  void a_wrong_quota_counter_is_reported() {
    PersonalizeFake fake = fake(Timings.instant());
    populate(fake);
    fake.storage()
        .write(
            tx -> {
              CountRecord c =
                  (CountRecord)
                      tx.scanAll()
                          .filter(
                              r -> r instanceof CountRecord cr && cr.key().id().equals("CAMPAIGN"))
                          .findFirst()
                          .orElseThrow();
              tx.put(new CountRecord(c.key(), c.live() + 1, c.transitional()));
              return null;
            });
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the quota counter of CAMPAIGN says 2 live");
  }

  @Test
  void a_missing_due_entry_is_reported() {
    PersonalizeFake fake = fake(Timings.realistic());
    String group = fake.service().createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    corrupt(fake, r -> r instanceof DueEntry d && d.arn().equals(group));
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(group + " CREATE PENDING has a step due at")
        .hasMessageContaining("but 0 entries in the due index");
  }

  @Test
  void a_child_without_its_parent_is_reported() {
    PersonalizeFake fake = fake(Timings.instant());
    String group = populate(fake);
    corrupt(fake, r -> r instanceof ResourceRecord rr && rr.arn().equals(group));
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("refers to its DATASET_GROUP " + group + ", which is not stored")
        .hasMessageContaining("the list index has the entry");
  }

  @Test
  void a_status_the_type_never_shows_is_reported() {
    PersonalizeFake fake = fake(Timings.instant());
    String group = populate(fake);
    fake.storage()
        .write(
            tx -> {
              ResourceRecord r =
                  (ResourceRecord)
                      tx.scanAll()
                          .filter(x -> x instanceof ResourceRecord rr && rr.arn().equals(group))
                          .findFirst()
                          .orElseThrow();
              tx.put(
                  r.withBody(
                      ((DatasetGroup) r.body()).toBuilder().status("DELETE IN_PROGRESS").build()));
              return null;
            });
    assertThatThrownBy(() -> PersonalizeInvariants.check(fake))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "has the status DELETE IN_PROGRESS, which a DATASET_GROUP never shows");
  }
}
