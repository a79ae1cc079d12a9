package io.personalizefake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CategoricalHyperParameterRange;
import io.personalizefake.model.ContinuousHyperParameterRange;
import io.personalizefake.model.CreateBatchInferenceJobRequest;
import io.personalizefake.model.CreateSolutionRequest;
import io.personalizefake.model.IntegerHyperParameterRange;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * One fake for one test of the training side (solutions, solution versions, campaigns, batch
 * inference jobs), with a frozen clock, a fixed seed and short ways to build the data side a
 * solution needs. {@link #rejects} checks that a refused call throws exactly the expected type and
 * leaves every resource as it was.
 */
final class TrainingWorld {

  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final Instant START = Instant.parse("2021-01-22T10:00:00Z");
  static final String RECIPES = "arn:aws:personalize:::recipe/";
  static final String USER_PERSONALIZATION = RECIPES + "aws-user-personalization";
  static final String HRNN = RECIPES + "aws-hrnn";
  static final String HRNN_METADATA = RECIPES + "aws-hrnn-metadata";
  static final String HRNN_COLDSTART = RECIPES + "aws-hrnn-coldstart";
  static final String POPULARITY_COUNT = RECIPES + "aws-popularity-count";
  static final String PERSONALIZED_RANKING = RECIPES + "aws-personalized-ranking";
  static final String SIMS = RECIPES + "aws-sims";
  static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/PersonalizeRole";
  static final String ARN_PREFIX = "arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":";

  static final String INTERACTIONS_SCHEMA =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"},"
          + "{\"name\":\"EVENT_TYPE\",\"type\":\"string\"},{\"name\":\"TIMESTAMP\",\"type\":\"long\"}]}";
  static final String ITEMS_SCHEMA =
      "{\"type\":\"record\",\"name\":\"Items\",\"fields\":["
          + "{\"name\":\"ITEM_ID\",\"type\":\"string\"},{\"name\":\"GENRE\",\"type\":\"string\",\"categorical\":true}]}";
  static final String USERS_SCHEMA =
      "{\"type\":\"record\",\"name\":\"Users\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"AGE\",\"type\":\"int\"}]}";

  private static final Set<String> TRANSITIONAL = Set.of("CREATE PENDING", "CREATE IN_PROGRESS");
  private static final Duration POLL = Duration.ofSeconds(10);
  private static final int MAX_POLLS = 6 * 360; // six hours of fake time

  final PersonalizeFake fake;
  final PersonalizeService p;
  final FakeClock clock;
  private int jobs;

  private TrainingWorld(long seed, Consumer<PersonalizeFake.Builder> config) {
    this.clock = FakeClock.frozenAt(START);
    PersonalizeFake.Builder builder = PersonalizeFake.builder().clock(clock).seed(seed);
    config.accept(builder);
    this.fake = builder.build();
    this.p = fake.service();
  }

  /** Instant timings: every create and delete is complete at the next call. */
  static TrainingWorld instant() {
    return of(b -> {});
  }

  /** Realistic timings; only {@link #pass} and {@link #awaitSettled} move time. */
  static TrainingWorld realistic() {
    return of(b -> b.timings(Timings.realistic()));
  }

  static TrainingWorld of(Consumer<PersonalizeFake.Builder> config) {
    return seeded(7, config);
  }

  static TrainingWorld seeded(long seed, Consumer<PersonalizeFake.Builder> config) {
    return new TrainingWorld(seed, config);
  }

  // ---- time

  void pass(Duration amount) {
    clock.advance(amount);
  }

  /** Moves the clock in 10 s steps until {@code status} is no longer transitional; returns it. */
  String awaitSettled(Supplier<String> status) {
    for (int i = 0; i < MAX_POLLS; i++) {
      String s = status.get();
      if (!TRANSITIONAL.contains(s)) {
        return s;
      }
      clock.advance(POLL);
    }
    return fail("still transitional after six hours of fake time");
  }

  /** Moves the clock in 10 s steps until {@code exists} turns false. */
  void awaitGone(Supplier<Boolean> exists) {
    for (int i = 0; i < MAX_POLLS; i++) {
      if (!exists.get()) {
        return;
      }
      clock.advance(POLL);
    }
    fail("still there after six hours of fake time");
  }

  // ---- data side

  String group(String name) {
    String arn = p.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
    assertThat(
            awaitSettled(
                () -> p.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status()))
        .isEqualTo("ACTIVE");
    return arn;
  }

  /** A group with an Interactions dataset that has an ACTIVE import job: ready to train. */
  String trainableGroup(String name) {
    String group = group(name);
    importInto(interactions(group));
    return group;
  }

  String interactions(String group) {
    return dataset(group, "Interactions", INTERACTIONS_SCHEMA);
  }

  String items(String group) {
    return dataset(group, "Items", ITEMS_SCHEMA);
  }

  String users(String group) {
    return dataset(group, "Users", USERS_SCHEMA);
  }

  private String dataset(String group, String type, String schemaText) {
    String schemaName = type.toLowerCase() + "-schema";
    String schemaArn = ARN_PREFIX + "schema/" + schemaName;
    boolean known =
        p.listSchemas(b -> b.maxResults(100)).schemas().stream()
            .anyMatch(s -> s.schemaArn().equals(schemaArn));
    if (!known) {
      p.createSchema(b -> b.name(schemaName).schema(schemaText));
    }
    String arn =
        p.createDataset(
                b ->
                    b.name(type.toLowerCase())
                        .datasetGroupArn(group)
                        .datasetType(type)
                        .schemaArn(schemaArn))
            .datasetArn();
    assertThat(awaitSettled(() -> p.describeDataset(b -> b.datasetArn(arn)).dataset().status()))
        .isEqualTo("ACTIVE");
    return arn;
  }

  String importInto(String dataset) {
    String name = "import-" + (++jobs);
    String arn =
        p.createDatasetImportJob(
                b ->
                    b.jobName(name)
                        .datasetArn(dataset)
                        .roleArn(ROLE)
                        .dataSource(s -> s.dataLocation("s3://bucket/" + name + ".csv")))
            .datasetImportJobArn();
    awaitSettled(
        () ->
            p.describeDatasetImportJob(b -> b.datasetImportJobArn(arn))
                .datasetImportJob()
                .status());
    return arn;
  }

  String filter(String name, String group) {
    String arn =
        p.createFilter(
                b ->
                    b.name(name)
                        .datasetGroupArn(group)
                        .filterExpression(
                            "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")"))
            .filterArn();
    assertThat(awaitSettled(() -> p.describeFilter(b -> b.filterArn(arn)).filter().status()))
        .isEqualTo("ACTIVE");
    return arn;
  }

  // ---- training side

  /** Creates a solution and waits until it is ACTIVE. */
  String solution(String name, String group, String recipe) {
    return solution(b -> b.name(name).datasetGroupArn(group).recipeArn(recipe));
  }

  String solution(Consumer<CreateSolutionRequest.Builder> request) {
    String arn = p.createSolution(request).solutionArn();
    assertThat(awaitSettled(() -> describeSolution(arn).status())).isEqualTo("ACTIVE");
    return arn;
  }

  /** Creates a version and waits until training ends; returns its ARN whatever the outcome. */
  String trained(String solution) {
    String arn = p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    awaitSettled(() -> describeVersion(arn).status());
    return arn;
  }

  /** Creates a version and waits until it is ACTIVE. */
  String activeVersion(String solution) {
    String arn = trained(solution);
    assertThat(describeVersion(arn).status()).isEqualTo("ACTIVE");
    return arn;
  }

  /** A trainable group, a solution with {@code recipe} on it and an ACTIVE version of it. */
  String activeVersion(String name, String recipe) {
    String group = trainableGroup(name + "-group");
    return activeVersion(solution(name, group, recipe));
  }

  String campaign(String name, String version) {
    String arn =
        p.createCampaign(b -> b.name(name).solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn();
    awaitSettled(() -> describeCampaign(arn).status());
    return arn;
  }

  /** A valid request for a batch inference job on {@code version}. */
  static CreateBatchInferenceJobRequest.Builder batchJob(String name, String version) {
    return CreateBatchInferenceJobRequest.builder()
        .jobName(name)
        .solutionVersionArn(version)
        .roleArn(ROLE)
        .jobInput(i -> i.s3DataSource(s -> s.path("s3://bucket/in/" + name + ".json")))
        .jobOutput(o -> o.s3DataDestination(s -> s.path("s3://bucket/out/" + name + "/")));
  }

  static IntegerHyperParameterRange intRange(String name, int min, int max) {
    return IntegerHyperParameterRange.builder().name(name).minValue(min).maxValue(max).build();
  }

  static ContinuousHyperParameterRange continuousRange(String name, double min, double max) {
    return ContinuousHyperParameterRange.builder().name(name).minValue(min).maxValue(max).build();
  }

  static CategoricalHyperParameterRange categoricalRange(String name, String... values) {
    return CategoricalHyperParameterRange.builder().name(name).values(List.of(values)).build();
  }

  Solution describeSolution(String arn) {
    return p.describeSolution(b -> b.solutionArn(arn)).solution();
  }

  SolutionVersion describeVersion(String arn) {
    return p.describeSolutionVersion(b -> b.solutionVersionArn(arn)).solutionVersion();
  }

  Campaign describeCampaign(String arn) {
    return p.describeCampaign(b -> b.campaignArn(arn)).campaign();
  }

  BatchInferenceJob describeBatchJob(String arn) {
    return p.describeBatchInferenceJob(b -> b.batchInferenceJobArn(arn)).batchInferenceJob();
  }

  // ---- rejection without change

  /**
   * Runs {@code call}, expects exactly {@code type}, and checks that every resource of the fake is
   * described exactly as before.
   */
  void rejects(Class<? extends PersonalizeFakeException> type, ThrowingCallable call) {
    List<Object> before = snapshot();
    assertThatThrownBy(call).isExactlyInstanceOf(type);
    assertThat(snapshot()).as("state after a refused call").isEqualTo(before);
  }

  /** The Describe result of every resource in the fake, in list order. */
  List<Object> snapshot() {
    List<Object> all = new ArrayList<>();
    pages(
        t -> p.listDatasetGroups(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.datasetGroups().stream()
                .map(
                    s ->
                        (Object)
                            p.describeDatasetGroup(b -> b.datasetGroupArn(s.datasetGroupArn()))
                                .datasetGroup())
                .toList(),
        all);
    pages(
        t -> p.listDatasets(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.datasets().stream()
                .map(s -> (Object) p.describeDataset(b -> b.datasetArn(s.datasetArn())).dataset())
                .toList(),
        all);
    pages(
        t -> p.listDatasetImportJobs(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.datasetImportJobs().stream()
                .map(
                    s ->
                        (Object)
                            p.describeDatasetImportJob(
                                    b -> b.datasetImportJobArn(s.datasetImportJobArn()))
                                .datasetImportJob())
                .toList(),
        all);
    pages(
        t -> p.listFilters(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.filters().stream()
                .map(s -> (Object) p.describeFilter(b -> b.filterArn(s.filterArn())).filter())
                .toList(),
        all);
    pages(
        t -> p.listSolutions(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r -> r.solutions().stream().map(s -> (Object) describeSolution(s.solutionArn())).toList(),
        all);
    pages(
        t -> p.listSolutionVersions(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.solutionVersions().stream()
                .map(s -> (Object) describeVersion(s.solutionVersionArn()))
                .toList(),
        all);
    pages(
        t -> p.listCampaigns(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r -> r.campaigns().stream().map(s -> (Object) describeCampaign(s.campaignArn())).toList(),
        all);
    pages(
        t -> p.listBatchInferenceJobs(b -> b.nextToken(t)),
        r -> r.nextToken(),
        r ->
            r.batchInferenceJobs().stream()
                .map(s -> (Object) describeBatchJob(s.batchInferenceJobArn()))
                .toList(),
        all);
    return all;
  }

  private static <R> void pages(
      Function<@Nullable String, R> call,
      Function<R, @Nullable String> next,
      Function<R, List<Object>> items,
      List<Object> into) {
    String token = null;
    do {
      R page = call.apply(token);
      into.addAll(items.apply(page));
      token = next.apply(page);
    } while (token != null);
  }

  /**
   * Reads a whole list with pages of {@code pageSize}, checking that every page but the last is
   * full and that the last has no token.
   */
  static <R, T> List<T> readAllPages(
      int pageSize,
      Function<@Nullable String, R> call,
      Function<R, @Nullable String> next,
      Function<R, List<T>> items) {
    List<T> all = new ArrayList<>();
    String token = null;
    int guard = 0;
    do {
      R page = call.apply(token);
      List<T> got = items.apply(page);
      token = next.apply(page);
      assertThat(got).hasSizeLessThanOrEqualTo(pageSize);
      if (token != null) {
        assertThat(got).as("a page followed by a token is full").hasSize(pageSize);
      }
      all.addAll(got);
      assertThat(++guard).as("pages").isLessThan(1000);
    } while (token != null);
    return all;
  }
}
