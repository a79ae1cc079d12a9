package io.personalizefake.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.service.PersonalizeService;
import org.junit.jupiter.api.Test;

class SmokeWorkflowTest {

  static final String INTERACTIONS =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"USER_ID\",\"type\":\"string\"},"
          + "{\"name\":\"ITEM_ID\",\"type\":\"string\"},{\"name\":\"TIMESTAMP\",\"type\":\"long\"}]}";

  @Test
  void a_whole_workflow_reaches_active_with_instant_timings() {
    PersonalizeFake fake = PersonalizeFake.builder().clock(FakeClock.frozen()).seed(1).build();
    PersonalizeService p = fake.service();
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    String schema = p.createSchema(b -> b.name("s").schema(INTERACTIONS)).schemaArn();
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
                .dataSource(s -> s.dataLocation("s3://bucket/data.csv")));
    String solution =
        p.createSolution(
                b ->
                    b.name("sol")
                        .datasetGroupArn(group)
                        .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
            .solutionArn();
    String version = p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    assertThat(
            p.describeSolutionVersion(b -> b.solutionVersionArn(version))
                .solutionVersion()
                .status())
        .isEqualTo("ACTIVE");
    String campaign =
        p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    assertThat(p.describeCampaign(b -> b.campaignArn(campaign)).campaign().status())
        .isEqualTo("ACTIVE");
    assertThat(p.getSolutionMetrics(b -> b.solutionVersionArn(version)).metrics()).hasSize(8);
    assertThat(
            p.describeSolution(b -> b.solutionArn(solution))
                .solution()
                .latestSolutionVersion()
                .status())
        .isEqualTo("ACTIVE");
    p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(5));
    assertThat(p.describeCampaign(b -> b.campaignArn(campaign)).campaign().minProvisionedTPS())
        .isEqualTo(5);
    p.deleteCampaign(b -> b.campaignArn(campaign));
    assertThat(p.listCampaigns(b -> b.solutionArn(solution)).campaigns()).isEmpty();
  }
}
