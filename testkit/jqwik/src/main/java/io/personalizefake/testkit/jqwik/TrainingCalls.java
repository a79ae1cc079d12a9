package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.BATCH_INFERENCE_JOB;
import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.FILTER;
import static io.personalizefake.model.ResourceType.SOLUTION;
import static io.personalizefake.model.ResourceType.SOLUTION_VERSION;
import static io.personalizefake.testkit.jqwik.Calls.EXISTS;
import static io.personalizefake.testkit.jqwik.Calls.INVALID;
import static io.personalizefake.testkit.jqwik.Calls.IN_USE;
import static io.personalizefake.testkit.jqwik.Calls.LIMIT;
import static io.personalizefake.testkit.jqwik.Calls.NOT_FOUND;
import static io.personalizefake.testkit.jqwik.Calls.q;
import static io.personalizefake.testkit.jqwik.Calls.validArn;
import static io.personalizefake.testkit.jqwik.Calls.validLocation;
import static io.personalizefake.testkit.jqwik.Calls.validName;
import static io.personalizefake.testkit.jqwik.Calls.validRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.BatchInferenceJobConfig;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignConfig;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.CategoricalHyperParameterRange;
import io.personalizefake.model.ContinuousHyperParameterRange;
import io.personalizefake.model.CreateBatchInferenceJobResponse;
import io.personalizefake.model.CreateCampaignResponse;
import io.personalizefake.model.CreateSolutionResponse;
import io.personalizefake.model.CreateSolutionVersionResponse;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.GetSolutionMetricsResponse;
import io.personalizefake.model.HPOConfig;
import io.personalizefake.model.HPOResourceConfig;
import io.personalizefake.model.HyperParameterRanges;
import io.personalizefake.model.IntegerHyperParameterRange;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.TrainingFacts;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.jqwik.Calls.Call;
import io.personalizefake.testkit.jqwik.Snapshot.View;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The training-side calls as data (solutions, solution versions, campaigns, batch inference jobs),
 * each with the outcome the ordered checks of resources.md predict from the state before it.
 * Describe, List and Delete of these types are the generic calls of {@link Calls}.
 */
final class TrainingCalls {

  private TrainingCalls() {}

  static final String RECIPE = "arn:aws:personalize:::recipe/";
  static final String USER_PERSONALIZATION = RECIPE + "aws-user-personalization";
  static final String HRNN = RECIPE + "aws-hrnn";
  static final String HRNN_METADATA = RECIPE + "aws-hrnn-metadata";
  static final String HRNN_COLDSTART = RECIPE + "aws-hrnn-coldstart";
  static final String POPULARITY = RECIPE + "aws-popularity-count";
  static final String RANKING = RECIPE + "aws-personalized-ranking";
  static final String SIMS = RECIPE + "aws-sims";
  static final String GHOST_RECIPE = RECIPE + "ghost";

  /** The catalog's recipes with their types (catalog.md). */
  static final Map<String, String> RECIPE_TYPES =
      Map.of(
          HRNN, "USER_PERSONALIZATION",
          HRNN_COLDSTART, "USER_PERSONALIZATION",
          HRNN_METADATA, "USER_PERSONALIZATION",
          RANKING, "PERSONALIZED_RANKING",
          POPULARITY, "USER_PERSONALIZATION",
          SIMS, "RELATED_ITEMS",
          USER_PERSONALIZATION, "USER_PERSONALIZATION");

  static final Set<String> UPDATABLE = TrainingFacts.UPDATABLE_RECIPES;
  static final List<String> METRIC_NAMES = TrainingFacts.METRIC_NAMES;

  // --- shared model rules -------------------------------------------------------------------

  /**
   * The group has an Interactions dataset that is not deleting (CreateSolution #11,
   * CreateSolutionVersion #4).
   */
  static boolean hasInteractions(Snapshot s, String groupArn) {
    return s.children(DATASET, groupArn).stream()
        .anyMatch(d -> !d.deleting() && "INTERACTIONS".equals(((Dataset) d.body()).datasetType()));
  }

