package io.personalizefake.examples;

// README: jqwik
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.jqwik.PersonalizeActions;
import io.personalizefake.testkit.jqwik.PersonalizeArbitraries;
import io.personalizefake.testkit.jqwik.PersonalizeInvariants;
import io.personalizefake.testkit.jqwik.PersonalizeWorld;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

class WorkflowExampleProperties {

  /** The application under test: sets up everything a campaign needs, under one name. */
  static class CampaignProvisioner {
    private final PersonalizeService personalize;

    CampaignProvisioner(PersonalizeService personalize) {
      this.personalize = personalize;
    }

    String provision(String name) {
      String group = personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
      String schema =
          personalize
              .createSchema(b -> b.name(name).schema(PersonalizeArbitraries.INTERACTIONS_SCHEMA))
              .schemaArn();
      String dataset =
          personalize
              .createDataset(
                  b ->
                      b.name(name)
                          .datasetGroupArn(group)
                          .datasetType("Interactions")
                          .schemaArn(schema))
              .datasetArn();
      personalize.createDatasetImportJob(
          b ->
              b.jobName(name)
                  .datasetArn(dataset)
                  .roleArn("arn:aws:iam::123456789012:role/personalize")
                  .dataSource(d -> d.dataLocation("s3://bucket/interactions.csv")));
      String solution =
          personalize
              .createSolution(
                  b ->
                      b.name(name)
                          .datasetGroupArn(group)
                          .recipeArn("arn:aws:personalize:::recipe/aws-user-personalization"))
              .solutionArn();
      String version =
          personalize.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
      return personalize
          .createCampaign(b -> b.name(name).solutionVersionArn(version).minProvisionedTPS(1))
          .campaignArn();
    }
  }

  /** Any valid name works, and the fake's store is sound afterwards. */
  @Property(tries = 50)
  void provisioning_works_for_any_valid_name(@ForAll("names") String name) {
    PersonalizeWorld world = PersonalizeWorld.inMemory();
    String campaign = new CampaignProvisioner(world.service()).provision(name);

    world.clock().advance(Duration.ofMinutes(1));
    assertThat(world.service().describeCampaign(b -> b.campaignArn(campaign)).campaign().status())
        .isEqualTo("ACTIVE");
    PersonalizeInvariants.check(world.fake());
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalizeArbitraries.names();
  }

  /** Random workflows of every operation keep the fake consistent with its reference model. */
  @Property(tries = 10)
  void workflows_keep_invariants(@ForAll("workflows") ActionChain<PersonalizeWorld> chain) {
    chain.withInvariant("invariants", PersonalizeInvariants::check).run();
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> workflows() {
    return PersonalizeActions.all(PersonalizeWorld::inMemory).withMaxTransformations(50);
  }
}
// README: end
