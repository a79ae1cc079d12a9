package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.ROLE;
import static io.personalizefake.training.TrainingWorld.USER_PERSONALIZATION;
import static io.personalizefake.training.TrainingWorld.batchJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.BatchInferenceJobConfig;
import io.personalizefake.model.BatchInferenceJobSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.S3DataConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateBatchInferenceJob's checks, the job's lifecycle, and ListBatchInferenceJobs. */
class BatchInferenceJobTest {

  private final TrainingWorld w = TrainingWorld.instant();

  @Test
  void a_job_on_an_unknown_version_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createBatchInferenceJob(batchJob("j", ARN_PREFIX + "solution/s/0badc0de").build()));
  }

  @Test
  void a_job_on_a_version_in_training_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version =
        slow.p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createBatchInferenceJob(batchJob("j", version).build()));
  }

  @Test
  void a_job_on_a_failed_version_is_refused_as_in_use() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String version = w.trained(solution);
    w.rejects(
        ResourceInUseException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).build()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::12345:role/r",
        "arn:aws:iam::123456789012:user/someone",
        "arn:aws:s3:::bucket",
        "role/PersonalizeRole",
        "arn:aws:iam::123456789012:role/bad!name"
      })
  void a_role_arn_outside_its_pattern_is_invalid(String role) {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).roleArn(role).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://bucket/in.json", "bucket/in.json", "s3://", "s3:/bucket/in.json"})
  void s3_paths_outside_their_pattern_are_invalid(String path) {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version).jobInput(i -> i.s3DataSource(s -> s.path(path))).build()));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version)
                    .jobOutput(o -> o.s3DataDestination(s -> s.path(path)))
                    .build()));
  }

  @Test
  void job_input_output_role_and_name_are_required() {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).jobInput(i -> {}).build()));
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).jobOutput(o -> {}).build()));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version)
                    .jobInput(i -> i.s3DataSource(s -> s.kmsKeyArn(null)))
                    .build()));
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).roleArn(null).build()));
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("-j", version).build()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void num_results_below_1_is_invalid(int numResults) {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).numResults(numResults).build()));
  }

  @Test
  void a_job_echoes_what_it_was_given() {
    String group = w.trainableGroup("g");
    String version = w.activeVersion(w.solution("s", group, USER_PERSONALIZATION));
    String filter = w.filter("f", group);
    String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd";
    Map<String, String> explore = Map.of("explorationWeight", "0.4");
    String arn =
        w.p
            .createBatchInferenceJob(
                batchJob("j", version)
                    .numResults(1)
                    .filterArn(filter)
                    .jobInput(
                        i -> i.s3DataSource(s -> s.path("s3://bucket/in.json").kmsKeyArn(key)))
                    .batchInferenceJobConfig(c -> c.itemExplorationConfig(explore))
                    .build())
            .batchInferenceJobArn();
    assertThat(arn).isEqualTo(ARN_PREFIX + "batch-inference-job/j");
    BatchInferenceJob job = w.describeBatchJob(arn);
    assertThat(job.jobName()).isEqualTo("j");
    assertThat(job.solutionVersionArn()).isEqualTo(version);
    assertThat(job.filterArn()).isEqualTo(filter);
    assertThat(job.numResults()).isEqualTo(1);
    assertThat(job.roleArn()).isEqualTo(ROLE);
    assertThat(job.jobInput().s3DataSource())
        .isEqualTo(S3DataConfig.builder().path("s3://bucket/in.json").kmsKeyArn(key).build());
    assertThat(job.jobOutput().s3DataDestination())
        .isEqualTo(S3DataConfig.builder().path("s3://bucket/out/j/").build());
    assertThat(job.batchInferenceJobConfig())
        .isEqualTo(BatchInferenceJobConfig.builder().itemExplorationConfig(explore).build());
    assertThat(job.status()).isEqualTo("ACTIVE");
    assertThat(job.failureReason()).isNull();
  }

  @Test
  void a_job_without_optional_members_shows_none_of_them() {
    String version = w.activeVersion("s", HRNN);
    String arn = w.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    BatchInferenceJob job = w.describeBatchJob(arn);
    assertThat(job.filterArn()).isNull();
    assertThat(job.numResults()).isNull();
    assertThat(job.batchInferenceJobConfig()).isNull();
  }

  @Test
  void item_exploration_in_a_job_needs_the_user_personalization_recipe() {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version)
                    .batchInferenceJobConfig(
                        c -> c.itemExplorationConfig(Map.of("explorationWeight", "0.4")))
                    .build()));
    w.rejects(
        InvalidInputException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version)
                    .batchInferenceJobConfig(c -> c.itemExplorationConfig(Map.of("weight", "0.4")))
                    .build()));
    String arn =
        w.p
            .createBatchInferenceJob(
                batchJob("j", version)
                    .batchInferenceJobConfig(c -> c.itemExplorationConfig(Map.of()))
                    .build())
            .batchInferenceJobArn();
    assertThat(w.describeBatchJob(arn).batchInferenceJobConfig()).isNull();
  }

  @Test
  void an_unknown_filter_is_not_found() {
    String version = w.activeVersion("s", HRNN);
    w.rejects(
        ResourceNotFoundException.class,
        () ->
            w.p.createBatchInferenceJob(
                batchJob("j", version).filterArn(ARN_PREFIX + "filter/nope").build()));
  }

  @Test
  void a_filter_of_another_dataset_group_is_invalid() {
    String version = w.activeVersion("s", HRNN);
    String otherGroup = w.trainableGroup("other");
    String filter = w.filter("f", otherGroup);
    w.rejects(
        InvalidInputException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).filterArn(filter).build()));
  }

  @Test
  void a_filter_that_is_not_active_is_refused_as_in_use() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String version = slow.activeVersion(slow.solution("s", group, HRNN));
    String filter =
        slow.p
            .createFilter(
                b ->
                    b.name("f")
                        .datasetGroupArn(group)
                        .filterExpression(
                            "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")"))
            .filterArn();
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createBatchInferenceJob(batchJob("j", version).filterArn(filter).build()));
    slow.awaitSettled(() -> slow.p.describeFilter(b -> b.filterArn(filter)).filter().status());
    slow.p.deleteFilter(b -> b.filterArn(filter));
    slow.rejects(
        ResourceInUseException.class,
        () -> slow.p.createBatchInferenceJob(batchJob("j", version).filterArn(filter).build()));
  }

  @Test
  void a_job_name_is_unique_in_the_account() {
    String version = w.activeVersion("s", HRNN);
    w.p.createBatchInferenceJob(batchJob("j", version).build());
    w.rejects(
        ResourceAlreadyExistsException.class,
        () -> w.p.createBatchInferenceJob(batchJob("j", version).numResults(3).build()));
  }

  @Test
  void a_job_runs_through_pending_and_in_progress_for_15_minutes() {
    TrainingWorld slow = TrainingWorld.realistic();
    String version = slow.activeVersion("s", HRNN);
    Instant created = slow.clock.instant();
    String arn =
        slow.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    BatchInferenceJob pending = slow.describeBatchJob(arn);
    assertThat(pending.status()).isEqualTo("CREATE PENDING");
    assertThat(pending.creationDateTime()).isEqualTo(created);
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(created);
    slow.pass(Duration.ofSeconds(10));
    assertThat(slow.describeBatchJob(arn).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMinutes(15).minusMillis(1));
    assertThat(slow.describeBatchJob(arn).status()).isEqualTo("CREATE IN_PROGRESS");
    slow.pass(Duration.ofMillis(1));
    BatchInferenceJob done = slow.describeBatchJob(arn);
    assertThat(done.status()).isEqualTo("ACTIVE");
    assertThat(done.lastUpdatedDateTime())
        .isEqualTo(created.plusSeconds(10).plus(Duration.ofMinutes(15)));
  }

  @Test
  void an_injected_failure_ends_the_job_create_failed_with_that_reason() {
    String version = w.activeVersion("s", HRNN);
    w.fake.failNext(ResourceType.BATCH_INFERENCE_JOB, "bad input");
    String arn = w.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    assertThat(w.describeBatchJob(arn).status()).isEqualTo("CREATE FAILED");
    assertThat(w.describeBatchJob(arn).failureReason()).isEqualTo("bad input");
    BatchInferenceJobSummary summary =
        w.p.listBatchInferenceJobs(b -> b.solutionVersionArn(version)).batchInferenceJobs().get(0);
    assertThat(summary.failureReason()).isEqualTo("bad input");
  }

  @Test
  void the_transitional_job_quota_counts_running_jobs() {
    TrainingWorld slow =
        TrainingWorld.of(
            b -> b.timings(Timings.realistic()).quota(Quota.TRANSITIONAL_BATCH_INFERENCE_JOBS, 2));
    String version = slow.activeVersion("s", HRNN);
    String first =
        slow.p.createBatchInferenceJob(batchJob("j1", version).build()).batchInferenceJobArn();
    slow.pass(Duration.ofMinutes(1));
    slow.p.createBatchInferenceJob(batchJob("j2", version).build());
    slow.rejects(
        LimitExceededException.class,
        () -> slow.p.createBatchInferenceJob(batchJob("j3", version).build()));
    slow.pass(Duration.ofMinutes(14).plusSeconds(10));
    assertThat(slow.describeBatchJob(first).status()).isEqualTo("ACTIVE");
    assertThat(
            slow.p.createBatchInferenceJob(batchJob("j3", version).build()).batchInferenceJobArn())
        .endsWith("/j3");
  }

  @Test
  void failed_and_finished_jobs_do_not_count_toward_the_transitional_quota() {
    TrainingWorld small =
        TrainingWorld.of(b -> b.quota(Quota.TRANSITIONAL_BATCH_INFERENCE_JOBS, 1));
    String version = small.activeVersion("s", HRNN);
    small.fake.failNext(ResourceType.BATCH_INFERENCE_JOB, "bad input");
    for (int i = 0; i < 4; i++) {
      String name = "j" + i;
      small.p.createBatchInferenceJob(batchJob(name, version).build());
    }
    assertThat(small.p.listBatchInferenceJobs(b -> b.maxResults(10)).batchInferenceJobs())
        .hasSize(4);
  }

  @Test
  void jobs_stay_describable_and_listable_after_their_solution_is_deleted() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    String arn = w.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    BatchInferenceJob before = w.describeBatchJob(arn);
    w.p.deleteSolution(b -> b.solutionArn(solution));
    assertThat(w.p.listSolutions(b -> b.maxResults(10)).solutions()).isEmpty();
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.describeSolutionVersion(b -> b.solutionVersionArn(version)));
    assertThat(w.describeBatchJob(arn)).isEqualTo(before);
    assertThat(w.p.listBatchInferenceJobs(b -> b.solutionVersionArn(version)).batchInferenceJobs())
        .extracting(BatchInferenceJobSummary::batchInferenceJobArn)
        .containsExactly(arn);
    assertThat(w.p.listBatchInferenceJobs(b -> b.maxResults(10)).batchInferenceJobs())
        .extracting(BatchInferenceJobSummary::batchInferenceJobArn)
        .containsExactly(arn);
  }

  @Test
  void list_jobs_by_version_and_all() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String v1 = w.activeVersion(solution);
    String v2 = w.activeVersion(solution);
    String a = w.p.createBatchInferenceJob(batchJob("a", v1).build()).batchInferenceJobArn();
    w.pass(Duration.ofSeconds(1));
    String b = w.p.createBatchInferenceJob(batchJob("b", v2).build()).batchInferenceJobArn();
    w.pass(Duration.ofSeconds(1));
    String c = w.p.createBatchInferenceJob(batchJob("c", v1).build()).batchInferenceJobArn();
    assertThat(w.p.listBatchInferenceJobs(x -> x.solutionVersionArn(v1)).batchInferenceJobs())
        .extracting(BatchInferenceJobSummary::batchInferenceJobArn)
        .containsExactly(c, a);
    assertThat(w.p.listBatchInferenceJobs(x -> x.solutionVersionArn(v2)).batchInferenceJobs())
        .extracting(BatchInferenceJobSummary::batchInferenceJobArn)
        .containsExactly(b);
    assertThat(w.p.listBatchInferenceJobs(x -> x.maxResults(100)).batchInferenceJobs())
        .extracting(BatchInferenceJobSummary::batchInferenceJobArn)
        .containsExactly(c, b, a);
    assertThat(
            w.p
                .listBatchInferenceJobs(x -> x.solutionVersionArn(solution + "/0badc0de"))
                .batchInferenceJobs())
        .isEmpty();
    BatchInferenceJobSummary summary =
        w.p.listBatchInferenceJobs(x -> x.solutionVersionArn(v2)).batchInferenceJobs().get(0);
    BatchInferenceJob described = w.describeBatchJob(b);
    assertThat(summary.jobName()).isEqualTo("b");
    assertThat(summary.solutionVersionArn()).isEqualTo(v2);
    assertThat(summary.status()).isEqualTo(described.status());
    assertThat(summary.creationDateTime()).isEqualTo(described.creationDateTime());
    assertThat(summary.lastUpdatedDateTime()).isEqualTo(described.lastUpdatedDateTime());
  }
}