  /**
   * A solution version can be used by a campaign or a batch job when it is ACTIVE and its solution
   * is not being deleted: a version of a deleting solution goes away with it, so it is a reference
   * that is being deleted ("Parent or reference not usable", resources.md §Rules shared by all
   * operations), and using it would leave a campaign on a version that disappears.
   */
  static boolean usableVersion(Snapshot s, View version) {
    View solution = s.find(SOLUTION, version.parent());
    return version.active() && solution != null && !solution.deleting();
  }

  /** Exploration settings of campaigns and batch jobs. */
  enum Explore {
    /** No configuration at all. */
    ABSENT(null, true),
    /** An empty itemExplorationConfig: treated as absent. */
    EMPTY(Map.of(), true),
    VALID(Map.of("explorationWeight", "0.3", "explorationItemAgeCutOff", "30"), true),
    WEIGHT_ONLY(Map.of("explorationWeight", "1"), true),
    BAD_KEY(Map.of("explorationRate", "0.3"), false),
    WEIGHT_TOO_HIGH(Map.of("explorationWeight", "1.5"), false),
    NOT_A_NUMBER(Map.of("explorationItemAgeCutOff", "thirty"), false),
    CUTOFF_ZERO(Map.of("explorationItemAgeCutOff", "0"), false);

    final Map<String, String> map;
    final boolean valid;

    Explore(Map<String, String> map, boolean valid) {
      this.map = map;
      this.valid = valid;
    }

    boolean nonEmpty() {
      return map != null && !map.isEmpty();
    }

    /** What a resource stores for it: null when absent or empty. */
    Map<String, String> stored() {
      return nonEmpty() ? map : null;
    }

    @Override
    public String toString() {
      return map == null ? "<none>" : map.toString();
    }
  }

  /** HPO settings of CreateSolution, labelled with the verdict of checks 4 to 6. */
  enum Hpo {
    NONE(null, true),
    TUNED(
        HPOConfig.builder()
            .hpoResourceConfig(
                HPOResourceConfig.builder()
                    .maxNumberOfTrainingJobs("4")
                    .maxParallelTrainingJobs("2")
                    .build())
            .algorithmHyperParameterRanges(
                HyperParameterRanges.builder()
                    .integerHyperParameterRanges(
                        List.of(
                            IntegerHyperParameterRange.builder()
                                .name("hidden_dimension")
                                .minValue(32)
                                .maxValue(256)
                                .build()))
                    .continuousHyperParameterRanges(
                        List.of(
                            ContinuousHyperParameterRange.builder()
                                .name("lambda")
                                .minValue(0.1)
                                .maxValue(0.5)
                                .build()))
                    .categoricalHyperParameterRanges(
                        List.of(
                            CategoricalHyperParameterRange.builder()
                                .name("recency_mask")
                                .values(List.of("true", "false"))
                                .build()))
                    .build())
            .build(),
        true),
    MOST_JOBS(
        HPOConfig.builder()
            .hpoResourceConfig(
                HPOResourceConfig.builder()
                    .maxNumberOfTrainingJobs("40")
                    .maxParallelTrainingJobs("10")
                    .build())
            .build(),
        true),
    TOO_MANY_JOBS(
        HPOConfig.builder()
            .hpoResourceConfig(HPOResourceConfig.builder().maxNumberOfTrainingJobs("41").build())
            .build(),
        false),
    JOBS_NOT_A_NUMBER(
        HPOConfig.builder()
            .hpoResourceConfig(HPOResourceConfig.builder().maxParallelTrainingJobs("two").build())
            .build(),
        false),
    MORE_PARALLEL_THAN_JOBS(
        HPOConfig.builder()
            .hpoResourceConfig(
                HPOResourceConfig.builder()
                    .maxNumberOfTrainingJobs("3")
                    .maxParallelTrainingJobs("4")
                    .build())
            .build(),
        false),
    MIN_OVER_MAX(
        HPOConfig.builder()
            .algorithmHyperParameterRanges(
                HyperParameterRanges.builder()
                    .integerHyperParameterRanges(
                        List.of(
                            IntegerHyperParameterRange.builder()
                                .name("bptt")
                                .minValue(40)
                                .maxValue(20)
                                .build()))
                    .build())
            .build(),
        false),
    NO_CATEGORIES(
        HPOConfig.builder()
            .algorithmHyperParameterRanges(
                HyperParameterRanges.builder()
                    .categoricalHyperParameterRanges(
                        List.of(
                            CategoricalHyperParameterRange.builder()
                                .name("recency_mask")
                                .values(List.of())
                                .build()))
                    .build())
            .build(),
        false);

