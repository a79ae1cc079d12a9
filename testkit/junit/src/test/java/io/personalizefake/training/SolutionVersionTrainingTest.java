package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.HRNN_COLDSTART;
import static io.personalizefake.training.TrainingWorld.SIMS;
import static io.personalizefake.training.TrainingWorld.USER_PERSONALIZATION;
import static io.personalizefake.training.TrainingWorld.categoricalRange;
import static io.personalizefake.training.TrainingWorld.continuousRange;
import static io.personalizefake.training.TrainingWorld.intRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Training;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import io.personalizefake.model.SolutionVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CreateSolutionVersion's checks, the simulated training, and deterministic identifiers. */
class SolutionVersionTrainingTest {

  private final TrainingWorld w = TrainingWorld.instant();

  @Test
  void a_version_of_an_unknown_solution_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.createSolutionVersion(b -> b.solutionArn(ARN_PREFIX + "solution/nope")));
  }

  @Test
  void a_version_of_a_solution_still_being_created_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        slow.p
            .createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN))
            .solutionArn();
    assertThat(slow.describeSolution(solution).status()).isEqualTo("CREATE PENDING");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeSolution(solution).status()).isEqualTo("ACTIVE");
    assertThat(slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn())
        .startsWith(solution + "/");
  }

  @Test
  void a_version_of_a_solution_being_deleted_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    slow.p.deleteSolution(b -> b.solutionArn(solution));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
  }

  @Test
  void training_without_an_imported_interactions_dataset_ends_create_failed_naming_the_cause() {
    String group = w.group("g");
    w.interactions(group);
    String solution = w.solution("s", group, HRNN);
    String version = w.trained(solution);
    SolutionVersion v = w.describeVersion(version);
    assertThat(v.status()).isEqualTo("CREATE FAILED");
    assertThat(v.failureReason())
        .containsIgnoringCase("interactions")
        .containsIgnoringCase("import");
    assertThat(v.trainingHours()).isNull();
  }

  @Test
  void training_whose_only_import_job_failed_ends_create_failed() {
    String group = w.group("g");
    String dataset = w.interactions(group);
    w.fake.failNext(ResourceType.DATASET_IMPORT_JOB, "bad csv");
    w.importInto(dataset);
    String solution = w.solution("s", group, HRNN);
    SolutionVersion v = w.describeVersion(w.trained(solution));
    assertThat(v.status()).isEqualTo("CREATE FAILED");
    assertThat(v.failureReason()).containsIgnoringCase("import");
    // once data is imported, the next version trains
    w.importInto(dataset);
    assertThat(w.describeVersion(w.trained(solution)).status()).isEqualTo("ACTIVE");
  }

  @Test
  void a_version_of_a_solution_whose_interactions_dataset_is_being_deleted_is_invalid() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String dataset =
        slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().get(0).datasetArn();
    slow.p.deleteDataset(b -> b.datasetArn(dataset));
    slow.rejects(
        InvalidInputException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
    // a fresh Interactions dataset with imported data makes the solution trainable again
    slow.awaitGone(() -> !slow.p.listDatasets(b -> b.datasetGroupArn(group)).datasets().isEmpty());
    slow.importInto(slow.interactions(group));
    assertThat(slow.describeVersion(slow.trained(solution)).status()).isEqualTo("ACTIVE");
  }

  @Test
  void update_training_needs_an_active_full_version() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, USER_PERSONALIZATION);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolutionVersion(b -> b.solutionArn(solution).trainingMode("UPDATE")));
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    assertThat(w.describeVersion(w.trained(solution)).status()).isEqualTo("CREATE FAILED");
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolutionVersion(b -> b.solutionArn(solution).trainingMode("UPDATE")));
    w.activeVersion(solution);
    String update =
        w.p
            .createSolutionVersion(b -> b.solutionArn(solution).trainingMode("UPDATE"))
            .solutionVersionArn();
    SolutionVersion v = w.describeVersion(update);
    assertThat(v.trainingMode()).isEqualTo("UPDATE");
    assertThat(v.status()).isEqualTo("ACTIVE");
  }

  @Test
  void update_training_works_with_hrnn_coldstart() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN_COLDSTART);
    w.activeVersion(solution);
    String update =
        w.p
            .createSolutionVersion(b -> b.solutionArn(solution).trainingMode("UPDATE"))
            .solutionVersionArn();
    assertThat(w.describeVersion(update).trainingMode()).isEqualTo("UPDATE");
  }

  @Test
  void update_training_with_another_recipe_is_invalid() {
    String group = w.trainableGroup("g");
    for (String recipe : List.of(HRNN, SIMS)) {
      String solution =
          w.solution("s-" + recipe.substring(recipe.lastIndexOf('/') + 5), group, recipe);
      w.activeVersion(solution);
      w.rejects(
          InvalidInputException.class,
          () -> w.p.createSolutionVersion(b -> b.solutionArn(solution).trainingMode("UPDATE")));
    }
  }

  @Test
  void update_training_of_automl_follows_the_recipe_automl_chose() {
    String group = w.trainableGroup("g");
    String hrnn = w.solution(b -> b.name("automl-hrnn").datasetGroupArn(group).performAutoML(true));
    w.activeVersion(hrnn);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolutionVersion(b -> b.solutionArn(hrnn).trainingMode("UPDATE")));
    String up =
        w.solution(
            b ->
                b.name("automl-up")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(
                        c -> c.autoMLConfig(a -> a.recipeList(List.of(USER_PERSONALIZATION)))));
    w.activeVersion(up);
    assertThat(
            w.p
                .createSolutionVersion(b -> b.solutionArn(up).trainingMode("UPDATE"))
                .solutionVersionArn())
        .startsWith(up);
  }

  @Test
  void an_unknown_training_mode_is_invalid() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, USER_PERSONALIZATION);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createSolutionVersion(b -> b.solutionArn(solution).trainingMode("update")));
  }

  @Test
  void a_second_version_while_one_trains_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String first = slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
    slow.pass(Duration.ofMinutes(5));
    assertThat(slow.describeVersion(first).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createSolutionVersion(b -> b.solutionArn(solution)));
    slow.awaitSettled(() -> slow.describeVersion(first).status());
    assertThat(slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn())
        .isNotEqualTo(first);
  }

  @Test
  void the_transitional_version_quota_counts_versions_in_training() {
    TrainingWorld slow =
        TrainingWorld.of(
            b -> b.timings(Timings.realistic()).quota(Quota.TRANSITIONAL_SOLUTION_VERSIONS, 2));
    String group = slow.trainableGroup("g");
    String a = slow.solution("a", group, HRNN);
    String b2 = slow.solution("b", group, HRNN);
    String c = slow.solution("c", group, HRNN);
    String first = slow.p.createSolutionVersion(b -> b.solutionArn(a)).solutionVersionArn();
    slow.p.createSolutionVersion(b -> b.solutionArn(b2));
    slow.rejects(
        LimitExceededException.class, () -> slow.p.createSolutionVersion(b -> b.solutionArn(c)));
    slow.awaitSettled(() -> slow.describeVersion(first).status());
    assertThat(slow.p.createSolutionVersion(b -> b.solutionArn(c)).solutionVersionArn())
        .startsWith(c + "/");
  }

  @Test
  void a_version_copies_the_configuration_of_its_solution() {
    String group = w.trainableGroup("g");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(USER_PERSONALIZATION)
                    .performHPO(true)
                    .eventType("click")
                    .solutionConfig(
                        c ->
                            c.eventValueThreshold("0.2")
                                .algorithmHyperParameters(Map.of("bptt", "16"))
                                .featureTransformationParameters(
                                    Map.of("max_user_history_length_percentile", "0.9"))
                                .hpoConfig(
                                    h ->
                                        h.hpoObjective(
                                                o ->
                                                    o.metricName("precision_at_25")
                                                        .type("Maximize"))
                                            .hpoResourceConfig(
                                                r ->
                                                    r.maxNumberOfTrainingJobs("4")
                                                        .maxParallelTrainingJobs("2")))));
    Solution s = w.describeSolution(solution);
    String version = w.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    SolutionVersion v = w.describeVersion(version);
    assertThat(v.solutionVersionArn()).isEqualTo(version);
    assertThat(v.solutionArn()).isEqualTo(solution);
    assertThat(v.datasetGroupArn()).isEqualTo(s.datasetGroupArn());
    assertThat(v.eventType()).isEqualTo("click");
    assertThat(v.performAutoML()).isEqualTo(s.performAutoML()).isFalse();
    assertThat(v.performHPO()).isEqualTo(s.performHPO()).isTrue();
    assertThat(v.recipeArn()).isEqualTo(USER_PERSONALIZATION);
    assertThat(v.solutionConfig()).isEqualTo(s.solutionConfig());
    assertThat(v.trainingMode()).isEqualTo("FULL");
  }

  @Test
  void a_plain_version_shows_its_solution_config_as_empty_and_no_event_type() {
    String group = w.trainableGroup("g");
    String version = w.activeVersion(w.solution("s", group, HRNN));
    SolutionVersion v = w.describeVersion(version);
    assertThat(v.solutionConfig()).isEqualTo(SolutionConfig.builder().build());
    assertThat(v.eventType()).isNull();
    assertThat(v.performAutoML()).isFalse();
    assertThat(v.performHPO()).isFalse();
    assertThat(v.tunedHPOParams()).isNull();
    assertThat(v.failureReason()).isNull();
  }

  @Test
  void training_hours_appear_only_once_the_version_is_active() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    assertThat(slow.describeVersion(version).trainingHours()).isNull();
    slow.pass(Duration.ofMinutes(10));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeVersion(version).trainingHours()).isNull();
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    assertThat(slow.describeVersion(version).status()).isEqualTo("ACTIVE");
    assertThat(slow.describeVersion(version).trainingHours()).isEqualTo(1.0);
  }

  @Test
  void tuned_hpo_params_overlay_the_lowest_value_of_each_range_on_the_hyperparameters() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        slow.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(HRNN)
                    .performHPO(true)
                    .solutionConfig(
                        c ->
                            c.algorithmHyperParameters(
                                    Map.of(
                                        "hidden_dimension",
                                        "100",
                                        "bptt",
                                        "20",
                                        "recency_mask",
                                        "true"))
                                .hpoConfig(
                                    h ->
                                        h.algorithmHyperParameterRanges(
                                            r ->
                                                r.addIntegerHyperParameterRanges(
                                                        intRange("hidden_dimension", 64, 256))
                                                    .addContinuousHyperParameterRanges(
                                                        continuousRange("dropout", 0.25, 0.75))
                                                    .addCategoricalHyperParameterRanges(
                                                        categoricalRange(
                                                            "recency_mask", "false", "true"))))));
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.pass(Duration.ofMinutes(20));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeVersion(version).tunedHPOParams()).isNull();
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    SolutionVersion v = slow.describeVersion(version);
    assertThat(v.status()).isEqualTo("ACTIVE");
    assertThat(v.tunedHPOParams().algorithmHyperParameters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "hidden_dimension",
                "64",
                "bptt",
                "20",
                "recency_mask",
                "false",
                "dropout",
                "0.25"));
    // the solution itself keeps what it was given
    assertThat(slow.describeSolution(solution).solutionConfig().algorithmHyperParameters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("hidden_dimension", "100", "bptt", "20", "recency_mask", "true"));
  }

  @Test
  void a_version_without_hpo_has_no_tuned_hpo_params_even_with_ranges() {
    String group = w.trainableGroup("g");
    String solution =
        w.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .recipeArn(HRNN)
                    .solutionConfig(
                        c ->
                            c.hpoConfig(
                                h ->
                                    h.algorithmHyperParameterRanges(
                                        r ->
                                            r.addIntegerHyperParameterRanges(
                                                intRange("bptt", 2, 32))))));
    assertThat(w.describeVersion(w.activeVersion(solution)).tunedHPOParams()).isNull();
  }

  @Test
  void an_automl_version_shows_its_recipe_only_once_active_as_the_first_of_the_recipe_list() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        slow.solution(
            b ->
                b.name("s")
                    .datasetGroupArn(group)
                    .performAutoML(true)
                    .solutionConfig(
                        c -> c.autoMLConfig(a -> a.recipeList(List.of(HRNN_COLDSTART, HRNN)))));
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    assertThat(slow.describeVersion(version).recipeArn()).isNull();
    assertThat(slow.describeVersion(version).performAutoML()).isTrue();
    slow.pass(Duration.ofMinutes(60));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeVersion(version).recipeArn()).isNull();
    slow.awaitSettled(() -> slow.describeVersion(version).status());
    assertThat(slow.describeVersion(version).recipeArn()).isEqualTo(HRNN_COLDSTART);
  }

  @ParameterizedTest
  @EnumSource(Training.class)
  void realistic_training_takes_20_40_or_90_minutes(Training kind) {
    Duration expected =
        switch (kind) {
          case PLAIN -> Duration.ofMinutes(20);
          case HPO -> Duration.ofMinutes(40);
          case AUTOML -> Duration.ofMinutes(90);
        };
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution =
        switch (kind) {
          case PLAIN -> slow.solution("s", group, HRNN);
          case HPO ->
              slow.solution(
                  b -> b.name("s").datasetGroupArn(group).recipeArn(HRNN).performHPO(true));
          case AUTOML -> slow.solution(b -> b.name("s").datasetGroupArn(group).performAutoML(true));
        };
    Instant created = slow.clock.instant();
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE PENDING");
    assertThat(slow.describeVersion(version).creationDateTime()).isEqualTo(created);

    slow.pass(Duration.ofSeconds(10));
    SolutionVersion training = slow.describeVersion(version);
    assertThat(training.status()).isEqualTo("CREATE IN_PROGRESS");
    Instant started = training.lastUpdatedDateTime();
    assertThat(started).isEqualTo(created.plusSeconds(10));

    slow.pass(expected.minusMillis(1));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMillis(1));
    SolutionVersion done = slow.describeVersion(version);
    assertThat(done.status()).isEqualTo("ACTIVE");
    assertThat(done.lastUpdatedDateTime()).isEqualTo(started.plus(expected));
  }

  @Test
  void a_late_read_records_the_due_time_of_the_end_of_training() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    Instant created = slow.clock.instant();
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.pass(Duration.ofHours(5));
    SolutionVersion v = slow.describeVersion(version);
    assertThat(v.status()).isEqualTo("ACTIVE");
    assertThat(v.lastUpdatedDateTime())
        .isEqualTo(created.plusSeconds(10).plus(Duration.ofMinutes(20)));
    assertThat(v.creationDateTime()).isEqualTo(created);
  }

  @Test
  void an_injected_failure_ends_the_next_version_create_failed_with_that_reason() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "out of capacity", 2);
    for (int i = 0; i < 2; i++) {
      SolutionVersion failed = w.describeVersion(w.trained(solution));
      assertThat(failed.status()).isEqualTo("CREATE FAILED");
      assertThat(failed.failureReason()).isEqualTo("out of capacity");
      assertThat(failed.trainingHours()).isNull();
    }
    SolutionVersion next = w.describeVersion(w.trained(solution));
    assertThat(next.status()).isEqualTo("ACTIVE");
    assertThat(next.failureReason()).isNull();
  }

  @Test
  void an_injected_failure_shows_only_at_the_end_of_training() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    slow.fake.failNext(ResourceType.SOLUTION_VERSION, "boom");
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.pass(Duration.ofMinutes(10));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(slow.describeVersion(version).failureReason()).isNull();
    slow.pass(Duration.ofMinutes(11));
    assertThat(slow.describeVersion(version).status()).isEqualTo("CREATE FAILED");
    assertThat(slow.describeVersion(version).failureReason()).isEqualTo("boom");
  }

  // ---- determinism

  /** The same seed, calls and clock moves give the same version ARNs and Describe results. */
  @Test
  void the_same_seed_calls_and_clock_moves_give_the_same_versions() {
    List<Object> first = scriptedRun(11, false);
    List<Object> second = scriptedRun(11, false);
    assertThat(second).isEqualTo(first);
    @SuppressWarnings("unchecked")
    List<String> arns = (List<String>) first.get(0);
    assertThat(arns).hasSize(4).doesNotHaveDuplicates();
    assertThat(arns)
        .allMatch(
            a ->
                a.matches("arn:aws:personalize:us-east-1:123456789012:solution/s[12]/[0-9a-f]{8}"));
  }

  @Test
  void refused_calls_draw_no_identifier() {
    assertThat(scriptedRun(11, true)).isEqualTo(scriptedRun(11, false));
  }

  @Test
  void another_seed_gives_other_version_ids() {
    assertThat(scriptedRun(12, false).get(0)).isNotEqualTo(scriptedRun(11, false).get(0));
  }

  /**
   * Creates four versions on two solutions with realistic timings; returns their ARNs and
   * Describes.
   */
  private static List<Object> scriptedRun(long seed, boolean withRefusals) {
    TrainingWorld run = TrainingWorld.seeded(seed, b -> b.timings(Timings.realistic()));
    String group = run.trainableGroup("g");
    String s1 = run.solution("s1", group, USER_PERSONALIZATION);
    String s2 =
        run.solution(b -> b.name("s2").datasetGroupArn(group).performAutoML(true).performHPO(true));
    List<String> arns = new ArrayList<>();
    Consumer<String> create =
        s -> arns.add(run.p.createSolutionVersion(b -> b.solutionArn(s)).solutionVersionArn());
    if (withRefusals) {
      run.rejects(
          InvalidInputException.class,
          () -> run.p.createSolutionVersion(b -> b.solutionArn(s1).trainingMode("UPDATE")));
    }
    create.accept(s1);
    run.pass(Duration.ofMinutes(3));
    create.accept(s2);
    if (withRefusals) {
      run.rejects(
          ResourceInUseException.class, () -> run.p.createSolutionVersion(b -> b.solutionArn(s2)));
    }
    run.pass(Duration.ofMinutes(30));
    create.accept(s1);
    run.pass(Duration.ofHours(2));
    create.accept(s2);
    run.pass(Duration.ofMinutes(7));
    List<Object> result = new ArrayList<>();
    result.add(arns);
    for (String arn : arns) {
      result.add(run.describeVersion(arn));
    }
    result.add(run.describeSolution(s1));
    result.add(run.describeSolution(s2));
    result.add(run.p.listSolutionVersions(b -> b.maxResults(100)).solutionVersions());
    return result;
  }
}
