package io.personalizefake.training;

import static io.personalizefake.training.TrainingWorld.ARN_PREFIX;
import static io.personalizefake.training.TrainingWorld.HRNN;
import static io.personalizefake.training.TrainingWorld.batchJob;
import static io.personalizefake.training.TrainingWorld.readAllPages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.personalizefake.config.Timings;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.BatchInferenceJobSummary;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionSummary;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.SolutionVersionSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ListSolutions, ListSolutionVersions, ListCampaigns, ListBatchInferenceJobs: filters and pages.
 */
class TrainingListingTest {

  private final TrainingWorld w = TrainingWorld.instant();

  @Test
  void list_solutions_by_dataset_group_and_all_newest_first() {
    String g1 = w.trainableGroup("g1");
    String g2 = w.trainableGroup("g2");
    String a = w.solution("a", g1, HRNN);
    w.pass(Duration.ofSeconds(1));
    String b = w.solution("b", g2, HRNN);
    w.pass(Duration.ofSeconds(1));
    String c = w.solution("c", g1, HRNN);
    assertThat(w.p.listSolutions(x -> x.datasetGroupArn(g1)).solutions())
        .extracting(SolutionSummary::solutionArn)
        .containsExactly(c, a);
    assertThat(w.p.listSolutions(x -> x.datasetGroupArn(g2)).solutions())
        .extracting(SolutionSummary::solutionArn)
        .containsExactly(b);
    assertThat(w.p.listSolutions(x -> x.maxResults(100)).solutions())
        .extracting(SolutionSummary::solutionArn)
        .containsExactly(c, b, a);
    assertThat(
            w.p
                .listSolutions(x -> x.datasetGroupArn(ARN_PREFIX + "dataset-group/nope"))
                .solutions())
        .isEmpty();
    assertThat(w.p.listSolutions(x -> x.maxResults(100)).nextToken()).isNull();
  }

  @Test
  void list_solutions_summaries_agree_with_describe_in_every_state() {
    TrainingWorld slow = TrainingWorld.realistic();
    String group = slow.trainableGroup("g");
    String active = slow.solution("active", group, HRNN);
    String pending =
        slow.p
            .createSolution(b -> b.name("pending").datasetGroupArn(group).recipeArn(HRNN))
            .solutionArn();
    slow.p.deleteSolution(b -> b.solutionArn(active));
    List<SolutionSummary> summaries =
        slow.p.listSolutions(b -> b.datasetGroupArn(group)).solutions();
    assertThat(summaries).extracting(SolutionSummary::solutionArn).containsExactly(pending, active);
    for (SolutionSummary summary : summaries) {
      Solution s = slow.describeSolution(summary.solutionArn());
      assertThat(summary)
          .isEqualTo(
              SolutionSummary.builder()
                  .name(s.name())
                  .solutionArn(s.solutionArn())
                  .status(s.status())
                  .creationDateTime(s.creationDateTime())
                  .lastUpdatedDateTime(s.lastUpdatedDateTime())
                  .build());
    }
    assertThat(summaries)
        .extracting(SolutionSummary::status)
        .containsExactly("CREATE PENDING", "DELETE PENDING");
  }

  @Test
  void list_solution_versions_by_solution_and_all() {
    String group = w.trainableGroup("g");
    String a = w.solution("a", group, HRNN);
    String b = w.solution("b", group, HRNN);
    String a1 = w.activeVersion(a);
    w.pass(Duration.ofSeconds(1));
    String b1 = w.activeVersion(b);
    w.pass(Duration.ofSeconds(1));
    w.fake.failNext(ResourceType.SOLUTION_VERSION, "injected");
    String a2 = w.trained(a);
    assertThat(w.p.listSolutionVersions(x -> x.solutionArn(a)).solutionVersions())
        .extracting(SolutionVersionSummary::solutionVersionArn)
        .containsExactly(a2, a1);
    assertThat(w.p.listSolutionVersions(x -> x.solutionArn(b)).solutionVersions())
        .extracting(SolutionVersionSummary::solutionVersionArn)
        .containsExactly(b1);
    assertThat(w.p.listSolutionVersions(x -> x.maxResults(100)).solutionVersions())
        .extracting(SolutionVersionSummary::solutionVersionArn)
        .containsExactly(a2, b1, a1);
    SolutionVersionSummary failed =
        w.p.listSolutionVersions(x -> x.solutionArn(a)).solutionVersions().get(0);
    SolutionVersion described = w.describeVersion(a2);
    assertThat(failed)
        .isEqualTo(
            SolutionVersionSummary.builder()
                .solutionVersionArn(a2)
                .status("CREATE FAILED")
                .failureReason("injected")
                .creationDateTime(described.creationDateTime())
                .lastUpdatedDateTime(described.lastUpdatedDateTime())
                .build());
  }

