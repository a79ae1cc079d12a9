package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.ops.TestWorld.Type;
import io.personalizefake.service.PersonalizeService;
import org.junit.jupiter.api.Test;

/** A fake keeps each region apart (README.md § Account, region, partition). */
class RegionIsolationTest {

  private static final String CLICKS =
      "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")";

  /** A us-east-1 world with one resource of every kind. */
  private static final class Populated {
    final TestWorld us = TestWorld.instant();
    final TestWorld eu = us.inRegion("eu-west-1");
    final String group = us.group("shop", Type.INTERACTIONS);
    final String schema = us.schemaFor(Type.INTERACTIONS);
    final String dataset =
        us.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    final String job = us.importJob(dataset, "job");
    final String tracker = us.tracker(group, "t");
    final String filter = us.filter(group, "f", CLICKS);
  }

  @Test
  void another_region_sees_none_of_the_resources() {
    Populated p = new Populated();
    PersonalizeService eu = p.eu.personalize;

    assertThat(eu.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
    assertThat(eu.listSchemas(b -> {}).schemas()).isEmpty();
    assertThat(eu.listDatasets(b -> {}).datasets()).isEmpty();
    assertThat(eu.listDatasetImportJobs(b -> {}).datasetImportJobs()).isEmpty();
    assertThat(eu.listEventTrackers(b -> {}).eventTrackers()).isEmpty();
    assertThat(eu.listFilters(b -> {}).filters()).isEmpty();
    assertThat(eu.listDatasets(b -> b.datasetGroupArn(p.group)).datasets()).isEmpty();
    assertThat(eu.listFilters(b -> b.datasetGroupArn(p.group)).filters()).isEmpty();
    assertThat(p.us.personalize.listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  @Test
  void arns_carry_their_region() {
    Populated p = new Populated();
    TestWorld eu = p.eu;

    String group = eu.group("shop", Type.INTERACTIONS);
    String dataset =
        eu.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();

    assertThat(group).isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-group/shop");
    assertThat(eu.schemaFor(Type.INTERACTIONS))
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:schema/tw-interactions");
    assertThat(dataset)
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset/shop/INTERACTIONS");
    assertThat(eu.importJob(dataset, "job"))
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-import-job/job");
    assertThat(eu.tracker(group, "t"))
        .matches("arn:aws:personalize:eu-west-1:123456789012:event-tracker/[0-9a-f]{8}");
    assertThat(eu.filter(group, "f", CLICKS))
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:filter/f");
    assertThat(p.group).isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset-group/shop");
  }

  @Test
  void a_fake_built_for_another_region_mints_arns_of_that_region() {
    TestWorld w = TestWorld.with(b -> b.region("ap-southeast-2"));

    assertThat(w.fake.region()).isEqualTo("ap-southeast-2");
    assertThat(w.group("shop"))
        .isEqualTo("arn:aws:personalize:ap-southeast-2:123456789012:dataset-group/shop");
    assertThat(w.fake.service("us-east-1").listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @Test
  void describing_an_arn_of_another_region_is_not_found() {
    Populated p = new Populated();
    PersonalizeService eu = p.eu.personalize;

    assertThatThrownBy(() -> eu.describeDatasetGroup(b -> b.datasetGroupArn(p.group)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.describeSchema(b -> b.schemaArn(p.schema)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.describeDataset(b -> b.datasetArn(p.dataset)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.describeDatasetImportJob(b -> b.datasetImportJobArn(p.job)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.describeEventTracker(b -> b.eventTrackerArn(p.tracker)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.describeFilter(b -> b.filterArn(p.filter)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void
      an_arn_of_the_same_region_is_not_found_in_another_region_even_when_that_region_has_the_same_name() {
    Populated p = new Populated();
    p.eu.group("shop");

    assertThatThrownBy(() -> p.eu.personalize.describeDatasetGroup(b -> b.datasetGroupArn(p.group)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void deleting_an_arn_of_another_region_is_not_found_and_changes_nothing() {
    Populated p = new Populated();
    PersonalizeService eu = p.eu.personalize;

    assertThatThrownBy(() -> eu.deleteFilter(b -> b.filterArn(p.filter)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.deleteEventTracker(b -> b.eventTrackerArn(p.tracker)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.deleteDataset(b -> b.datasetArn(p.dataset)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.deleteSchema(b -> b.schemaArn(p.schema)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.deleteDatasetGroup(b -> b.datasetGroupArn(p.group)))
        .isInstanceOf(ResourceNotFoundException.class);

    assertThat(p.us.filterStatus(p.filter)).isEqualTo("ACTIVE");
    assertThat(p.us.trackerStatus(p.tracker)).isEqualTo("ACTIVE");
    assertThat(p.us.datasetStatus(p.dataset)).isEqualTo("ACTIVE");
  }

  @Test
  void referencing_a_parent_of_another_region_is_not_found() {
    Populated p = new Populated();
    TestWorld eu = p.eu;
    String euGroup = eu.group("other");

    assertThatThrownBy(() -> eu.tracker(p.group, "t"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.filter(p.group, "f2", CLICKS))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> eu.importJob(p.dataset, "job2"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                eu.personalize.createDataset(
                    b ->
                        b.name("d")
                            .datasetGroupArn(p.group)
                            .datasetType("Interactions")
                            .schemaArn(eu.schemaFor(Type.INTERACTIONS))))
        .as("the group of another region")
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                eu.personalize.createDataset(
                    b ->
                        b.name("d")
                            .datasetGroupArn(euGroup)
                            .datasetType("Interactions")
                            .schemaArn(p.schema)))
        .as("the schema of another region")
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void the_same_names_may_exist_in_both_regions() {
    Populated p = new Populated();
    TestWorld eu = p.eu;

    String group = eu.group("shop", Type.INTERACTIONS);
    String dataset =
        eu.personalize.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    eu.importJob(dataset, "job");
    eu.tracker(group, "t");
    eu.filter(group, "f", CLICKS);

    assertThat(
            eu.personalize
                .describeDatasetGroup(b -> b.datasetGroupArn(group))
                .datasetGroup()
                .name())
        .isEqualTo("shop");
    assertThat(eu.personalize.listSchemas(b -> {}).schemas()).hasSize(1);
    assertThat(eu.personalize.listFilters(b -> {}).filters()).hasSize(1);
    assertThat(p.us.personalize.listFilters(b -> {}).filters()).hasSize(1);
    assertThat(p.us.personalize.listDatasetImportJobs(b -> {}).datasetImportJobs()).hasSize(1);
  }

  @Test
  void deleting_in_one_region_leaves_the_same_name_in_the_other() {
    TestWorld us = TestWorld.instant();
    TestWorld eu = us.inRegion("eu-west-1");
    String usGroup = us.group("shop");
    String euGroup = eu.group("shop");

    us.personalize.deleteDatasetGroup(b -> b.datasetGroupArn(usGroup));

    assertThatThrownBy(() -> us.groupStatus(usGroup)).isInstanceOf(ResourceNotFoundException.class);
    assertThat(eu.groupStatus(euGroup)).isEqualTo("ACTIVE");
  }

  @Test
  void quotas_apply_to_each_region_apart() {
    TestWorld us = TestWorld.with(b -> b.quota(Quota.DATASET_GROUPS, 1).quota(Quota.FILTERS, 1));
    TestWorld eu = us.inRegion("eu-west-1");

    String usGroup = us.group("a", Type.INTERACTIONS);
    String euGroup = eu.group("a", Type.INTERACTIONS);
    us.filter(usGroup, "f", CLICKS);
    eu.filter(euGroup, "f", CLICKS);

    assertThat(us.personalize.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::datasetGroupArn)
        .containsExactly(usGroup);
    assertThat(eu.personalize.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::datasetGroupArn)
        .containsExactly(euGroup);
  }

  @Test
  void a_region_keeps_its_state_between_calls_to_service() {
    TestWorld w = TestWorld.instant();
    String group =
        w.fake.service("eu-west-1").createDatasetGroup(b -> b.name("shop")).datasetGroupArn();

    assertThat(
            w.fake
                .service("eu-west-1")
                .describeDatasetGroup(b -> b.datasetGroupArn(group))
                .datasetGroup()
                .name())
        .isEqualTo("shop");
  }

  @Test
  void each_region_moves_its_resources_through_their_lifecycle() {
    TestWorld us = TestWorld.realistic();
    TestWorld eu = us.inRegion("eu-west-1");
    String usGroup = us.groupPending("shop");
    String euGroup = eu.groupPending("shop");

    us.advanceSeconds(20);

    assertThat(us.groupStatus(usGroup)).isEqualTo("ACTIVE");
    assertThat(eu.groupStatus(euGroup)).isEqualTo("ACTIVE");
  }

  @Test
  void event_tracker_ids_do_not_repeat_across_regions() {
    TestWorld us = TestWorld.instant();
    TestWorld eu = us.inRegion("eu-west-1");

    String usTracker = us.tracker(us.group("shop"), "t");
    String euTracker = eu.tracker(eu.group("shop"), "t");

    assertThat(usTracker.substring(usTracker.lastIndexOf('/')))
        .isNotEqualTo(euTracker.substring(euTracker.lastIndexOf('/')));
  }
}
