package io.personalizefake.examples;

import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

// README: application
/** Application code: sets up a recommendation campaign through the AWS SDK client it is given. */
public final class CampaignSetup {

  /**
   * How the application waits between two polls; production passes {@code Thread::sleep}-like code.
   */
  public interface Pause {
    void pause(Duration duration);
  }

  /** Thrown when a resource ends in CREATE FAILED. */
  public static final class SetupFailedException extends RuntimeException {
    SetupFailedException(String message) {
      super(message);
    }
  }

  private static final Duration POLL = Duration.ofSeconds(30);
  static final String RECIPE = "arn:aws:personalize:::recipe/aws-user-personalization";
  static final String SCHEMA =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"namespace\":\"com.amazonaws.personalize.schema\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"},"
          + "{\"name\":\"TIMESTAMP\",\"type\":\"long\"}],\"version\":\"1.0\"}";

  private final PersonalizeClient personalize;
  private final Pause pause;

  public CampaignSetup(PersonalizeClient personalize, Pause pause) {
    this.personalize = personalize;
    this.pause = pause;
  }

  /** Creates everything a campaign needs, waits for each step, and returns the campaign's ARN. */
  public String deploy(String name, String interactionsUrl, String roleArn) {
    String group = personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
    await(
        () ->
            personalize.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status(),
        group);
    String schema =
        personalize.createSchema(b -> b.name(name + "-interactions").schema(SCHEMA)).schemaArn();
    String dataset =
        personalize
            .createDataset(
                b ->
                    b.name(name + "-interactions")
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(schema))
            .datasetArn();
    await(
        () -> personalize.describeDataset(b -> b.datasetArn(dataset)).dataset().status(), dataset);
    String job =
        personalize
            .createDatasetImportJob(
                b ->
                    b.jobName(name + "-import")
                        .datasetArn(dataset)
                        .roleArn(roleArn)
                        .dataSource(s -> s.dataLocation(interactionsUrl)))
            .datasetImportJobArn();
    await(
        () ->
            personalize
                .describeDatasetImportJob(b -> b.datasetImportJobArn(job))
                .datasetImportJob()
                .status(),
        job);
    String solution =
        personalize
            .createSolution(b -> b.name(name).datasetGroupArn(group).recipeArn(RECIPE))
            .solutionArn();
    await(
        () -> personalize.describeSolution(b -> b.solutionArn(solution)).solution().status(),
        solution);
    String version =
        personalize.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    try {
      await(
          () ->
              personalize
                  .describeSolutionVersion(b -> b.solutionVersionArn(version))
                  .solutionVersion()
                  .status(),
          version);
    } catch (SetupFailedException e) {
      personalize.deleteSolution(
          b -> b.solutionArn(solution)); // no half-built solutions left behind
      throw e;
    }
    String campaign =
        personalize
            .createCampaign(b -> b.name(name).solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    await(
        () -> personalize.describeCampaign(b -> b.campaignArn(campaign)).campaign().status(),
        campaign);
    return campaign;
  }

  private void await(Supplier<String> status, String arn) {
    while (true) {
      String s = status.get();
      if (s.equals("ACTIVE")) {
        return;
      }
      if (s.equals("CREATE FAILED")) {
        throw new SetupFailedException(arn + " failed");
      }
      pause.pause(POLL);
    }
  }
}
// README: end
