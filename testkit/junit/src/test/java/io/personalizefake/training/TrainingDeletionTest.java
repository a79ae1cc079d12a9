package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.SIMS;
import static io.personalizefake.training.TrainingWorld.batchJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.SolutionVersionSummary;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** DeleteSolution and the deletes on the data side that solutions and their versions block. */
class TrainingDeletionTest {

  private final TrainingWorld w = TrainingWorld.instant();

  // ---- DeleteSolution

  @Test
  void deleting_an_unknown_solution_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.deleteSolution(b -> b.solutionArn(ARN_PREFIX + "solution/nope")));
  }

  @Test
  void a_solution_being_created_or_deleted_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        slow.p
            .createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN))
            .solutionArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    slow.p.deleteSolution(b -> b.solutionArn(solution));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("DELETE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
  }

  @Test
  void a_solution_whose_version_is_deployed_by_an_active_campaign_cannot_be_deleted() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    w.activeVersion(solution);
    String campaign = w.campaign("c", version);
    w.rejects(ResourceInUseException.class, () -> w.p.deleteSolution(b -> b.solutionArn(solution)));
    w.p.deleteCampaign(b -> b.campaignArn(campaign));
    w.p.deleteSolution(b -> b.solutionArn(solution));
    w.rejects(
        ResourceNotFoundException.class, () -> w.p.describeSolution(b -> b.solutionArn(solution)));
  }

  @Test
  void a_solution_whose_version_is_deployed_by_a_failed_campaign_cannot_be_deleted() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    w.fake.failNext(ResourceType.CAMPAIGN, "no capacity");
    w.campaign("c", version);
    w.rejects(ResourceInUseException.class, () -> w.p.deleteSolution(b -> b.solutionArn(solution)));
  }

  @Test
  void
      a_solution_whose_version_is_deployed_by_a_campaign_being_created_or_deleted_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version = slow.activeVersion(solution);
    String campaign =
        slow.p
            .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.awaitSettled(() -> slow.describeCampaign(campaign).status());
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("DELETE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    slow.p.deleteSolution(b -> b.solutionArn(solution));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("DELETE PENDING");
  }

  @Test
  void a_solution_that_a_campaign_update_in_flight_deploys_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String from = slow.solution("from", group, HRNN);
    String to = slow.solution("to", group, SIMS);
    String fromVersion = slow.activeVersion(from);
    String toVersion = slow.activeVersion(to);
    String campaign = slow.campaign("c", fromVersion);
    slow.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(toVersion));
    slow.rejects(ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(to)));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(from)));
    slow.awaitSettled(() -> slow.describeCampaign(campaign).latestCampaignUpdate().status());
    // the campaign now deploys "to"; "from" is free
    slow.rejects(ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(to)));
    slow.p.deleteSolution(b -> b.solutionArn(from));
    assertThat(slow.describeSolution(from).status()).isEqualTo("DELETE PENDING");
  }

  @Test
  void a_solution_with_a_version_in_training_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    slow.activeVersion(solution);
    String training =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofMinutes(10));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.awaitSettled(() -> slow.describeVersion(training).status());
    slow.p.deleteSolution(b -> b.solutionArn(solution));
  }

  @Test
  void a_solution_with_a_running_batch_job_on_its_versions_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version = slow.activeVersion(solution);
    String job =
        slow.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofMinutes(10));
    assertThat(slow.describeBatchJob(job).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteSolution(b -> b.solutionArn(solution)));
    slow.awaitSettled(() -> slow.describeBatchJob(job).status());
    slow.p.deleteSolution(b -> b.solutionArn(solution));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("DELETE PENDING");
  }

  @Test
  void a_solution_with_failed_versions_and_finished_jobs_can_be_deleted() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    w.p.createBatchInferenceJob(batchJob("j", version).build());
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    w.trained(solution);
    w.p.deleteSolution(b -> b.solutionArn(solution));
    w.rejects(
        ResourceNotFoundException.class, () -> w.p.describeSolution(b -> b.solutionArn(solution)));
  }

  @Test
  void a_deleted_solution_takes_its_versions_with_it_when_it_is_gone() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String other = slow.solution("other", group, HRNN);
    String first = slow.activeVersion(solution);
    slow.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String failed = slow.trained(solution);
    String kept = slow.activeVersion(other);
    slow.p.deleteSolution(b -> b.solutionArn(solution));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("DELETE PENDING");
    assertThat(slow.describeVersion(first).status()).isEqualTo("ACTIVE");
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("DELETE IN_PROGRESS");
    assertThat(slow.p.listSolutionVersions(b -> b.solutionArn(solution)).solutionVersions())
        .hasSize(2);
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.describeSolution(b -> b.solutionArn(solution)));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.describeSolutionVersion(b -> b.solutionVersionArn(first)));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.describeSolutionVersion(b -> b.solutionVersionArn(failed)));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.getSolutionMetrics(b -> b.solutionVersionArn(first)));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.listSolutionVersions(b -> b.solutionArn(solution)));
    assertThat(slow.p.listSolutionVersions(b -> b.maxResults(100)).solutionVersions())
        .extracting(SolutionVersionSummary::solutionVersionArn)
        .containsExactly(kept);
    assertThat(slow.describeVersion(kept).status()).isEqualTo("ACTIVE");
  }

  @Test
  void a_solution_name_is_free_again_once_the_solution_is_gone() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String old = w.activeVersion(solution);
    w.p.deleteSolution(b -> b.solutionArn(solution));
    String again = w.solution("s", group, SIMS);
    assertThat(again).isEqualTo(solution);
    assertThat(w.describeSolution(again).recipeArn()).isEqualTo(SIMS);
    assertThat(w.describeSolution(again).latestSolutionVersion()).isNull();
    assertThat(w.p.listSolutionVersions(b -> b.solutionArn(again)).solutionVersions()).isEmpty();
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.describeSolutionVersion(b -> b.solutionVersionArn(old)));
  }

  // ---- DeleteDatasetGroup and DeleteDataset

  @Test
  void a_dataset_group_with_a_solution_cannot_be_deleted() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    // datasets also block; take them away so that only the solution is left
    String dataset = w.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    w.p.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(w.p.listDatasets(b -> b.datasetGroupArn(group)).datasets()).isEmpty();
    w.rejects(
        ResourceInUseException.class, () -> w.p.deleteDatasetGroup(b -> b.datasetGroupArn(group)));
    w.p.deleteSolution(b -> b.solutionArn(solution));
    w.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.describeDatasetGroup(b -> b.datasetGroupArn(group)));
  }

  @Test
  void a_dataset_group_with_a_failed_or_deleting_solution_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    slow.fake.failNext(ResourceType.SOLUTION, "injected");
    String failed =
        slow.p
            .createSolution(b -> b.name("failed").datasetGroupArn(group).recipeArn(HRNN))
            .solutionArn();
    assertThat(slow.awaitSettled(() -> slow.describeSolution(failed).status()))
        .isEqualTo("CREATE FAILED");
    String deleting = slow.solution("deleting", group, HRNN);
    String dataset =
        slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    slow.p.deleteDataset(b -> b.datasetArn(dataset));
    slow.awaitGone(() -> !slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().isEmpty());
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.deleteDatasetGroup(b -> b.datasetGroupArn(group)));
    slow.p.deleteSolution(b -> b.solutionArn(failed));
    slow.p.deleteSolution(b -> b.solutionArn(deleting));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.deleteDatasetGroup(b -> b.datasetGroupArn(group)));
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.deleteDatasetGroup(b -> b.datasetGroupArn(group)));
    slow.pass(Duration.ofSeconds(10));
    slow.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
  }

  @Test
  void a_dataset_cannot_be_deleted_while_a_version_of_its_group_trains() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String dataset =
        slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    String items = slow.items(group);
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteDataset(b -> b.datasetArn(dataset)));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteDataset(b -> b.datasetArn(items)));
    slow.pass(Duration.ofMinutes(10));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteDataset(b -> b.datasetArn(dataset)));
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    slow.p.deleteDataset(b -> b.datasetArn(items));
    slow.p.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(slow.p.describeDataset(b -> b.datasetArn(dataset)).dataset().status())
        .isEqualTo("DELETE PENDING");
  }

  @Test
  void a_version_training_in_another_group_does_not_block_a_dataset_delete() {
    TrainingWorld slow = TrainingWorld.realistic();
    String busy = slow.trainableGroup("busy");
    String idle = slow.trainableGroup("idle");
    String solution = slow.solution("s", busy, HRNN);
    slow.p.createSolutionVersion(b -> b.solutionArn(solution));
    String dataset =
        slow.p.listDatasets(b -> b.datasetGroupArn(idle)).datasets().get(0).datasetArn();
    slow.p.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(slow.p.describeDataset(b -> b.datasetArn(dataset)).dataset().status())
        .isEqualTo("DELETE PENDING");
  }

  @Test
  void a_solution_does_not_block_the_delete_of_a_dataset_when_nothing_trains() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.activeVersion(solution);
    String dataset = w.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    w.p.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(w.p.listDatasets(b -> b.datasetGroupArn(group)).datasets()).isEmpty();
    assertThat(w.describeSolution(solution).status()).isEqualTo("ACTIVE");
    // without an Interactions dataset the solution can no longer train
    w.rejects(
        InvalidInputException.class, () -> w.p.createSolutionVersion(b -> b.solutionArn(solution)));
  }
}
