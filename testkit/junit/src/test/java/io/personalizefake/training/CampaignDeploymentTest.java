package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.SIMS;
import static io.personalizefake.training.TrainingWorld.USER_PERSONALIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignConfig;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CreateCampaign, UpdateCampaign (and its latestCampaignUpdate), DeleteCampaign, ListCampaigns. */
class CampaignDeploymentTest {

  private static final Map<String, String> EXPLORE =
      Map.of("explorationWeight", "0.1", "explorationItemAgeCutOff", "7");

  private final TrainingWorld w = TrainingWorld.instant();

  private static CampaignConfig config(Map<String, String> exploration) {
    return CampaignConfig.builder().itemExplorationConfig(exploration).build();
  }

  // ---- CreateCampaign

  @Test
  void a_campaign_on_an_unknown_version_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(ARN_PREFIX + "solution/s/0badc0de")
                        .minProvisionedTPS(1)));
  }

  @Test
  void a_campaign_on_a_version_in_training_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class,
        () ->
            slow.p.createCampaign(
                b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1)));
    slow.pass(Duration.ofMinutes(5));
    slow.rejects(
        ResourceInUseException.class,
        () ->
            slow.p.createCampaign(
                b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1)));
  }

  @Test
  void a_campaign_on_a_failed_version_is_refused_as_in_use() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String version = w.trained(solution);
    w.rejects(
        ResourceInUseException.class,
        () ->
            w.p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1)));
  }

  @Test
  void min_provisioned_tps_is_required_and_at_least_1() {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createCampaign(b -> b.name("c").solutionVersionArn(version)));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(0)));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(-1)));
    String campaign =
        w.p
            .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    assertThat(w.describeCampaign(campaign).minProvisionedTPS()).isEqualTo(1);
  }

  @Test
  void item_exploration_needs_the_user_personalization_recipe() {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE))));
  }

  @Test
  void item_exploration_on_a_user_personalization_version_is_kept() {
    String version = w.activeVersion("s", USER_PERSONALIZATION);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(3)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.campaignConfig()).isEqualTo(config(EXPLORE));
    assertThat(c.minProvisionedTPS()).isEqualTo(3);
    assertThat(c.solutionVersionArn()).isEqualTo(version);
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.latestCampaignUpdate()).isNull();
  }

  @Test
  void item_exploration_of_an_automl_version_follows_the_recipe_automl_chose() {
    String group = w.trainableGroup("g");
    String automl =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(
                        c ->
                            c.autoMLConfig(
                                a -> a.recipeList(List.of(USER_PERSONALIZATION, HRNN)))));
    String version = w.activeVersion(automl);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    assertThat(w.describeCampaign(campaign).campaignConfig()).isEqualTo(config(EXPLORE));
  }

  @ParameterizedTest
  @CsvSource({
    "explorationRate, 0.5",
    "ExplorationWeight, 0.5",
    "explorationWeight, 1.5",
    "explorationWeight, -0.1",
    "explorationWeight, abc",
    "explorationWeight, ''",
    "explorationItemAgeCutOff, 0",
    "explorationItemAgeCutOff, -1",
    "explorationItemAgeCutOff, thirty"
  })
  void bad_item_exploration_keys_and_values_are_invalid(String key, String value) {
    String version = w.activeVersion("s", USER_PERSONALIZATION);
    Map<String, String> bad = new HashMap<>(Map.of(key, value));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(bad))));
    String campaign = w.campaign("ok", version);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.updateCampaign(b -> b.campaignArn(campaign).campaignConfig(config(bad))));
  }

  @ParameterizedTest
  @CsvSource({
    "explorationWeight, 0",
    "explorationWeight, 1",
    "explorationWeight, 0.3",
    "explorationItemAgeCutOff, 0.5"
  })
  void item_exploration_values_at_their_bounds_are_valid(String key, String value) {
    String version = w.activeVersion("s", USER_PERSONALIZATION);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(Map.of(key, value))))
            .campaignArn();
    assertThat(w.describeCampaign(campaign).campaignConfig().itemExplorationConfig())
        .containsExactly(Map.entry(key, value));
  }

  @Test
  void an_empty_item_exploration_config_is_treated_as_absent() {
    String version = w.activeVersion("s", HRNN);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(Map.of())))
            .campaignArn();
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.campaignConfig()).isNull();
  }

  @Test
  void a_campaign_name_is_unique_in_the_account() {
    String version = w.activeVersion("s", HRNN);
    w.campaign("c", version);
    w.rejects(
        ResourceAlreadyExistsException.class,
        () ->
            w.p.createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(2)));
  }

  @Test
  void the_campaign_quota_limits_campaigns() {
    TrainingWorld small = TrainingWorld.of(b -> b.quota(Quota.CAMPAIGNS, 2));
    String version = small.activeVersion("s", HRNN);
    small.campaign("c1", version);
    small.campaign("c2", version);
    small.rejects(
        LimitExceededException.class,
        () ->
            small.p.createCampaign(
                b -> b.name("c3").solutionVersionArn(version).minProvisionedTPS(1)));
  }

  @Test
  void a_campaign_deploys_through_pending_and_in_progress_in_8_minutes() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    Instant created = slow.clock.instant();
    String campaign =
        slow.p
            .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("CREATE PENDING");
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMinutes(8).minusMillis(1));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMillis(1));
    Campaign c = slow.describeCampaign(campaign);
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.creationDateTime()).isEqualTo(created);
    assertThat(c.lastUpdatedDateTime())
        .isEqualTo(created.plusSeconds(10).plus(Duration.ofMinutes(8)));
  }

  // ---- UpdateCampaign: checks

  @Test
  void updating_an_unknown_campaign_or_to_an_unknown_version_is_not_found() {
    String version = w.activeVersion("s", HRNN);
    String campaign = w.campaign("c", version);
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.updateCampaign(
                b -> b.campaignArn(ARN_PREFIX + "campaign/nope").minProvisionedTPS(2)));
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.updateCampaign(
                b ->
                    b.campaignArn(campaign)
                        .solutionVersionArn(version.replaceAll(".{8}$", "0badc0de"))));
  }

  @Test
  void update_min_provisioned_tps_below_1_is_invalid() {
    String campaign = w.campaign("c", w.activeVersion("s", HRNN));
    w.rejects(
        InvalidInputException.class,
        () -> w.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(0)));
  }

  @Test
  void a_campaign_being_created_cannot_be_updated() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    String campaign =
        slow.p
            .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2)));
    slow.pass(Duration.ofMinutes(1));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2)));
  }

  @Test
  void a_campaign_being_deleted_cannot_be_updated() {
    TrainingWorld slow = TrainingWorld.realistic();
    String campaign = slow.campaign("c", slow.activeVersion("s", HRNN));
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2)));
  }

  @Test
  void a_campaign_cannot_be_updated_while_an_update_is_in_flight() {
    TrainingWorld slow = TrainingWorld.realistic();
    String campaign = slow.campaign("c", slow.activeVersion("s", HRNN));
    slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(3)));
    slow.pass(Duration.ofMinutes(1));
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(3)));
    slow.pass(Duration.ofMinutes(8));
    slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(3));
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().minProvisionedTPS())
        .isEqualTo(3);
  }

  @Test
  void a_campaign_cannot_be_updated_to_a_version_that_is_not_active() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String campaign = slow.campaign("c", slow.activeVersion(solution));
    String training =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(training)));
    slow.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    slow.awaitSettled(() -> slow.describeVersion(training).status());
    String failed = slow.trained(solution);
    assertThat(slow.describeVersion(failed).status()).isEqualTo("CREATE FAILED");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(failed)));
  }

  @Test
  void item_exploration_in_an_update_needs_a_user_personalization_target() {
    String version = w.activeVersion("s", HRNN);
    String campaign = w.campaign("c", version);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.updateCampaign(b -> b.campaignArn(campaign).campaignConfig(config(EXPLORE))));
    String up = w.activeVersion("up", USER_PERSONALIZATION);
    String upCampaign = w.campaign("up-c", up);
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.updateCampaign(
                b ->
                    b.campaignArn(upCampaign)
                        .solutionVersionArn(version)
                        .campaignConfig(config(EXPLORE))));
  }

  // ---- UpdateCampaign: effect

  @Test
  void an_update_runs_in_latest_campaign_update_while_the_campaign_keeps_its_old_values() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, USER_PERSONALIZATION);
    String oldVersion = slow.activeVersion(solution);
    String newVersion = slow.activeVersion(solution);
    String campaign =
        slow.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(oldVersion)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    slow.awaitSettled(() -> slow.describeCampaign(campaign).status());
    Campaign before = slow.describeCampaign(campaign);
    slow.pass(Duration.ofMinutes(3));
    Instant called = slow.clock.instant();
    Map<String, String> newExplore = Map.of("explorationWeight", "0.9");
    slow.p.updateCampaign(
        b ->
            b.campaignArn(campaign)
                .solutionVersionArn(newVersion)
                .minProvisionedTPS(10)
                .campaignConfig(config(newExplore)));

    Campaign pending = slow.describeCampaign(campaign);
    assertThat(pending.status()).isEqualTo("ACTIVE");
    assertThat(pending.solutionVersionArn()).isEqualTo(oldVersion);
    assertThat(pending.minProvisionedTPS()).isEqualTo(1);
    assertThat(pending.campaignConfig()).isEqualTo(config(EXPLORE));
    assertThat(pending.creationDateTime()).isEqualTo(before.creationDateTime());
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(called);
    assertThat(pending.latestCampaignUpdate())
        .isEqualTo(
            CampaignUpdateSummary.builder()
                .solutionVersionArn(newVersion)
                .minProvisionedTPS(10)
                .campaignConfig(config(newExplore))
                .status("CREATE PENDING")
                .creationDateTime(called)
                .lastUpdatedDateTime(called)
                .build());

    slow.pass(Duration.ofSeconds(10));
    Campaign inProgress = slow.describeCampaign(campaign);
    assertThat(inProgress.status()).isEqualTo("ACTIVE");
    assertThat(inProgress.latestCampaignUpdate().status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(inProgress.solutionVersionArn()).isEqualTo(oldVersion);
    assertThat(inProgress.minProvisionedTPS()).isEqualTo(1);
    assertThat(inProgress.campaignConfig()).isEqualTo(config(EXPLORE));

    slow.pass(Duration.ofMinutes(8).minusMillis(1));
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeCampaign(campaign).solutionVersionArn()).isEqualTo(oldVersion);

    slow.pass(Duration.ofMillis(1));
    Campaign done = slow.describeCampaign(campaign);
    Instant finished = called.plusSeconds(10).plus(Duration.ofMinutes(8));
    assertThat(done.status()).isEqualTo("ACTIVE");
    assertThat(done.solutionVersionArn()).isEqualTo(newVersion);
    assertThat(done.minProvisionedTPS()).isEqualTo(10);
    assertThat(done.campaignConfig()).isEqualTo(config(newExplore));
    assertThat(done.lastUpdatedDateTime()).isEqualTo(finished);
    assertThat(done.latestCampaignUpdate().status()).isEqualTo("ACTIVE");
    assertThat(done.latestCampaignUpdate().lastUpdatedDateTime()).isEqualTo(finished);
    assertThat(done.latestCampaignUpdate().creationDateTime()).isEqualTo(called);
  }

  @Test
  void an_update_without_changes_redeploys_the_current_settings() {
    String version = w.activeVersion("s", USER_PERSONALIZATION);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(4)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    w.p.updateCampaign(b -> b.campaignArn(campaign));
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.latestCampaignUpdate().status()).isEqualTo("ACTIVE");
    assertThat(c.latestCampaignUpdate().solutionVersionArn()).isEqualTo(version);
    assertThat(c.latestCampaignUpdate().minProvisionedTPS()).isEqualTo(4);
    assertThat(c.latestCampaignUpdate().campaignConfig()).isEqualTo(config(EXPLORE));
    assertThat(c.solutionVersionArn()).isEqualTo(version);
    assertThat(c.minProvisionedTPS()).isEqualTo(4);
    assertThat(c.campaignConfig()).isEqualTo(config(EXPLORE));
  }

  @Test
  void an_update_of_tps_only_keeps_the_version() {
    String version = w.activeVersion("s", HRNN);
    String campaign = w.campaign("c", version);
    w.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(7));
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.minProvisionedTPS()).isEqualTo(7);
    assertThat(c.solutionVersionArn()).isEqualTo(version);
    assertThat(c.latestCampaignUpdate().solutionVersionArn()).isEqualTo(version);
  }

  @Test
  void a_failed_update_shows_only_in_latest_campaign_update() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String oldVersion = slow.activeVersion(solution);
    String newVersion = slow.activeVersion(solution);
    String campaign = slow.campaign("c", oldVersion);
    slow.fake.failNext(ResourceType.CAMPAIGN_UPDATE, "deployment failed");
    slow.p.updateCampaign(
        b -> b.campaignArn(campaign).solutionVersionArn(newVersion).minProvisionedTPS(5));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMinutes(8));
    Campaign c = slow.describeCampaign(campaign);
    assertThat(c.latestCampaignUpdate().status()).isEqualTo("CREATE FAILED");
    assertThat(c.latestCampaignUpdate().failureReason()).isEqualTo("deployment failed");
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.failureReason()).isNull();
    assertThat(c.solutionVersionArn()).isEqualTo(oldVersion);
    assertThat(c.minProvisionedTPS()).isEqualTo(1);
    // a failed update is not in flight: the campaign can be updated again
    slow.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(newVersion));
    slow.awaitSettled(() -> slow.describeCampaign(campaign).latestCampaignUpdate().status());
    assertThat(slow.describeCampaign(campaign).solutionVersionArn()).isEqualTo(newVersion);
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().failureReason()).isNull();
  }

  @Test
  void a_failed_campaign_becomes_active_after_a_successful_update() {
    String version = w.activeVersion("s", HRNN);
    w.fake.failNext(ResourceType.CAMPAIGN, "no capacity");
    String campaign = w.campaign("c", version);
    Campaign failed = w.describeCampaign(campaign);
    assertThat(failed.status()).isEqualTo("CREATE FAILED");
    assertThat(failed.failureReason()).isEqualTo("no capacity");
    w.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2));
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.failureReason()).isNull();
    assertThat(c.minProvisionedTPS()).isEqualTo(2);
    assertThat(w.p.listCampaigns(b -> b.maxResults(10)).campaigns())
        .extracting(CampaignSummary::status)
        .containsExactly("ACTIVE");
  }

  @Test
  void a_failed_campaign_stays_failed_while_its_update_runs_and_when_the_update_fails() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    slow.fake.failNext(ResourceType.CAMPAIGN, "no capacity");
    String campaign = slow.campaign("c", version);
    slow.fake.failNext(ResourceType.CAMPAIGN_UPDATE, "again");
    slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("CREATE FAILED");
    slow.awaitSettled(() -> slow.describeCampaign(campaign).latestCampaignUpdate().status());
    Campaign c = slow.describeCampaign(campaign);
    assertThat(c.latestCampaignUpdate().status()).isEqualTo("CREATE FAILED");
    assertThat(c.latestCampaignUpdate().failureReason()).isEqualTo("again");
    assertThat(c.status()).isEqualTo("CREATE FAILED");
    assertThat(c.failureReason()).isEqualTo("no capacity");
    assertThat(c.minProvisionedTPS()).isEqualTo(1);
    slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(3));
    slow.awaitSettled(() -> slow.describeCampaign(campaign).latestCampaignUpdate().status());
    c = slow.describeCampaign(campaign);
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.failureReason()).isNull();
    assertThat(c.minProvisionedTPS()).isEqualTo(3);
  }

  // ---- UpdateCampaign: what happens to campaignConfig

  @Test
  void an_update_without_campaign_config_keeps_the_stored_one_for_a_user_personalization_target() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, USER_PERSONALIZATION);
    String v1 = w.activeVersion(solution);
    String v2 = w.activeVersion(solution);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(v1)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    w.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(v2).minProvisionedTPS(2));
    assertThat(w.describeCampaign(campaign).campaignConfig()).isEqualTo(config(EXPLORE));
    assertThat(w.describeCampaign(campaign).latestCampaignUpdate().campaignConfig())
        .isEqualTo(config(EXPLORE));
  }

  @Test
  void an_update_to_a_version_of_another_recipe_drops_the_stored_campaign_config() {
    String up = w.activeVersion("up", USER_PERSONALIZATION);
    String hrnn = w.activeVersion("hrnn", HRNN);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(up)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    w.p.updateCampaign(b -> b.campaignArn(campaign).solutionVersionArn(hrnn));
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.solutionVersionArn()).isEqualTo(hrnn);
    assertThat(c.campaignConfig()).isNull();
    assertThat(c.latestCampaignUpdate().campaignConfig()).isNull();
  }

  @Test
  void an_update_with_a_new_campaign_config_replaces_the_stored_one() {
    String up = w.activeVersion("up", USER_PERSONALIZATION);
    String campaign =
        w.p
            .createCampaign(
                b ->
                    b.name("c")
                        .solutionVersionArn(up)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    Map<String, String> other = Map.of("explorationItemAgeCutOff", "2.5");
    w.p.updateCampaign(b -> b.campaignArn(campaign).campaignConfig(config(other)));
    assertThat(w.describeCampaign(campaign).campaignConfig()).isEqualTo(config(other));
  }

  @Test
  void an_update_with_an_empty_campaign_config_or_empty_exploration_clears_the_stored_one() {
    String up = w.activeVersion("up", USER_PERSONALIZATION);
    String first =
        w.p
            .createCampaign(
                b ->
                    b.name("c1")
                        .solutionVersionArn(up)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    String second =
        w.p
            .createCampaign(
                b ->
                    b.name("c2")
                        .solutionVersionArn(up)
                        .minProvisionedTPS(1)
                        .campaignConfig(config(EXPLORE)))
            .campaignArn();
    w.p.updateCampaign(b -> b.campaignArn(first).campaignConfig(config(Map.of())));
    w.p.updateCampaign(b -> b.campaignArn(second).campaignConfig(CampaignConfig.builder().build()));
    assertThat(w.describeCampaign(first).campaignConfig()).isNull();
    assertThat(w.describeCampaign(second).campaignConfig()).isNull();
  }

  @Test
  void an_empty_exploration_config_in_an_update_is_accepted_for_any_recipe() {
    String hrnn = w.activeVersion("hrnn", HRNN);
    String campaign = w.campaign("c", hrnn);
    w.p.updateCampaign(
        b -> b.campaignArn(campaign).minProvisionedTPS(2).campaignConfig(config(Map.of())));
    Campaign c = w.describeCampaign(campaign);
    assertThat(c.minProvisionedTPS()).isEqualTo(2);
    assertThat(c.campaignConfig()).isNull();
  }

  // ---- DeleteCampaign

  @Test
  void a_campaign_is_deleted_through_delete_pending_and_delete_in_progress() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    String campaign = slow.campaign("c", version);
    Instant called = slow.clock.instant();
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    Campaign pending = slow.describeCampaign(campaign);
    assertThat(pending.status()).isEqualTo("DELETE PENDING");
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(called);
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("DELETE IN_PROGRESS");
    assertThat(slow.p.listCampaigns(b -> b.maxResults(10)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(campaign);
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceNotFoundException.class,
        () -> slow.p.describeCampaign(b -> b.campaignArn(campaign)));
    assertThat(slow.p.listCampaigns(b -> b.maxResults(10)).campaigns()).isEmpty();
    // the version stays, and the name is free again
    assertThat(slow.describeVersion(version).status()).isEqualTo("ACTIVE");
    assertThat(
            slow.p
                .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
                .campaignArn())
        .isEqualTo(campaign);
  }

  @Test
  void a_campaign_being_created_cannot_be_deleted() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    String campaign =
        slow.p
            .createCampaign(b -> b.name("c").solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
  }

  @Test
  void a_campaign_already_being_deleted_cannot_be_deleted_again() {
    TrainingWorld slow = TrainingWorld.realistic();
    String campaign = slow.campaign("c", slow.activeVersion("s", HRNN));
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
    slow.pass(Duration.ofSeconds(10));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
  }

  @Test
  void a_campaign_cannot_be_deleted_while_an_update_is_in_flight() {
    TrainingWorld slow = TrainingWorld.realistic();
    String campaign = slow.campaign("c", slow.activeVersion("s", HRNN));
    slow.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(2));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
    slow.pass(Duration.ofMinutes(5));
    slow.rejects(
        ResourceInUseException.class, () -> slow.p.deleteCampaign(b -> b.campaignArn(campaign)));
    slow.pass(Duration.ofMinutes(5));
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    assertThat(slow.describeCampaign(campaign).status()).isEqualTo("DELETE PENDING");
  }

  @Test
  void a_failed_campaign_can_be_deleted() {
    String version = w.activeVersion("s", HRNN);
    w.fake.failNext(ResourceType.CAMPAIGN, "no capacity");
    String campaign = w.campaign("c", version);
    w.p.deleteCampaign(b -> b.campaignArn(campaign));
    w.rejects(
        ResourceNotFoundException.class, () -> w.p.describeCampaign(b -> b.campaignArn(campaign)));
  }

  @Test
  void deleting_an_unknown_campaign_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.deleteCampaign(b -> b.campaignArn(ARN_PREFIX + "campaign/nope")));
  }

  // ---- ListCampaigns

  @Test
  void list_campaigns_by_solution_and_all() {
    String group = w.trainableGroup("g");
    String a = w.solution("a", group, HRNN);
    String b = w.solution("b", group, SIMS);
    String va = w.activeVersion(a);
    String vb = w.activeVersion(b);
    String c1 = w.campaign("c1", va);
    w.pass(Duration.ofSeconds(1));
    String c2 = w.campaign("c2", vb);
    w.pass(Duration.ofSeconds(1));
    String c3 = w.campaign("c3", va);
    assertThat(w.p.listCampaigns(x -> x.solutionArn(a)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(c3, c1);
    assertThat(w.p.listCampaigns(x -> x.solutionArn(b)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(c2);
    assertThat(w.p.listCampaigns(x -> x.maxResults(100)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(c3, c2, c1);
    assertThat(w.p.listCampaigns(x -> x.solutionArn(ARN_PREFIX + "solution/nope")).campaigns())
        .isEmpty();
    CampaignSummary summary = w.p.listCampaigns(x -> x.solutionArn(b)).campaigns().get(0);
    Campaign described = w.describeCampaign(c2);
    assertThat(summary.name()).isEqualTo("c2");
    assertThat(summary.status()).isEqualTo(described.status());
    assertThat(summary.creationDateTime()).isEqualTo(described.creationDateTime());
    assertThat(summary.lastUpdatedDateTime()).isEqualTo(described.lastUpdatedDateTime());
  }

  @Test
  void
      list_campaigns_by_solution_follows_a_campaign_once_its_update_to_another_solution_completes() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String a = slow.solution("a", group, HRNN);
    String b = slow.solution("b", group, USER_PERSONALIZATION);
    String va = slow.activeVersion(a);
    String vb = slow.activeVersion(b);
    String campaign = slow.campaign("c", va);
    slow.p.updateCampaign(x -> x.campaignArn(campaign).solutionVersionArn(vb));
    assertThat(slow.p.listCampaigns(x -> x.solutionArn(a)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(campaign);
    assertThat(slow.p.listCampaigns(x -> x.solutionArn(b)).campaigns()).isEmpty();
    slow.awaitSettled(() -> slow.describeCampaign(campaign).latestCampaignUpdate().status());
    assertThat(slow.p.listCampaigns(x -> x.solutionArn(a)).campaigns()).isEmpty();
    assertThat(slow.p.listCampaigns(x -> x.solutionArn(b)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(campaign);
    assertThat(slow.p.listCampaigns(x -> x.maxResults(5)).campaigns())
        .extracting(CampaignSummary::campaignArn)
        .containsExactly(campaign);
  }

  @Test
  void list_campaigns_shows_failed_campaigns_with_their_reason() {
    String version = w.activeVersion("s", HRNN);
    w.fake.failNext(ResourceType.CAMPAIGN, "no capacity");
    w.campaign("c", version);
    CampaignSummary summary = w.p.listCampaigns(b -> b.maxResults(10)).campaigns().get(0);
    assertThat(summary.status()).isEqualTo("CREATE FAILED");
    assertThat(summary.failureReason()).isEqualTo("no capacity");
  }

  @Test
  void custom_update_timings_are_used_for_campaign_updates() {
    TrainingWorld custom =
        TrainingWorld.of(
            b ->
                b.timings(
                    Timings.instant()
                        .with(
                            ResourceType.CAMPAIGN_UPDATE,
                            Timings.Phase.CREATE_PENDING,
                            Duration.ofSeconds(1))
                        .with(
                            ResourceType.CAMPAIGN_UPDATE,
                            Timings.Phase.CREATE_IN_PROGRESS,
                            Duration.ofSeconds(2))));
    String campaign = custom.campaign("c", custom.activeVersion("s", HRNN));
    custom.p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(9));
    assertThat(custom.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE PENDING");
    custom.pass(Duration.ofSeconds(1));
    assertThat(custom.describeCampaign(campaign).latestCampaignUpdate().status())
        .isEqualTo("CREATE IN_PROGRESS");
    custom.pass(Duration.ofSeconds(2));
    assertThat(custom.describeCampaign(campaign).minProvisionedTPS()).isEqualTo(9);
  }
}
