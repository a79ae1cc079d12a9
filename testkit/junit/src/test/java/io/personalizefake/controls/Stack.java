package io.personalizefake.controls;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.service.PersonalizeService;
import java.time.Instant;
import java.util.function.Consumer;

/** A fake on a frozen clock and the calls that build a campaign, without waiting. */
final class Stack {

  static final Instant START = Instant.parse("2024-05-01T08:00:00Z");
  static final String ROLE = "arn:aws:iam::123456789012:role/PersonalizeRole";
  static final String RECIPE = "arn:aws:personalize:::recipe/aws-user-personalization";
  static final String INTERACTIONS =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"namespace\":\"com.amazonaws.personalize.schema\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"},"
          + "{\"name\":\"TIMESTAMP\",\"type\":\"long\"}],\"version\":\"1.0\"}";

  final FakeClock clock = FakeClock.frozenAt(START);
  final PersonalizeFake fake;
  final PersonalizeService p;

  Stack(Consumer<PersonalizeFake.Builder> config) {
    PersonalizeFake.Builder b = PersonalizeFake.builder().clock(clock).seed(42);
    config.accept(b);
    fake = b.build();
    p = fake.service();
  }

  String group(String name) {
    return p.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
  }

  /** A group with an imported Interactions dataset, each awaited. */
  String trainableGroup(String name) {
    String group = fake.awaitActive(group(name));
    String schema = p.createSchema(b -> b.name(name + "-schema").schema(INTERACTIONS)).schemaArn();
    String dataset =
        fake.awaitActive(
            p.createDataset(
                    b ->
                        b.name(name + "-interactions")
                            .datasetGroupArn(group)
                            .datasetType("Interactions")
                            .schemaArn(schema))
                .datasetArn());
    fake.awaitActive(
        p.createDatasetImportJob(
                b ->
                    b.jobName(name + "-import")
                        .datasetArn(dataset)
                        .roleArn(ROLE)
                        .dataSource(s -> s.dataLocation("s3://b/i.csv")))
            .datasetImportJobArn());
    return group;
  }

  /** An ACTIVE solution version on a trainable group. */
  String activeVersion(String name) {
    String group = trainableGroup(name);
    String solution =
        fake.awaitActive(
            p.createSolution(
                    b -> b.name(name + "-solution").datasetGroupArn(group).recipeArn(RECIPE))
                .solutionArn());
    return fake.awaitActive(
        p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn());
  }

  String campaign(String name, String version) {
    return p.createCampaign(b -> b.name(name).solutionVersionArn(version).minProvisionedTPS(1))
        .campaignArn();
  }

  String groupStatus(String arn) {
    return p.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status();
  }
}
