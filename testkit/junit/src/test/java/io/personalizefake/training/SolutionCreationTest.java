package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.HRNN_METADATA;
import static io.personalizefake.training.TrainingWorld.PERSONALIZED_RANKING;
import static io.personalizefake.training.TrainingWorld.POPULARITY_COUNT;
import static io.personalizefake.training.TrainingWorld.RECIPES;
import static io.personalizefake.training.TrainingWorld.SIMS;
import static io.personalizefake.training.TrainingWorld.USER_PERSONALIZATION;
import static io.personalizefake.training.TrainingWorld.categoricalRange;
import static io.personalizefake.training.TrainingWorld.continuousRange;
import static io.personalizefake.training.TrainingWorld.intRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.AutoMLConfig;
import io.personalizefake.model.HPOResourceConfig;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateSolution's checks, in the order of resources.md §Solution, and what DescribeSolution shows.
 */
class SolutionCreationTest {

  private final TrainingWorld w = TrainingWorld.instant();

  @Test
  void create_solution_in_an_unknown_dataset_group_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(ARN_PREFIX + "dataset-group/nope")
                        .recipeArn(HRNN)));
  }

  /*
   * resources.md puts "no Interactions dataset" (check 11, InvalidInput) before "group not ACTIVE"
   * (check 12, ResourceInUse). A group that is not ACTIVE can never hold a dataset (CreateDataset
   * needs an ACTIVE group and DeleteDatasetGroup refuses a group with datasets), so under the
   * spec's order the refusal of a group still being created or being deleted is InvalidInput.
   */
  @Test
  void create_solution_in_a_dataset_group_still_being_created_is_refused() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    slow.rejects(
        InvalidInputException.class,
        () -> slow.p.createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN)));
  }

  @Test
  void create_solution_in_a_dataset_group_being_deleted_is_refused() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.group("g");
    slow.p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertThat(slow.p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
        .isEqualTo("DELETE PENDING");
    slow.rejects(
        InvalidInputException.class,
        () -> slow.p.createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN)));
  }

  @Test
  void perform_automl_together_with_a_recipe_is_invalid() {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b -> b.name("s").datasetGroupArn(group).performAutoML(true).recipeArn(HRNN)));
  }

  @Test
  void a_solution_without_automl_and_without_a_recipe_is_invalid() {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(group)));
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(group).performAutoML(false)));
  }

  @Test
  void a_recipe_missing_from_the_catalog_is_not_found() {
    String group = w.trainableGroup("g");
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createSolution(
                b -> b.name("s").datasetGroupArn(group).recipeArn(RECIPES + "aws-nonexistent")));
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn("arn:aws:personalize:::recipe/AWS-HRNN")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-sims", "aws-personalized-ranking"})
  void automl_recipe_list_with_a_recipe_that_is_not_user_personalization_is_invalid(String recipe) {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .performAutoML(true)
                        .solutionConfig(
                            c ->
                                c.autoMLConfig(
                                    a -> a.recipeList(List.of(HRNN, RECIPES + recipe))))));
  }

  @Test
  void automl_recipe_list_with_an_unknown_recipe_is_not_found() {
    String group = w.trainableGroup("g");
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .performAutoML(true)
                        .solutionConfig(
                            c ->
                                c.autoMLConfig(
                                    a ->
                                        a.recipeList(
                                            List.of(HRNN, RECIPES + "aws-nonexistent"))))));
  }

  /**
   * Stage 4 (referenced resources exist) comes before stage 5 (recipe type), whatever the list
   * order.
   */
  @Test
  void an_unknown_automl_recipe_is_reported_before_a_recipe_of_the_wrong_type() {
    String group = w.trainableGroup("g");
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .performAutoML(true)
                        .solutionConfig(
                            c ->
                                c.autoMLConfig(
                                    a ->
                                        a.recipeList(
                                            List.of(SIMS, RECIPES + "aws-nonexistent"))))));
  }

  @Test
  void automl_recipe_list_of_user_personalization_recipes_is_kept_as_given() {
    String group = w.trainableGroup("g");
    List<String> recipes = List.of(USER_PERSONALIZATION, POPULARITY_COUNT, HRNN);
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(
                        c -> c.autoMLConfig(a -> a.metricName("coverage").recipeList(recipes))));
    assertThat(w.describeSolution(solution).solutionConfig().autoMLConfig())
        .isEqualTo(AutoMLConfig.builder().metricName("coverage").recipeList(recipes).build());
  }

  @ParameterizedTest
  @CsvSource({
    "41, ", "0, ", "abc, ", "-1, ", "1.5, ", "'', ", "' 5', ", "+5, ", ", 11", ", 0", ", abc",
    ", -3", "5, 6", "40, 11", "1, 2"
  })
  void hpo_resource_config_outside_its_bounds_is_invalid(String jobs, String parallel) {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn(HRNN)
                        .performHPO(true)
                        .solutionConfig(
                            c ->
                                c.hpoConfig(
                                    h ->
                                        h.hpoResourceConfig(
                                            r ->
                                                r.maxNumberOfTrainingJobs(jobs)
                                                    .maxParallelTrainingJobs(parallel))))));
  }

  @ParameterizedTest
  @CsvSource({"40, 10", "1, 1", "20, 5", "7, ", ", 10"})
  void hpo_resource_config_inside_its_bounds_is_kept(String jobs, String parallel) {
    String group = w.trainableGroup("g");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(HRNN)
                    .performHPO(true)
                    .solutionConfig(
                        c ->
                            c.hpoConfig(
                                h ->
                                    h.hpoResourceConfig(
                                        r ->
                                            r.maxNumberOfTrainingJobs(jobs)
                                                .maxParallelTrainingJobs(parallel)))));
    assertThat(w.describeSolution(solution).solutionConfig().hpoConfig().hpoResourceConfig())
        .isEqualTo(
            HPOResourceConfig.builder()
                .maxNumberOfTrainingJobs(jobs)
                .maxParallelTrainingJobs(parallel)
                .build());
  }

  @Test
  void an_integer_hpo_range_with_min_above_max_is_invalid() {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn(HRNN)
                        .performHPO(true)
                        .solutionConfig(
                            c ->
                                c.hpoConfig(
                                    h ->
                                        h.algorithmHyperParameterRanges(
                                            r ->
                                                r.addIntegerHyperParameterRanges(
                                                    intRange("hidden_dimension", 200, 100)))))));
  }

  @Test
  void a_continuous_hpo_range_with_min_above_max_is_invalid() {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn(SIMS)
                        .performHPO(true)
                        .solutionConfig(
                            c ->
                                c.hpoConfig(
                                    h ->
                                        h.algorithmHyperParameterRanges(
                                            r ->
                                                r.addContinuousHyperParameterRanges(
                                                    continuousRange(
                                                        "popularity_discount_factor",
                                                        0.9,
                                                        0.1)))))));
  }

  @Test
  void a_categorical_hpo_range_without_values_is_invalid() {
    String group = w.trainableGroup("g");
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createSolution(
                b ->
                    b.name("s")
                        .datasetGroupArn(group)
                        .recipeArn(HRNN)
                        .performHPO(true)
                        .solutionConfig(
                            c ->
                                c.hpoConfig(
                                    h ->
                                        h.algorithmHyperParameterRanges(
                                            r ->
                                                r.addCategoricalHyperParameterRanges(
                                                    categoricalRange("recency_mask")))))));
  }

  @Test
  void hpo_ranges_with_min_equal_to_max_are_kept() {
    String group = w.trainableGroup("g");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(HRNN)
                    .performHPO(true)
                    .solutionConfig(
                        c ->
                            c.hpoConfig(
                                h ->
                                    h.algorithmHyperParameterRanges(
                                        r ->
                                            r.addIntegerHyperParameterRanges(intRange("bptt", 8, 8))
                                                .addCategoricalHyperParameterRanges(
                                                    categoricalRange("recency_mask", "true"))))));
    assertThat(w.describeSolution(solution).status()).isEqualTo("ACTIVE");
  }

  @Test
  void a_dataset_group_without_an_interactions_dataset_cannot_hold_a_solution() {
    String empty = w.group("empty");
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(empty).recipeArn(HRNN)));
    String itemsOnly = w.group("items-only");
    w.items(itemsOnly);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(itemsOnly).performAutoML(true)));
  }

  @Test
  void an_interactions_dataset_being_deleted_does_not_count_for_a_new_solution() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String dataset =
        slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    slow.p.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(slow.p.describeDataset(b -> b.datasetArn(dataset)).dataset().status())
        .isEqualTo("DELETE PENDING");
    slow.rejects(
        InvalidInputException.class,
        () -> slow.p.createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN)));
  }

  @Test
  void a_solution_name_is_unique_in_the_account_whatever_its_dataset_group() {
    String first = w.trainableGroup("g1");
    String second = w.trainableGroup("g2");
    w.solution("s", first, HRNN);
    w.rejects(
        ResourceAlreadyExistsException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(first).recipeArn(SIMS)));
    w.rejects(
        ResourceAlreadyExistsException.class,
        () -> w.p.createSolution(b -> b.name("s").datasetGroupArn(second).recipeArn(HRNN)));
  }

  @Test
  void the_solution_quota_counts_solutions_that_are_not_being_deleted() {
    TrainingWorld slow =
        TrainingWorld.of(b -> b.timings(Timings.realistic()).quota(Quota.SOLUTIONS, 2));
    String group = slow.trainableGroup("g");
    String first = slow.solution("s1", group, HRNN);
    slow.solution("s2", group, HRNN);
    slow.rejects(
        LimitExceededException.class,
        () -> slow.p.createSolution(b -> b.name("s3").datasetGroupArn(group).recipeArn(HRNN)));
    slow.p.deleteSolution(b -> b.solutionArn(first));
    assertThat(slow.describeSolution(first).status()).isEqualTo("DELETE PENDING");
    String third =
        slow.p
            .createSolution(b -> b.name("s3").datasetGroupArn(group).recipeArn(HRNN))
            .solutionArn();
    assertThat(slow.describeSolution(third).status()).isEqualTo("CREATE PENDING");
  }

  @Test
  void event_type_and_event_value_threshold_are_kept_and_returned() {
    String group = w.trainableGroup("g");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(USER_PERSONALIZATION)
                    .eventType("click")
                    .solutionConfig(c -> c.eventValueThreshold("0.5")));
    Solution s = w.describeSolution(solution);
    assertThat(s.eventType()).isEqualTo("click");
    assertThat(s.solutionConfig())
        .isEqualTo(SolutionConfig.builder().eventValueThreshold("0.5").build());
  }

  @Test
  void a_plain_solution_shows_its_defaults() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    Solution s = w.describeSolution(solution);
    assertThat(s.name()).isEqualTo("s");
    assertThat(s.solutionArn()).isEqualTo(ARN_PREFIX + "solution/s");
    assertThat(s.datasetGroupArn()).isEqualTo(group);
    assertThat(s.recipeArn()).isEqualTo(HRNN);
    assertThat(s.performAutoML()).isFalse();
    assertThat(s.performHPO()).isFalse();
    assertThat(s.solutionConfig()).isEqualTo(SolutionConfig.builder().build());
    assertThat(s.eventType()).isNull();
    assertThat(s.autoMLResult()).isNull();
    assertThat(s.latestSolutionVersion()).isNull();
    assertThat(s.creationDateTime()).isEqualTo(TrainingWorld.START);
  }

  @Test
  void automl_without_a_config_gets_the_default_config_for_interactions_only() {
    String group = w.trainableGroup("g");
    String solution = w.solution(b -> b.name("s").datasetGroupArn(group).performAutoML(true));
    Solution s = w.describeSolution(solution);
    assertThat(s.performAutoML()).isTrue();
    assertThat(s.performHPO()).isFalse();
    assertThat(s.recipeArn()).isNull();
    assertThat(s.solutionConfig().autoMLConfig())
        .isEqualTo(
            AutoMLConfig.builder().metricName("precision_at_25").recipeList(List.of(HRNN)).build());
  }

  @Test
  void automl_default_config_adds_hrnn_metadata_when_the_group_has_items() {
    String group = w.trainableGroup("g");
    w.items(group);
    String solution = w.solution(b -> b.name("s").datasetGroupArn(group).performAutoML(true));
    assertThat(w.describeSolution(solution).solutionConfig().autoMLConfig())
        .isEqualTo(
            AutoMLConfig.builder()
                .metricName("precision_at_25")
                .recipeList(List.of(HRNN, HRNN_METADATA))
                .build());
  }

  @Test
  void automl_default_config_adds_hrnn_metadata_when_the_group_has_users() {
    String group = w.trainableGroup("g");
    w.users(group);
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(c -> c.eventValueThreshold("1")));
    SolutionConfig config = w.describeSolution(solution).solutionConfig();
    assertThat(config.autoMLConfig())
        .isEqualTo(
            AutoMLConfig.builder()
                .metricName("precision_at_25")
                .recipeList(List.of(HRNN, HRNN_METADATA))
                .build());
    assertThat(config.eventValueThreshold()).isEqualTo("1");
  }

  @Test
  void latest_solution_version_is_the_newest_version() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String first = slow.activeVersion(solution);
    assertThat(slow.describeSolution(solution).latestSolutionVersion().solutionVersionArn())
        .isEqualTo(first);
    assertThat(slow.describeSolution(solution).latestSolutionVersion().status())
        .isEqualTo("ACTIVE");

    slow.pass(Duration.ofSeconds(1));
    String second = slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    var latest = slow.describeSolution(solution).latestSolutionVersion();
    assertThat(latest.solutionVersionArn()).isEqualTo(second);
    assertThat(latest.status()).isEqualTo("CREATE PENDING");
    assertThat(latest.creationDateTime())
        .isEqualTo(slow.describeVersion(second).creationDateTime());

    slow.awaitSettled(() -> slow.describeVersion(second).status());
    latest = slow.describeSolution(solution).latestSolutionVersion();
    assertThat(latest.solutionVersionArn()).isEqualTo(second);
    assertThat(latest.status()).isEqualTo("ACTIVE");
    assertThat(latest.lastUpdatedDateTime())
        .isEqualTo(slow.describeVersion(second).lastUpdatedDateTime());
  }

  @Test
  void latest_solution_version_shows_a_failed_newest_version_with_its_reason() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.activeVersion(solution);
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String failed = w.trained(solution);
    var latest = w.describeSolution(solution).latestSolutionVersion();
    assertThat(latest.solutionVersionArn()).isEqualTo(failed);
    assertThat(latest.status()).isEqualTo("CREATE FAILED");
    assertThat(latest.failureReason()).isEqualTo("injected");
  }

  @Test
  void automl_result_appears_once_an_automl_version_is_active() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        slow.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(
                        c ->
                            c.autoMLConfig(
                                a -> a.recipeList(List.of(USER_PERSONALIZATION, HRNN)))));
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.pass(Duration.ofMinutes(30));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeSolution(solution).autoMLResult()).isNull();
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    assertThat(slow.describeVersion(version).status()).isEqualTo("ACTIVE");
    assertThat(slow.describeSolution(solution).autoMLResult().bestRecipeArn())
        .isEqualTo(USER_PERSONALIZATION);
  }

  @Test
  void a_failed_automl_version_sets_no_automl_result() {
    String group = w.trainableGroup("g");
    String solution = w.solution(b -> b.name("s").datasetGroupArn(group).performAutoML(true));
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    w.trained(solution);
    assertThat(w.describeSolution(solution).autoMLResult()).isNull();
  }

  @Test
  void automl_keeps_the_whole_solution_config_it_was_given() {
    String group = w.trainableGroup("g");
    Map<String, String> params = Map.of("hidden_dimension", "64");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(c -> c.algorithmHyperParameters(params)));
    SolutionConfig config = w.describeSolution(solution).solutionConfig();
    assertThat(config.algorithmHyperParameters()).isEqualTo(params);
    assertThat(config.autoMLConfig().recipeList()).containsExactly(HRNN);
  }

  @Test
  void recipes_of_every_type_can_back_a_plain_solution() {
    String group = w.trainableGroup("g");
    w.solution("a", group, SIMS);
    w.solution("b", group, PERSONALIZED_RANKING);
    w.solution("c", group, POPULARITY_COUNT);
    assertThat(w.p.listSolutions(b -> b.datasetGroupArn(group)).solutions()).hasSize(3);
  }
}