    final HPOConfig config;
    final boolean valid;

    Hpo(HPOConfig config, boolean valid) {
      this.config = config;
      this.valid = valid;
    }
  }

  // --- solutions --------------------------------------------------------------------------

  record CreateSolution(
      String name,
      String datasetGroupArn,
      Boolean performAutoML,
      Boolean performHPO,
      String recipeArn,
      List<String> recipeList,
      Hpo hpo)
      implements Call {

    boolean autoML() {
      return Boolean.TRUE.equals(performAutoML);
    }

    SolutionConfig config() {
      if (recipeList == null && hpo == Hpo.NONE) {
        return null;
      }
      SolutionConfig.Builder b = SolutionConfig.builder();
      if (recipeList != null) {
        b.autoMLConfig(a -> a.metricName("precision_at_25").recipeList(recipeList));
      }
      if (hpo.config != null) {
        b.hpoConfig(hpo.config);
      }
      return b.build();
    }

    @Override
    public String expect(Snapshot s) {
      if (!validName(name)
          || !validArn(datasetGroupArn)
          || (recipeArn != null && !validArn(recipeArn))) {
        return INVALID;
      }
      if (recipeList != null && !recipeList.stream().allMatch(Calls::validArn)) {
        return INVALID;
      }
      if (autoML() == (recipeArn != null)) {
        return INVALID; // AutoML with a recipe, or neither
      }
      if (!hpo.valid) {
        return INVALID;
      }
      View group = s.find(DATASET_GROUP, datasetGroupArn);
      if (group == null) {
        return NOT_FOUND;
      }
      if (recipeArn != null && !RECIPE_TYPES.containsKey(recipeArn)) {
        return NOT_FOUND;
      }
      if (autoML() && recipeList != null) {
        if (!recipeList.stream().allMatch(RECIPE_TYPES::containsKey)) {
          return NOT_FOUND;
        }
        if (!recipeList.stream()
            .allMatch(r -> RECIPE_TYPES.get(r).equals("USER_PERSONALIZATION"))) {
          return INVALID;
        }
      }
      if (!hasInteractions(s, datasetGroupArn)) {
        return INVALID;
      }
      if (!group.active()) {
        return IN_USE;
      }
      if (s.byArn.containsKey(Calls.arn("solution", name))) {
        return EXISTS;
      }
      return s.live(SOLUTION) >= s.quota(Quota.SOLUTIONS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      SolutionConfig config = config();
      return p.createSolution(
          b ->
              b.name(name)
                  .datasetGroupArn(datasetGroupArn)
                  .performAutoML(performAutoML)
                  .performHPO(performHPO)
                  .recipeArn(recipeArn)
                  .solutionConfig(config));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateSolutionResponse) response).solutionArn();
      assertThat(arn).isEqualTo(Calls.arn("solution", name));
      Solution sol = (Solution) w.created(SOLUTION, arn, after, now).body();
      assertThat(sol.name()).isEqualTo(name);
      assertThat(sol.datasetGroupArn()).isEqualTo(datasetGroupArn);
      assertThat(sol.performAutoML()).as("performAutoML, false when not given").isEqualTo(autoML());
      assertThat(sol.performHPO())
          .as("performHPO, false when not given")
          .isEqualTo(Boolean.TRUE.equals(performHPO));
      assertThat(sol.recipeArn()).isEqualTo(recipeArn);
      assertThat(sol.latestSolutionVersion()).as("a new solution has no version").isNull();
      assertThat(sol.autoMLResult()).as("a new solution has no AutoML result").isNull();
      SolutionConfig expected = config() == null ? SolutionConfig.builder().build() : config();
      if (autoML() && recipeList == null) {
        List<String> recipes = new ArrayList<>(List.of(HRNN));
        boolean metadata =
            before.children(DATASET, datasetGroupArn).stream()
                .anyMatch(
                    d ->
                        !d.deleting()
                            && !"INTERACTIONS".equals(((Dataset) d.body()).datasetType()));
        if (metadata) {
          recipes.add(HRNN_METADATA);
        }
        expected =
            expected.toBuilder()
                .autoMLConfig(a -> a.metricName("precision_at_25").recipeList(recipes))
                .build();
      }
      assertThat(sol.solutionConfig())
          .as("solutionConfig as sent, {} or with the AutoML defaults")
          .isEqualTo(expected);
    }

