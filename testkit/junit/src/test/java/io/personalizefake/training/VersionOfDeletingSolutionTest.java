package io.personalizefake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A version whose solution is being deleted goes away with it, so nothing may start using it. */
class VersionOfDeletingSolutionTest {

  private final FakeClock clock = FakeClock.frozen();
  private final PersonalizeFake fake =
      PersonalizeFake.builder()
          .clock(clock)
          .seed(3)
          .timings(
              Timings.instant()
                  .with(ResourceType.SOLUTION, Phase.DELETE_PENDING, Duration.ofMinutes(1)))
          .build();
  private final PersonalizeService p = fake.service();

  private String trainedVersion() {
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    String schema =
        p.createSchema(b -> b.name("s").schema(SmokeWorkflowTest.INTERACTIONS)).schemaArn();
    String dataset =
        p.createDataset(
                b ->
                    b.name("d")
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(schema))
            .datasetArn();
    p.createDatasetImportJob(
        b ->
            b.jobName("j")
                .datasetArn(dataset)
                .roleArn("arn:aws:iam::123456789012:role/r")
                .dataSource(s -> s.dataLocation("s3://b/k")));
    String solution =
        p.createSolution(
                b ->
                    b.name("sol")
                        .datasetGroupArn(group)
                        .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
            .solutionArn();
    return p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
  }

  @Test
  void campaigns_and_batch_jobs_refuse_a_version_whose_solution_is_being_deleted() {
    String version = trainedVersion();
    String solution =
        p.describeSolutionVersion(b -> b.solutionVersionArn(version))
            .solutionVersion()
            .solutionArn();
    p.deleteSolution(b -> b.solutionArn(solution));
    assertThat(p.describeSolution(b -> b.solutionArn(solution)).solution().status())
        .isEqualTo("DELETE PENDING");

    assertThatThrownBy(
            () ->
                p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1)))
        .isInstanceOf(ResourceInUseException.class);
    assertThatThrownBy(
            () ->
                p.createBatchInferenceJob(
                    b ->
                        b.jobName("bj")
                            .solutionVersionArn(version)
                            .roleArn("arn:aws:iam::123456789012:role/r")
                            .jobInput(i -> i.s3DataSource(s -> s.path("s3://b/in")))
                            .jobOutput(o -> o.s3DataDestination(s -> s.path("s3://b/out")))))
        .isInstanceOf(ResourceInUseException.class);
    assertThat(p.listCampaigns(b -> {}).campaigns()).isEmpty();
    assertThat(p.listBatchInferenceJobs(b -> {}).batchInferenceJobs()).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(() -> p.describeSolutionVersion(b -> b.solutionVersionArn(version)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_update_refuses_a_target_version_whose_solution_is_being_deleted() {
    String version = trainedVersion();
    String campaign =
        p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    String other =
        p.createSolution(
                b ->
                    b.name("other")
                        .datasetGroupArn(
                            p.describeSolutionVersion(v -> v.solutionVersionArn(version))
                                .solutionVersion()
                                .datasetGroupArn())
                        .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
            .solutionArn();
    String otherVersion = p.createSolutionVersion(b -> b.solutionArn(other)).solutionVersionArn();
    p.deleteSolution(b -> b.solutionArn(other));

    assertThatThrownBy(
            () -> p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(otherVersion)))
        .isInstanceOf(ResourceInUseException.class);
    assertThat(p.describeCampaign(b -> b.campaignArn(campaign)).campaign().latestCampaignUpdate())
        .isNull();
  }
}
