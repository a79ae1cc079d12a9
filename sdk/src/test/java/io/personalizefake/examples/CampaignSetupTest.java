package io.personalizefake.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.ResourceType;
import io.personalizefake.testkit.FakeTimings;
import io.personalizefake.testkit.PersonalizeFakeTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.model.PersonalizeException;

// README: extension
@PersonalizeFakeTest
class CampaignSetupTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/PersonalizeRole";

  @Test
  void deploys_an_active_campaign(PersonalizeClient personalize, PersonalizeFake fake) {
    String campaign =
        new CampaignSetup(personalize, fake::advance)
            .deploy("shop", "s3://shop/interactions.csv", ROLE);

    assertThat(personalize.describeCampaign(b -> b.campaignArn(campaign)).campaign().status())
        .isEqualTo("ACTIVE");
    assertThat(fake.journal().requests(io.personalizefake.model.CreateCampaignRequest.class))
        .singleElement()
        .satisfies(r -> assertThat(r.minProvisionedTPS()).isEqualTo(1));
  }

  @Test
  void a_failed_training_leaves_no_solution_behind(
      PersonalizeClient personalize, PersonalizeFake fake) {
    fake.faults().failCreates(ResourceType.SOLUTION_VERSION, "Insufficient training data", 1);

    assertThatThrownBy(
            () ->
                new CampaignSetup(personalize, fake::advance)
                    .deploy("shop", "s3://shop/interactions.csv", ROLE))
        .isInstanceOf(CampaignSetup.SetupFailedException.class);
    assertThat(personalize.listSolutions(b -> {}).solutions()).isEmpty();
    assertThat(fake.journal().entries("DeleteSolution")).hasSize(1);
  }

  @Test
  void a_throttled_call_reaches_the_application_as_the_sdk_exception(
      PersonalizeClient personalize, PersonalizeFake fake) {
    fake.faults().raise("ThrottlingException").on("CreateDatasetGroup").once();

    assertThatThrownBy(
            () ->
                new CampaignSetup(personalize, fake::advance)
                    .deploy("shop", "s3://shop/interactions.csv", ROLE))
        .isInstanceOfSatisfying(
            PersonalizeException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
    assertThat(personalize.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @Nested
  @PersonalizeFakeTest(timings = FakeTimings.REALISTIC)
  class WithRealisticTimings {

    @Test
    void polls_while_the_fake_clock_moves(PersonalizeClient personalize, PersonalizeFake fake) {
      var start = fake.fakeClock().peek();
      String campaign =
          new CampaignSetup(personalize, fake::advance)
              .deploy("shop", "s3://shop/interactions.csv", ROLE);

      assertThat(personalize.describeCampaign(b -> b.campaignArn(campaign)).campaign().status())
          .isEqualTo("ACTIVE");
      // over half an hour of the service's time passed (training alone takes 20 minutes), and none
      // of the test's
      assertThat(java.time.Duration.between(start, fake.fakeClock().peek()))
          .isGreaterThan(java.time.Duration.ofMinutes(30));
    }

    @Test
    void await_active_replaces_the_polling_loop(
        PersonalizeClient personalize, PersonalizeFake fake) {
      String group =
          fake.awaitActive(personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn());
      String schema =
          personalize
              .createSchema(b -> b.name("interactions").schema(CampaignSetup.SCHEMA))
              .schemaArn();
      String dataset =
          fake.awaitActive(
              personalize
                  .createDataset(
                      b ->
                          b.name("interactions")
                              .datasetGroupArn(group)
                              .datasetType("Interactions")
                              .schemaArn(schema))
                  .datasetArn());
      fake.awaitActive(
          personalize
              .createDatasetImportJob(
                  b ->
                      b.jobName("import")
                          .datasetArn(dataset)
                          .roleArn(ROLE)
                          .dataSource(s -> s.dataLocation("s3://shop/i.csv")))
              .datasetImportJobArn());
      String solution =
          fake.awaitActive(
              personalize
                  .createSolution(
                      b -> b.name("shop").datasetGroupArn(group).recipeArn(CampaignSetup.RECIPE))
                  .solutionArn());
      String version =
          fake.awaitActive(
              personalize.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn());
      String campaign =
          fake.awaitActive(
              personalize
                  .createCampaign(
                      b -> b.name("shop").solutionVersionArn(version).minProvisionedTPS(1))
                  .campaignArn());

      assertThat(personalize.describeCampaign(b -> b.campaignArn(campaign)).campaign().status())
          .isEqualTo("ACTIVE");
    }
  }
}
// README: end