    @Override
    public String toString() {
      return "createSolution(name="
          + q(name)
          + ", datasetGroupArn="
          + q(datasetGroupArn)
          + (performAutoML == null ? "" : ", performAutoML=" + performAutoML)
          + (performHPO == null ? "" : ", performHPO=" + performHPO)
          + (recipeArn == null ? "" : ", recipeArn=" + q(recipeArn))
          + (recipeList == null ? "" : ", autoMLConfig.recipeList=" + recipeList)
          + (hpo == Hpo.NONE ? "" : ", hpoConfig=<" + hpo + ">")
          + ")";
    }
  }

  // --- solution versions ------------------------------------------------------------------

  record CreateSolutionVersion(String solutionArn, String trainingMode) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validArn(solutionArn)
          || (trainingMode != null
              && !trainingMode.equals("FULL")
              && !trainingMode.equals("UPDATE"))) {
        return INVALID;
      }
      View solution = s.find(SOLUTION, solutionArn);
      if (solution == null) {
        return NOT_FOUND;
      }
      Solution sol = (Solution) solution.body();
      List<View> versions = s.children(SOLUTION_VERSION, solutionArn);
      if ("UPDATE".equals(trainingMode)) {
        String recipe =
            Boolean.TRUE.equals(sol.performAutoML())
                ? (sol.autoMLResult() == null ? null : sol.autoMLResult().bestRecipeArn())
                : sol.recipeArn();
        if (recipe == null || !UPDATABLE.contains(recipe)) {
          return INVALID;
        }
        if (versions.stream()
            .noneMatch(
                v -> v.active() && "FULL".equals(((SolutionVersion) v.body()).trainingMode()))) {
          return INVALID;
        }
      }
      if (!hasInteractions(s, sol.datasetGroupArn())) {
        return INVALID;
      }
      if (!solution.active()) {
        return IN_USE;
      }
      if (versions.stream().anyMatch(View::transitional)) {
        return IN_USE;
      }
      return s.transitional(SOLUTION_VERSION) >= s.quota(Quota.TRANSITIONAL_SOLUTION_VERSIONS)
          ? LIMIT
          : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createSolutionVersion(b -> b.solutionArn(solutionArn).trainingMode(trainingMode));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateSolutionVersionResponse) response).solutionVersionArn();
      assertThat(arn).matches(Pattern.quote(solutionArn + "/") + "[0-9a-f]{8}");
      Solution sol = (Solution) before.find(SOLUTION, solutionArn).body();
      w.versionCreated(arn, sol);
      SolutionVersion v = (SolutionVersion) w.created(SOLUTION_VERSION, arn, after, now).body();
      assertThat(v.solutionArn()).isEqualTo(solutionArn);
      assertThat(v.datasetGroupArn()).isEqualTo(sol.datasetGroupArn());
      assertThat(v.performAutoML()).isEqualTo(sol.performAutoML());
      assertThat(v.performHPO()).isEqualTo(sol.performHPO());
      assertThat(v.eventType()).isEqualTo(sol.eventType());
      assertThat(v.solutionConfig())
          .as("the version copies the solution's config")
          .isEqualTo(sol.solutionConfig());
      assertThat(v.recipeArn())
          .as("recipeArn of a new version (AutoML: none yet)")
          .isEqualTo(Boolean.TRUE.equals(sol.performAutoML()) ? null : sol.recipeArn());
      assertThat(v.trainingMode())
          .as("trainingMode, FULL by default")
          .isEqualTo(trainingMode == null ? "FULL" : trainingMode);
      assertThat(v.trainingHours()).as("trainingHours before training ends").isNull();
    }

    @Override
    public String toString() {
      return "createSolutionVersion(solutionArn="
          + q(solutionArn)
          + (trainingMode == null ? "" : ", trainingMode=" + q(trainingMode))
          + ")";
    }
  }

  /**
   * SHA-256(arn|name): the first four bytes as a fraction of 2^32, to four decimals (resources.md
   * §GetSolutionMetrics).
   */
  static double metric(String arn, String name) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((arn + "|" + name).getBytes(StandardCharsets.UTF_8));
      long n =
          ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
      return Math.round(n / 4294967296.0 * 10000) / 10000.0;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  record GetSolutionMetrics(String solutionVersionArn) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validArn(solutionVersionArn)) {
        return INVALID;
      }
      View v = s.find(SOLUTION_VERSION, solutionVersionArn);
      if (v == null) {
        return NOT_FOUND;
      }
      return v.active() ? null : IN_USE;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.getSolutionMetrics(b -> b.solutionVersionArn(solutionVersionArn));
    }

    @Override
    public boolean isRead() {
      return true;
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      GetSolutionMetricsResponse r = (GetSolutionMetricsResponse) response;
      assertThat(r.solutionVersionArn()).isEqualTo(solutionVersionArn);
      Map<String, Double> expected = new LinkedHashMap<>();
      METRIC_NAMES.forEach(m -> expected.put(m, metric(solutionVersionArn, m)));
      assertThat(r.metrics())
          .as("the eight synthetic metrics of %s", solutionVersionArn)
          .isEqualTo(expected);
    }

    @Override
    public String toString() {
      return "getSolutionMetrics(solutionVersionArn=" + q(solutionVersionArn) + ")";
    }
  }

  // --- campaigns --------------------------------------------------------------------------

  record CreateCampaign(
      String name, String solutionVersionArn, Integer minProvisionedTPS, Explore explore)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name)
          || !validArn(solutionVersionArn)
          || minProvisionedTPS == null
          || minProvisionedTPS < 1) {
        return INVALID;
      }
      if (!explore.valid) {
        return INVALID;
      }
      View version = s.find(SOLUTION_VERSION, solutionVersionArn);
      if (version == null) {
        return NOT_FOUND;
      }
      if (explore.nonEmpty()
          && !USER_PERSONALIZATION.equals(((SolutionVersion) version.body()).recipeArn())) {
        return INVALID;
      }
      if (!usableVersion(s, version)) {
        return IN_USE;
      }
      if (s.byArn.containsKey(Calls.arn("campaign", name))) {
        return EXISTS;
      }
      return s.live(CAMPAIGN) >= s.quota(Quota.CAMPAIGNS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createCampaign(
          b -> {
            b.name(name)
                .solutionVersionArn(solutionVersionArn)
                .minProvisionedTPS(minProvisionedTPS);
            if (explore != Explore.ABSENT) {
              b.campaignConfig(c -> c.itemExplorationConfig(explore.map));
            }
          });
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateCampaignResponse) response).campaignArn();
      assertThat(arn).isEqualTo(Calls.arn("campaign", name));
      Campaign c = (Campaign) w.created(CAMPAIGN, arn, after, now).body();
      assertThat(c.solutionVersionArn()).isEqualTo(solutionVersionArn);
      assertThat(c.minProvisionedTPS()).isEqualTo(minProvisionedTPS);
      assertThat(c.campaignConfig())
          .as("campaignConfig (an empty exploration map is absent)")
          .isEqualTo(
              explore.nonEmpty()
                  ? CampaignConfig.builder().itemExplorationConfig(explore.map).build()
                  : null);
      assertThat(c.latestCampaignUpdate()).as("a new campaign has no update").isNull();
    }

    @Override
    public String toString() {
      return "createCampaign(name="
          + q(name)
          + ", solutionVersionArn="
          + q(solutionVersionArn)
          + ", minProvisionedTPS="
          + minProvisionedTPS
          + (explore == Explore.ABSENT ? "" : ", itemExplorationConfig=" + explore)
          + ")";
    }
  }

  record UpdateCampaign(
      String campaignArn, String solutionVersionArn, Integer minProvisionedTPS, Explore explore)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validArn(campaignArn)
          || (solutionVersionArn != null && !validArn(solutionVersionArn))
          || (minProvisionedTPS != null && minProvisionedTPS < 1)) {
        return INVALID;
      }
      if (!explore.valid) {
        return INVALID;
      }
      View campaign = s.find(CAMPAIGN, campaignArn);
      if (campaign == null) {
        return NOT_FOUND;
      }
      Campaign c = (Campaign) campaign.body();
      View target =
          s.find(
              SOLUTION_VERSION,
              solutionVersionArn != null ? solutionVersionArn : c.solutionVersionArn());
      if (solutionVersionArn != null && target == null) {
        return NOT_FOUND;
      }
      if (target != null
          && explore.nonEmpty()
          && !USER_PERSONALIZATION.equals(((SolutionVersion) target.body()).recipeArn())) {
        return INVALID;
      }
      if (!campaign.active() && !Snapshot.CREATE_FAILED.equals(campaign.status())) {
        return IN_USE;
      }
      if (c.latestCampaignUpdate() != null
          && Snapshot.transitional(c.latestCampaignUpdate().status())) {
        return IN_USE;
      }
      return target != null && usableVersion(s, target) ? null : IN_USE;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.updateCampaign(
          b -> {
            b.campaignArn(campaignArn)
                .solutionVersionArn(solutionVersionArn)
                .minProvisionedTPS(minProvisionedTPS);
            if (explore != Explore.ABSENT) {
              b.campaignConfig(c -> c.itemExplorationConfig(explore.map));
            }
          });
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      Campaign old = (Campaign) before.find(CAMPAIGN, campaignArn).body();
      View v = after.find(CAMPAIGN, campaignArn);
      Campaign c = (Campaign) v.body();
      String target = solutionVersionArn != null ? solutionVersionArn : old.solutionVersionArn();
      boolean fits =
          USER_PERSONALIZATION.equals(
              ((SolutionVersion) before.find(SOLUTION_VERSION, target).body()).recipeArn());
      CampaignConfig config =
          explore != Explore.ABSENT
              ? (explore.nonEmpty()
                  ? CampaignConfig.builder().itemExplorationConfig(explore.map).build()
                  : null)
              : (fits ? old.campaignConfig() : null);
      CampaignUpdateSummary expected =
          CampaignUpdateSummary.builder()
              .solutionVersionArn(target)
              .minProvisionedTPS(
                  minProvisionedTPS != null ? minProvisionedTPS : old.minProvisionedTPS())
              .campaignConfig(config)
              .status(Snapshot.CREATE_PENDING)
              .creationDateTime(now)
              .lastUpdatedDateTime(now)
              .build();
      assertThat(c.latestCampaignUpdate())
          .as("latestCampaignUpdate right after UpdateCampaign")
          .isEqualTo(expected);
      assertThat(
              c.toBuilder()
                  .latestCampaignUpdate(old.latestCampaignUpdate())
                  .lastUpdatedDateTime(old.lastUpdatedDateTime())
                  .build())
          .as("the campaign keeps its settings while the update is in flight")
          .isEqualTo(old);
      assertThat(c.lastUpdatedDateTime())
          .as("lastUpdatedDateTime of the campaign at UpdateCampaign")
          .isEqualTo(now);
      w.campaignUpdated(campaignArn, now);
    }

    @Override
    public String toString() {
      List<String> args = new ArrayList<>(List.of("campaignArn=" + q(campaignArn)));
      if (solutionVersionArn != null) {
        args.add("solutionVersionArn=" + q(solutionVersionArn));
      }
      if (minProvisionedTPS != null) {
        args.add("minProvisionedTPS=" + minProvisionedTPS);
      }
      if (explore != Explore.ABSENT) {
        args.add("itemExplorationConfig=" + explore);
      }
      return "updateCampaign(" + String.join(", ", args) + ")";
    }
  }

  // --- batch inference jobs ---------------------------------------------------------------

  record CreateBatchInferenceJob(
      String jobName,
      String solutionVersionArn,
      String filterArn,
      Integer numResults,
      Explore explore,
      String roleArn,
      String inputPath)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(jobName)
          || !validArn(solutionVersionArn)
          || (filterArn != null && !validArn(filterArn))
          || !validRole(roleArn)
          || !validLocation(inputPath)) {
        return INVALID;
      }
      if (numResults != null && numResults < 1) {
        return INVALID;
      }
      if (!explore.valid) {
        return INVALID;
      }
      View version = s.find(SOLUTION_VERSION, solutionVersionArn);
      if (version == null) {
        return NOT_FOUND;
      }
      View filter = filterArn == null ? null : s.find(FILTER, filterArn);
      if (filterArn != null && filter == null) {
        return NOT_FOUND;
      }
      SolutionVersion v = (SolutionVersion) version.body();
      if (explore.nonEmpty() && !USER_PERSONALIZATION.equals(v.recipeArn())) {
        return INVALID;
      }
      if (filter != null && !filter.parent().equals(v.datasetGroupArn())) {
        return INVALID;
      }
      if (!usableVersion(s, version)) {
        return IN_USE;
      }
      if (filter != null && !filter.active()) {
        return IN_USE;
      }
      if (s.byArn.containsKey(Calls.arn("batch-inference-job", jobName))) {
        return EXISTS;
      }
      return s.transitional(BATCH_INFERENCE_JOB) >= s.quota(Quota.TRANSITIONAL_BATCH_INFERENCE_JOBS)
          ? LIMIT
          : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createBatchInferenceJob(
          b -> {
            b.jobName(jobName)
                .solutionVersionArn(solutionVersionArn)
                .filterArn(filterArn)
                .numResults(numResults)
                .roleArn(roleArn)
                .jobInput(i -> i.s3DataSource(d -> d.path(inputPath)))
                .jobOutput(
                    o -> o.s3DataDestination(d -> d.path("s3://bucket/out/" + jobName + "/")));
            if (explore != Explore.ABSENT) {
              b.batchInferenceJobConfig(c -> c.itemExplorationConfig(explore.map));
            }
          });
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateBatchInferenceJobResponse) response).batchInferenceJobArn();
      assertThat(arn).isEqualTo(Calls.arn("batch-inference-job", jobName));
      BatchInferenceJob j =
          (BatchInferenceJob) w.created(BATCH_INFERENCE_JOB, arn, after, now).body();
      assertThat(j.jobName()).isEqualTo(jobName);
      assertThat(j.solutionVersionArn()).isEqualTo(solutionVersionArn);
      assertThat(j.filterArn()).isEqualTo(filterArn);
      assertThat(j.numResults()).isEqualTo(numResults);
      assertThat(j.roleArn()).isEqualTo(roleArn);
      assertThat(j.jobInput().s3DataSource().path()).isEqualTo(inputPath);
      assertThat(j.batchInferenceJobConfig())
          .as("batchInferenceJobConfig (an empty exploration map is absent)")
          .isEqualTo(
              explore.nonEmpty()
                  ? BatchInferenceJobConfig.builder().itemExplorationConfig(explore.map).build()
                  : null);
    }

    @Override
    public String toString() {
      return "createBatchInferenceJob(jobName="
          + q(jobName)
          + ", solutionVersionArn="
          + q(solutionVersionArn)
          + (filterArn == null ? "" : ", filterArn=" + q(filterArn))
          + (numResults == null ? "" : ", numResults=" + numResults)
          + (explore == Explore.ABSENT ? "" : ", itemExplorationConfig=" + explore)
          + ", roleArn="
          + q(roleArn)
          + ", jobInput.path="
          + q(inputPath)
          + ")";
    }
  }
}