  @Test
  void list_solution_versions_of_an_unknown_solution_is_not_found() {
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.listSolutionVersions(b -> b.solutionArn(ARN_PREFIX + "solution/nope")));
    String group = w.trainableGroup("g");
    String campaignLike = ARN_PREFIX + "campaign/s";
    w.solution("s", group, HRNN);
    w.rejects(
        ResourceNotFoundException.class,
        () -> w.p.listSolutionVersions(b -> b.solutionArn(campaignLike)));
  }

  @Test
  void list_solution_versions_of_a_solution_without_versions_is_empty() {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    var response = w.p.listSolutionVersions(b -> b.solutionArn(solution));
    assertThat(response.solutionVersions()).isEmpty();
    assertThat(response.nextToken()).isNull();
  }

  // ---- pagination

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void pages_of_solutions_give_each_solution_once_in_list_order(int pageSize) {
    String group = w.trainableGroup("g");
    String other = w.trainableGroup("other");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      created.add(0, w.solution("s" + n, group, HRNN));
      w.solution("o" + n, other, HRNN);
      w.pass(Duration.ofSeconds(1));
    }
    List<String> paged =
        readAllPages(
            pageSize,
            t -> w.p.listSolutions(b -> b.datasetGroupArn(group).maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r -> r.solutions().stream().map(SolutionSummary::solutionArn).toList());
    assertThat(paged).isEqualTo(created);
    List<String> all =
        readAllPages(
            pageSize,
            t -> w.p.listSolutions(b -> b.maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r -> r.solutions().stream().map(SolutionSummary::solutionArn).toList());
    assertThat(all).hasSize(10).doesNotHaveDuplicates().containsAll(created);
    assertThat(all)
        .isEqualTo(
            w.p.listSolutions(b -> b.maxResults(100)).solutions().stream()
                .map(SolutionSummary::solutionArn)
                .toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void pages_of_solution_versions_give_each_version_once_in_list_order(int pageSize) {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String other = w.solution("other", group, HRNN);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(0, w.activeVersion(solution));
      w.activeVersion(other);
      w.pass(Duration.ofSeconds(1));
    }
    List<String> paged =
        readAllPages(
            pageSize,
            t ->
                w.p.listSolutionVersions(
                    b -> b.solutionArn(solution).maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r ->
                r.solutionVersions().stream()
                    .map(SolutionVersionSummary::solutionVersionArn)
                    .toList());
    assertThat(paged).isEqualTo(created);
    List<String> all =
        readAllPages(
            pageSize,
            t -> w.p.listSolutionVersions(b -> b.maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r ->
                r.solutionVersions().stream()
                    .map(SolutionVersionSummary::solutionVersionArn)
                    .toList());
    assertThat(all).hasSize(10).doesNotHaveDuplicates().containsAll(created);
  }

  @Test
  void pages_of_solution_versions_created_at_the_same_instant_follow_the_arn_order() {
    String group = w.trainableGroup("g");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      created.add(w.activeVersion(w.solution("s" + i, group, HRNN)));
    }
    List<String> paged =
        readAllPages(
            1,
            t -> w.p.listSolutionVersions(b -> b.maxResults(1).nextToken(t)),
            r -> r.nextToken(),
            r ->
                r.solutionVersions().stream()
                    .map(SolutionVersionSummary::solutionVersionArn)
                    .toList());
    assertThat(paged).isEqualTo(created.stream().sorted().toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void pages_of_campaigns_give_each_campaign_once_in_list_order(int pageSize) {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(0, w.campaign("c" + i, version));
      w.pass(Duration.ofSeconds(1));
    }
    List<String> bySolution =
        readAllPages(
            pageSize,
            t -> w.p.listCampaigns(b -> b.solutionArn(solution).maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r -> r.campaigns().stream().map(CampaignSummary::campaignArn).toList());
    assertThat(bySolution).isEqualTo(created);
    List<String> all =
        readAllPages(
            pageSize,
            t -> w.p.listCampaigns(b -> b.maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r -> r.campaigns().stream().map(CampaignSummary::campaignArn).toList());
    assertThat(all).isEqualTo(created);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void pages_of_batch_inference_jobs_give_each_job_once_in_list_order(int pageSize) {
    String group = w.trainableGroup("g");
    String solution = w.solution("s", group, HRNN);
    String version = w.activeVersion(solution);
    String otherVersion = w.activeVersion(solution);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(
          0,
          w.p.createBatchInferenceJob(batchJob("j" + i, version).build()).batchInferenceJobArn());
      w.p.createBatchInferenceJob(batchJob("o" + i, otherVersion).build());
      w.pass(Duration.ofSeconds(1));
    }
    List<String> byVersion =
        readAllPages(
            pageSize,
            t ->
                w.p.listBatchInferenceJobs(
                    b -> b.solutionVersionArn(version).maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r ->
                r.batchInferenceJobs().stream()
                    .map(BatchInferenceJobSummary::batchInferenceJobArn)
                    .toList());
    assertThat(byVersion).isEqualTo(created);
    List<String> all =
        readAllPages(
            pageSize,
            t -> w.p.listBatchInferenceJobs(b -> b.maxResults(pageSize).nextToken(t)),
            r -> r.nextToken(),
            r ->
                r.batchInferenceJobs().stream()
                    .map(BatchInferenceJobSummary::batchInferenceJobArn)
                    .toList());
    assertThat(all).hasSize(10).doesNotHaveDuplicates().containsAll(created);
  }

  @Test
  void pages_stay_stable_when_solutions_are_created_between_calls() {
    String group = w.trainableGroup("g");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      created.add(0, w.solution("s" + i, group, HRNN));
      w.pass(Duration.ofSeconds(1));
    }
    var first = w.p.listSolutions(b -> b.datasetGroupArn(group).maxResults(2));
    w.solution("newer", group, HRNN);
    var second =
        w.p.listSolutions(b -> b.datasetGroupArn(group).maxResults(2).nextToken(first.nextToken()));
    List<String> seen = new ArrayList<>();
    first.solutions().forEach(s -> seen.add(s.solutionArn()));
    second.solutions().forEach(s -> seen.add(s.solutionArn()));
    assertThat(seen).isEqualTo(created);
  }

  @Test
  void a_token_is_refused_by_another_list_or_another_filter() {
    String group = w.trainableGroup("g");
    String a = w.solution("a", group, HRNN);
    String b = w.solution("b", group, HRNN);
    for (int i = 0; i < 3; i++) {
      w.activeVersion(a);
      w.activeVersion(b);
    }
    String token = w.p.listSolutionVersions(x -> x.solutionArn(a).maxResults(1)).nextToken();
    assertThat(token).isNotNull();
    w.rejects(
        InvalidNextTokenException.class,
        () -> w.p.listSolutionVersions(x -> x.solutionArn(b).maxResults(1).nextToken(token)));
    w.rejects(
        InvalidNextTokenException.class,
        () -> w.p.listSolutionVersions(x -> x.maxResults(1).nextToken(token)));
    w.rejects(
        InvalidNextTokenException.class,
        () -> w.p.listSolutions(x -> x.maxResults(1).nextToken(token)));
    w.rejects(
        InvalidNextTokenException.class,
        () -> w.p.listCampaigns(x -> x.solutionArn(a).nextToken(token)));
    w.rejects(
        InvalidNextTokenException.class,
        () -> w.p.listBatchInferenceJobs(x -> x.nextToken("not-a-token")));
    assertThat(
            w.p
                .listSolutionVersions(x -> x.solutionArn(a).maxResults(1).nextToken(token))
                .solutionVersions())
        .hasSize(1);
  }

  @Test
  void lists_include_resources_in_transitional_and_deleting_states() {
    TrainingWorld slow = TrainingWorld.of(b -> b.timings(Timings.realistic()));
    String group = slow.trainableGroup("g");
    String solution = slow.solution("s", group, HRNN);
    String version = slow.activeVersion(solution);
    String campaign = slow.campaign("c", version);
    slow.p.deleteCampaign(b -> b.campaignArn(campaign));
    String job =
        slow.p.createBatchInferenceJob(batchJob("j", version).build()).batchInferenceJobArn();
    assertThat(slow.p.listCampaigns(b -> b.solutionArn(solution)).campaigns())
        .extracting(CampaignSummary::status)
        .containsExactly("DELETE PENDING");
    assertThat(
            slow.p.listBatchInferenceJobs(b -> b.solutionVersionArn(version)).batchInferenceJobs())
        .extracting(
            BatchInferenceJobSummary::batchInferenceJobArn, BatchInferenceJobSummary::status)
        .containsExactly(tuple(job, "CREATE PENDING"));
  }
}
