package io.personalizefake.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.wire.AwsJsonHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.model.BatchInferenceJob;
import software.amazon.awssdk.services.personalize.model.Campaign;
import software.amazon.awssdk.services.personalize.model.CreateEventTrackerResponse;
import software.amazon.awssdk.services.personalize.model.Dataset;
import software.amazon.awssdk.services.personalize.model.DatasetGroup;
import software.amazon.awssdk.services.personalize.model.DatasetGroupSummary;
import software.amazon.awssdk.services.personalize.model.DatasetImportJob;
import software.amazon.awssdk.services.personalize.model.DatasetSchema;
import software.amazon.awssdk.services.personalize.model.EventTracker;
import software.amazon.awssdk.services.personalize.model.Filter;
import software.amazon.awssdk.services.personalize.model.GetSolutionMetricsResponse;
import software.amazon.awssdk.services.personalize.model.InvalidInputException;
import software.amazon.awssdk.services.personalize.model.InvalidNextTokenException;
import software.amazon.awssdk.services.personalize.model.LimitExceededException;
import software.amazon.awssdk.services.personalize.model.ListDatasetGroupsResponse;
import software.amazon.awssdk.services.personalize.model.PersonalizeException;
import software.amazon.awssdk.services.personalize.model.Recipe;
import software.amazon.awssdk.services.personalize.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.personalize.model.ResourceInUseException;
import software.amazon.awssdk.services.personalize.model.ResourceNotFoundException;
import software.amazon.awssdk.services.personalize.model.Solution;
import software.amazon.awssdk.services.personalize.model.SolutionVersion;
import software.amazon.awssdk.services.personalize.model.TrainingMode;

/**
 * What a user of the real AWS SDK for Java v2 {@link PersonalizeClient} sees of the fake, whatever
 * carries the requests: every one of the 43 operations, every error code as its typed exception,
 * the SDK's paginators, timestamps to the millisecond, and regions kept apart. Subclasses say how a
 * client reaches a fake (in process, over HTTP).
 *
 * <p>Every fake here has a frozen {@link FakeClock} at {@link #T0} and instant timings.
 */
abstract class PersonalizeClientContract {

  static final Instant T0 = Instant.parse("2021-01-22T12:00:00.250Z");
  static final String ACCOUNT = "123456789012";
  static final String ARN = "arn:aws:personalize:us-east-1:" + ACCOUNT + ":";
  static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/personalize";
  static final String USER_PERSONALIZATION =
      "arn:aws:personalize:::recipe/aws-user-personalization";
  static final String INTERACTIONS =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"namespace\":\"com.amazonaws.personalize.schema\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"},"
          + "{\"name\":\"EVENT_TYPE\",\"type\":\"string\"},{\"name\":\"TIMESTAMP\",\"type\":\"long\"}],\"version\":\"1.0\"}";
  static final String EXCLUDE_PURCHASED =
      "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")";
  static final List<String> METRICS =
      List.of(
          "coverage",
          "mean_reciprocal_rank_at_25",
          "normalized_discounted_cumulative_gain_at_5",
          "normalized_discounted_cumulative_gain_at_10",
          "normalized_discounted_cumulative_gain_at_25",
          "precision_at_5",
          "precision_at_10",
          "precision_at_25");
  static final List<String> RECIPES =
      List.of(
          "aws-hrnn",
          "aws-hrnn-coldstart",
          "aws-hrnn-metadata",
          "aws-personalized-ranking",
          "aws-popularity-count",
          "aws-sims",
          "aws-user-personalization");

  /**
   * A client of {@code fake} in the fake's region (us-east-1); it must register {@link #recorder}.
   */
  abstract PersonalizeClient client(PersonalizeFake fake);

  /** A client of {@code fake} configured for {@code region}; it must register {@link #recorder}. */
  abstract PersonalizeClient client(PersonalizeFake fake, Region region);

  /**
   * Records the name of every operation the clients of this test called, with the SDK's own names.
   */
  protected final OperationRecorder recorder = new OperationRecorder();

  private final List<PersonalizeFake> fakes = new ArrayList<>();
  private FakeClock clock;

  @AfterEach
  void closeFakes() {
    fakes.forEach(PersonalizeFake::close);
  }

  /**
   * A fake with a frozen clock at {@link #T0}, instant timings and a fixed seed, plus {@code
   * config}.
   */
  PersonalizeFake fake(Consumer<PersonalizeFake.Builder> config) {
    clock = FakeClock.frozenAt(T0);
    PersonalizeFake.Builder b = PersonalizeFake.builder().clock(clock).seed(42);
    config.accept(b);
    PersonalizeFake fake = b.build();
    fakes.add(fake);
    return fake;
  }

  PersonalizeFake fake() {
    return fake(b -> {});
  }

  // ------------------------------------------------------------------ the whole workflow

  @Test
  void a_whole_workflow_calls_every_operation_through_the_sdk() {
    PersonalizeClient p = client(fake());

    // dataset group
    String group = p.createDatasetGroup(b -> b.name("movies")).datasetGroupArn();
    assertThat(group).isEqualTo(ARN + "dataset-group/movies");
    DatasetGroup g = p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup();
    assertThat(g.name()).isEqualTo("movies");
    assertThat(g.datasetGroupArn()).isEqualTo(group);
    assertThat(g.status()).isEqualTo("ACTIVE");
    assertThat(g.creationDateTime()).isEqualTo(T0);
    assertThat(g.lastUpdatedDateTime()).isEqualTo(T0);
    assertThat(g.roleArn()).isNull();
    assertThat(g.kmsKeyArn()).isNull();
    assertThat(g.failureReason()).isNull();

    // schema
    String schema = p.createSchema(b -> b.name("interactions").schema(INTERACTIONS)).schemaArn();
    assertThat(schema).isEqualTo(ARN + "schema/interactions");
    DatasetSchema s = p.describeSchema(b -> b.schemaArn(schema)).schema();
    assertThat(s.name()).isEqualTo("interactions");
    assertThat(s.schema()).isEqualTo(INTERACTIONS);
    assertThat(s.creationDateTime()).isEqualTo(T0).isEqualTo(s.lastUpdatedDateTime());

    // dataset
    String dataset =
        p.createDataset(
                b ->
                    b.name("ratings")
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(schema))
            .datasetArn();
    assertThat(dataset).isEqualTo(ARN + "dataset/movies/INTERACTIONS");
    Dataset d = p.describeDataset(b -> b.datasetArn(dataset)).dataset();
    assertThat(d.name()).isEqualTo("ratings");
    assertThat(d.datasetType()).isEqualTo("INTERACTIONS");
    assertThat(d.datasetGroupArn()).isEqualTo(group);
    assertThat(d.schemaArn()).isEqualTo(schema);
    assertThat(d.status()).isEqualTo("ACTIVE");

    // dataset import job
    String importJob =
        p.createDatasetImportJob(
                b ->
                    b.jobName("import-1")
                        .datasetArn(dataset)
                        .roleArn(ROLE)
                        .dataSource(ds -> ds.dataLocation("s3://bucket/ratings.csv")))
            .datasetImportJobArn();
    assertThat(importJob).isEqualTo(ARN + "dataset-import-job/import-1");
    DatasetImportJob job =
        p.describeDatasetImportJob(b -> b.datasetImportJobArn(importJob)).datasetImportJob();
    assertThat(job.jobName()).isEqualTo("import-1");
    assertThat(job.datasetArn()).isEqualTo(dataset);
    assertThat(job.dataSource().dataLocation()).isEqualTo("s3://bucket/ratings.csv");
    assertThat(job.roleArn()).isEqualTo(ROLE);
    assertThat(job.status()).isEqualTo("ACTIVE");

    // event tracker
    CreateEventTrackerResponse created =
        p.createEventTracker(b -> b.name("clicks").datasetGroupArn(group));
    String tracker = created.eventTrackerArn();
    assertThat(tracker)
        .matches("arn:aws:personalize:us-east-1:123456789012:event-tracker/[0-9a-f]{8}");
    assertThat(created.trackingId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    EventTracker t = p.describeEventTracker(b -> b.eventTrackerArn(tracker)).eventTracker();
    assertThat(t.name()).isEqualTo("clicks");
    assertThat(t.accountId()).isEqualTo(ACCOUNT);
    assertThat(t.trackingId()).isEqualTo(created.trackingId());
    assertThat(t.datasetGroupArn()).isEqualTo(group);
    assertThat(t.status()).isEqualTo("ACTIVE");

    // filter
    String filter =
        p.createFilter(
                b ->
                    b.name("no-purchases")
                        .datasetGroupArn(group)
                        .filterExpression(EXCLUDE_PURCHASED))
            .filterArn();
    assertThat(filter).isEqualTo(ARN + "filter/no-purchases");
    Filter f = p.describeFilter(b -> b.filterArn(filter)).filter();
    assertThat(f.filterExpression()).isEqualTo(EXCLUDE_PURCHASED);
    assertThat(f.datasetGroupArn()).isEqualTo(group);
    assertThat(f.status()).isEqualTo("ACTIVE");

    // solution with aws-user-personalization
    String solution =
        p.createSolution(
                b -> b.name("personal").datasetGroupArn(group).recipeArn(USER_PERSONALIZATION))
            .solutionArn();
    assertThat(solution).isEqualTo(ARN + "solution/personal");
    Solution sol = p.describeSolution(b -> b.solutionArn(solution)).solution();
    assertThat(sol.recipeArn()).isEqualTo(USER_PERSONALIZATION);
    assertThat(sol.performAutoML()).isFalse();
    assertThat(sol.performHPO()).isFalse();
    assertThat(sol.datasetGroupArn()).isEqualTo(group);
    assertThat(sol.status()).isEqualTo("ACTIVE");
    assertThat(sol.solutionConfig()).isNotNull();
    assertThat(sol.latestSolutionVersion()).isNull();

    // solution version
    String version = p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
    assertThat(version).matches(java.util.regex.Pattern.quote(solution) + "/[0-9a-f]{8}");
    SolutionVersion v =
        p.describeSolutionVersion(b -> b.solutionVersionArn(version)).solutionVersion();
    assertThat(v.solutionArn()).isEqualTo(solution);
    assertThat(v.datasetGroupArn()).isEqualTo(group);
    assertThat(v.recipeArn()).isEqualTo(USER_PERSONALIZATION);
    assertThat(v.trainingMode()).isEqualTo(TrainingMode.FULL);
    assertThat(v.status()).isEqualTo("ACTIVE");
    assertThat(v.trainingHours()).isEqualTo(1.0);
    assertThat(v.failureReason()).isNull();
    Solution withVersion = p.describeSolution(b -> b.solutionArn(solution)).solution();
    assertThat(withVersion.latestSolutionVersion().solutionVersionArn()).isEqualTo(version);
    assertThat(withVersion.latestSolutionVersion().status()).isEqualTo("ACTIVE");

    // metrics
    GetSolutionMetricsResponse metrics = p.getSolutionMetrics(b -> b.solutionVersionArn(version));
    assertThat(metrics.solutionVersionArn()).isEqualTo(version);
    assertThat(metrics.metrics()).containsOnlyKeys(METRICS);
    assertThat(metrics.metrics().values()).allSatisfy(m -> assertThat(m).isBetween(0.0, 1.0));

    // campaign
    String campaign =
        p.createCampaign(
                b ->
                    b.name("recs")
                        .solutionVersionArn(version)
                        .minProvisionedTPS(1)
                        .campaignConfig(
                            c -> c.itemExplorationConfig(Map.of("explorationWeight", "0.5"))))
            .campaignArn();
    assertThat(campaign).isEqualTo(ARN + "campaign/recs");
    Campaign c = p.describeCampaign(b -> b.campaignArn(campaign)).campaign();
    assertThat(c.name()).isEqualTo("recs");
    assertThat(c.solutionVersionArn()).isEqualTo(version);
    assertThat(c.minProvisionedTPS()).isEqualTo(1);
    assertThat(c.campaignConfig().itemExplorationConfig())
        .containsExactly(Map.entry("explorationWeight", "0.5"));
    assertThat(c.status()).isEqualTo("ACTIVE");
    assertThat(c.latestCampaignUpdate()).isNull();

    // update campaign, 1.5 s later
    clock.advance(Duration.ofMillis(1500));
    assertThat(p.updateCampaign(b -> b.campaignArn(campaign).minProvisionedTPS(3)).campaignArn())
        .isEqualTo(campaign);
    Campaign updated = p.describeCampaign(b -> b.campaignArn(campaign)).campaign();
    assertThat(updated.minProvisionedTPS()).isEqualTo(3);
    assertThat(updated.creationDateTime()).isEqualTo(T0);
    assertThat(updated.lastUpdatedDateTime()).isEqualTo(T0.plusMillis(1500));
    assertThat(updated.latestCampaignUpdate().status()).isEqualTo("ACTIVE");
    assertThat(updated.latestCampaignUpdate().minProvisionedTPS()).isEqualTo(3);
    assertThat(updated.latestCampaignUpdate().solutionVersionArn()).isEqualTo(version);
    assertThat(updated.latestCampaignUpdate().creationDateTime()).isEqualTo(T0.plusMillis(1500));

    // batch inference job
    String batch =
        p.createBatchInferenceJob(
                b ->
                    b.jobName("nightly")
                        .solutionVersionArn(version)
                        .filterArn(filter)
                        .numResults(10)
                        .roleArn(ROLE)
                        .jobInput(i -> i.s3DataSource(ds -> ds.path("s3://bucket/users.json")))
                        .jobOutput(o -> o.s3DataDestination(ds -> ds.path("s3://bucket/out/"))))
            .batchInferenceJobArn();
    assertThat(batch).isEqualTo(ARN + "batch-inference-job/nightly");
    BatchInferenceJob bj =
        p.describeBatchInferenceJob(b -> b.batchInferenceJobArn(batch)).batchInferenceJob();
    assertThat(bj.jobName()).isEqualTo("nightly");
    assertThat(bj.solutionVersionArn()).isEqualTo(version);
    assertThat(bj.filterArn()).isEqualTo(filter);
    assertThat(bj.numResults()).isEqualTo(10);
    assertThat(bj.roleArn()).isEqualTo(ROLE);
    assertThat(bj.jobInput().s3DataSource().path()).isEqualTo("s3://bucket/users.json");
    assertThat(bj.jobOutput().s3DataDestination().path()).isEqualTo("s3://bucket/out/");
    assertThat(bj.status()).isEqualTo("ACTIVE");
    assertThat(bj.creationDateTime()).isEqualTo(T0.plusMillis(1500));

    // every List
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups())
        .singleElement()
        .satisfies(x -> assertThat(x.datasetGroupArn()).isEqualTo(group))
        .satisfies(x -> assertThat(x.status()).isEqualTo("ACTIVE"));
    assertThat(p.listSchemas(b -> {}).schemas())
        .singleElement()
        .satisfies(x -> assertThat(x.schemaArn()).isEqualTo(schema));
    assertThat(p.listDatasets(b -> b.datasetGroupArn(group)).datasets())
        .singleElement()
        .satisfies(x -> assertThat(x.datasetArn()).isEqualTo(dataset))
        .satisfies(x -> assertThat(x.datasetType()).isEqualTo("INTERACTIONS"));
    assertThat(p.listDatasetImportJobs(b -> b.datasetArn(dataset)).datasetImportJobs())
        .singleElement()
        .satisfies(x -> assertThat(x.datasetImportJobArn()).isEqualTo(importJob));
    assertThat(p.listEventTrackers(b -> b.datasetGroupArn(group)).eventTrackers())
        .singleElement()
        .satisfies(x -> assertThat(x.eventTrackerArn()).isEqualTo(tracker));
    assertThat(p.listFilters(b -> b.datasetGroupArn(group)).filters())
        .singleElement()
        .satisfies(x -> assertThat(x.filterArn()).isEqualTo(filter))
        .satisfies(x -> assertThat(x.datasetGroupArn()).isEqualTo(group));
    assertThat(p.listSolutions(b -> b.datasetGroupArn(group)).solutions())
        .singleElement()
        .satisfies(x -> assertThat(x.solutionArn()).isEqualTo(solution));
    assertThat(p.listSolutionVersions(b -> b.solutionArn(solution)).solutionVersions())
        .singleElement()
        .satisfies(x -> assertThat(x.solutionVersionArn()).isEqualTo(version));
    assertThat(p.listCampaigns(b -> b.solutionArn(solution)).campaigns())
        .singleElement()
        .satisfies(x -> assertThat(x.campaignArn()).isEqualTo(campaign))
        .satisfies(x -> assertThat(x.lastUpdatedDateTime()).isEqualTo(T0.plusMillis(1500)));
    assertThat(p.listBatchInferenceJobs(b -> b.solutionVersionArn(version)).batchInferenceJobs())
        .singleElement()
        .satisfies(x -> assertThat(x.batchInferenceJobArn()).isEqualTo(batch))
        .satisfies(x -> assertThat(x.solutionVersionArn()).isEqualTo(version));
    assertThat(p.listRecipes(b -> b.recipeProvider("SERVICE")).recipes())
        .extracting(r -> r.name())
        .containsExactlyElementsOf(RECIPES);

    // catalog reads
    Recipe recipe = p.describeRecipe(b -> b.recipeArn(USER_PERSONALIZATION)).recipe();
    assertThat(recipe.name()).isEqualTo("aws-user-personalization");
    assertThat(recipe.recipeType()).isEqualTo("USER_PERSONALIZATION");
    assertThat(recipe.status()).isEqualTo("ACTIVE");
    assertThat(recipe.algorithmArn())
        .isEqualTo("arn:aws:personalize:::algorithm/aws-user-personalization");
    assertThat(recipe.creationDateTime()).isEqualTo(Instant.ofEpochSecond(1596585600));
    assertThat(recipe.description()).isNotBlank();
    var algorithm = p.describeAlgorithm(b -> b.algorithmArn(recipe.algorithmArn())).algorithm();
    assertThat(algorithm.name()).isEqualTo("aws-user-personalization");
    assertThat(algorithm.algorithmArn()).isEqualTo(recipe.algorithmArn());
    assertThat(algorithm.algorithmImage().dockerURI()).isNotBlank();
    assertThat(algorithm.defaultHyperParameters()).isNotEmpty();
    var transformation =
        p.describeFeatureTransformation(
                b -> b.featureTransformationArn(recipe.featureTransformationArn()))
            .featureTransformation();
    assertThat(transformation.featureTransformationArn())
        .isEqualTo(recipe.featureTransformationArn());
    assertThat(transformation.name()).isEqualTo("JSON-percentile-filtering");
    assertThat(transformation.status()).isEqualTo("ACTIVE");

    // the deletes, children first
    p.deleteCampaign(b -> b.campaignArn(campaign));
    assertNotFound(() -> p.describeCampaign(b -> b.campaignArn(campaign)));
    p.deleteSolution(b -> b.solutionArn(solution));
    assertNotFound(() -> p.describeSolution(b -> b.solutionArn(solution)));
    assertNotFound(() -> p.describeSolutionVersion(b -> b.solutionVersionArn(version)));
    p.deleteFilter(b -> b.filterArn(filter));
    assertNotFound(() -> p.describeFilter(b -> b.filterArn(filter)));
    p.deleteEventTracker(b -> b.eventTrackerArn(tracker));
    assertNotFound(() -> p.describeEventTracker(b -> b.eventTrackerArn(tracker)));
    p.deleteDataset(b -> b.datasetArn(dataset));
    assertNotFound(() -> p.describeDataset(b -> b.datasetArn(dataset)));
    p.deleteSchema(b -> b.schemaArn(schema));
    assertNotFound(() -> p.describeSchema(b -> b.schemaArn(schema)));
    p.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    assertNotFound(() -> p.describeDatasetGroup(b -> b.datasetGroupArn(group)));
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
    assertThat(p.listSchemas(b -> {}).schemas()).isEmpty();
    // batch inference jobs cannot be deleted and outlive their solution version
    assertThat(
            p.describeBatchInferenceJob(b -> b.batchInferenceJobArn(batch))
                .batchInferenceJob()
                .status())
        .isEqualTo("ACTIVE");

    Set<String> all = new AwsJsonHandler(fakes.get(0)).operations();
    assertThat(all).hasSize(43);
    assertThat(recorder.operations()).containsExactlyInAnyOrderElementsOf(all);
  }

  private static void assertNotFound(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(ResourceNotFoundException.class);
  }

  // ------------------------------------------------------------------ typed errors

  /**
   * Asserts the typed SDK exception with its error code, status 400, a request id and a message.
   */
  static <E extends PersonalizeException> E assertAwsError(ThrowingCallable call, Class<E> type) {
    E e = catchThrowableOfType(type, call);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
    assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(400);
    assertThat(e.requestId()).isNotBlank();
    assertThat(e.awsErrorDetails().serviceName()).isEqualTo("Personalize");
    return e;
  }

  @Test
  void constraint_violations_are_invalid_input_exceptions() {
    PersonalizeClient p = client(fake());
    assertAwsError(
        () -> p.createDatasetGroup(b -> b.name("not a name!")), InvalidInputException.class);
    assertAwsError(() -> p.createDatasetGroup(b -> {}), InvalidInputException.class);
    assertAwsError(() -> p.listDatasetGroups(b -> b.maxResults(0)), InvalidInputException.class);
    assertAwsError(() -> p.listRecipes(b -> b.maxResults(101)), InvalidInputException.class);
    assertAwsError(
        () -> p.describeDatasetGroup(b -> b.datasetGroupArn("not-an-arn")),
        InvalidInputException.class);
    assertAwsError(
        () ->
            p.createSolutionVersion(b -> b.solutionArn(ARN + "solution/s").trainingMode("PARTIAL")),
        InvalidInputException.class);
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @Test
  void unknown_arns_are_resource_not_found_exceptions() {
    PersonalizeClient p = client(fake());
    ResourceNotFoundException e =
        assertAwsError(
            () -> p.describeDatasetGroup(b -> b.datasetGroupArn(ARN + "dataset-group/nope")),
            ResourceNotFoundException.class);
    assertThat(e.awsErrorDetails().errorMessage()).contains(ARN + "dataset-group/nope");
    assertAwsError(
        () -> p.describeCampaign(b -> b.campaignArn(ARN + "campaign/nope")),
        ResourceNotFoundException.class);
    assertAwsError(
        () -> p.describeRecipe(b -> b.recipeArn("arn:aws:personalize:::recipe/aws-nope")),
        ResourceNotFoundException.class);
    assertAwsError(
        () -> p.deleteSchema(b -> b.schemaArn(ARN + "schema/nope")),
        ResourceNotFoundException.class);
    assertAwsError(
        () -> p.listSolutionVersions(b -> b.solutionArn(ARN + "solution/nope")),
        ResourceNotFoundException.class);
  }

  @Test
  void name_collisions_are_resource_already_exists_exceptions() {
    PersonalizeClient p = client(fake());
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    ResourceAlreadyExistsException e =
        assertAwsError(
            () -> p.createDatasetGroup(b -> b.name("g")), ResourceAlreadyExistsException.class);
    assertThat(e.awsErrorDetails().errorMessage()).contains(group);
    p.createEventTracker(b -> b.name("t").datasetGroupArn(group));
    assertAwsError(
        () -> p.createEventTracker(b -> b.name("t2").datasetGroupArn(group)),
        ResourceAlreadyExistsException.class);
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
    assertThat(p.listEventTrackers(b -> {}).eventTrackers()).hasSize(1);
  }

  @Test
  void state_preconditions_are_resource_in_use_exceptions() {
    PersonalizeClient p = client(fake());
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    String schema = p.createSchema(b -> b.name("s").schema(INTERACTIONS)).schemaArn();
    p.createDataset(
        b -> b.name("d").datasetGroupArn(group).datasetType("Interactions").schemaArn(schema));
    assertAwsError(() -> p.deleteSchema(b -> b.schemaArn(schema)), ResourceInUseException.class);
    assertAwsError(
        () -> p.deleteDatasetGroup(b -> b.datasetGroupArn(group)), ResourceInUseException.class);
    assertThat(p.describeSchema(b -> b.schemaArn(schema)).schema().name()).isEqualTo("s");
  }

  @Test
  void quotas_are_limit_exceeded_exceptions() {
    PersonalizeClient p = client(fake(b -> b.quota(Quota.DATASET_GROUPS, 1)));
    p.createDatasetGroup(b -> b.name("first"));
    assertAwsError(() -> p.createDatasetGroup(b -> b.name("second")), LimitExceededException.class);
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::name)
        .containsExactly("first");
  }

  @Test
  void bad_next_tokens_are_invalid_next_token_exceptions() {
    PersonalizeClient p = client(fake());
    String schema = p.createSchema(b -> b.name("s1").schema(INTERACTIONS)).schemaArn();
    p.createSchema(b -> b.name("s2").schema(INTERACTIONS));
    for (String name : names("g", 3)) {
      String group = p.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
      p.createDataset(
          b -> b.name("d").datasetGroupArn(group).datasetType("Interactions").schemaArn(schema));
    }
    String groupsToken = p.listDatasetGroups(b -> b.maxResults(1)).nextToken();
    String schemasToken = p.listSchemas(b -> b.maxResults(1)).nextToken();
    String datasetsToken = p.listDatasets(b -> b.maxResults(1)).nextToken();
    assertThat(List.of(groupsToken, schemasToken, datasetsToken)).doesNotContainNull();

    assertAwsError(
        () -> p.listDatasetGroups(b -> b.nextToken("garbage")), InvalidNextTokenException.class);
    assertAwsError(() -> p.listRecipes(b -> b.nextToken("AAAA")), InvalidNextTokenException.class);
    // a token of another operation
    assertAwsError(
        () -> p.listDatasetGroups(b -> b.nextToken(schemasToken)), InvalidNextTokenException.class);
    assertAwsError(
        () -> p.listSchemas(b -> b.nextToken(groupsToken)), InvalidNextTokenException.class);
    // a token of the same operation issued for another filter value
    assertAwsError(
        () ->
            p.listDatasets(
                b -> b.datasetGroupArn(ARN + "dataset-group/g-00").nextToken(datasetsToken)),
        InvalidNextTokenException.class);
    // the genuine tokens still work
    assertThat(p.listDatasetGroups(b -> b.maxResults(1).nextToken(groupsToken)).datasetGroups())
        .hasSize(1);
    assertThat(p.listDatasets(b -> b.maxResults(5).nextToken(datasetsToken)).datasets()).hasSize(2);
  }

  // ------------------------------------------------------------------ paginators

  /**
   * Walks {@code pages}, checking page sizes and tokens, and returns all items in the order seen.
   */
  static <P, T> List<T> walk(
      SdkIterable<P> pages, Function<P, List<T>> items, Function<P, String> token, int pageSize) {
    List<T> all = new ArrayList<>();
    Iterator<P> it = pages.iterator();
    while (it.hasNext()) {
      P page = it.next();
      List<T> these = items.apply(page);
      boolean last = token.apply(page) == null;
      if (last) {
        assertThat(these.size()).isBetween(0, pageSize);
      } else {
        assertThat(these).hasSize(pageSize);
      }
      all.addAll(these);
      assertThat(it.hasNext()).isEqualTo(!last);
    }
    return all;
  }

  static List<String> names(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> String.format(Locale.ROOT, "%s-%02d", prefix, i))
        .collect(Collectors.toList());
  }

  @Test
  void the_dataset_groups_paginator_walks_25_groups_three_at_a_time_newest_first() {
    PersonalizeClient p = client(fake());
    List<String> created = names("group", 25);
    for (String name : created) {
      p.createDatasetGroup(b -> b.name(name));
      clock.advance(Duration.ofMillis(1));
    }
    List<String> expected = new ArrayList<>(created);
    Collections.reverse(expected);
    List<String> seen =
        walk(
                p.listDatasetGroupsPaginator(b -> b.maxResults(3)),
                ListDatasetGroupsResponse::datasetGroups,
                ListDatasetGroupsResponse::nextToken,
                3)
            .stream()
            .map(DatasetGroupSummary::name)
            .collect(Collectors.toList());
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(p.listDatasetGroupsPaginator(b -> b.maxResults(3)).stream().count()).isEqualTo(9);
    assertThat(
            p.listDatasetGroupsPaginator(b -> b.maxResults(3)).datasetGroups().stream()
                .map(DatasetGroupSummary::name))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void the_schemas_paginator_orders_ties_by_arn() {
    PersonalizeClient p = client(fake());
    List<String> created = names("schema", 12);
    List<String> shuffled = new ArrayList<>(created);
    Collections.shuffle(shuffled, new java.util.Random(3));
    shuffled.forEach(name -> p.createSchema(b -> b.name(name).schema(INTERACTIONS)));
    List<String> seen =
        walk(p.listSchemasPaginator(b -> b.maxResults(5)), r -> r.schemas(), r -> r.nextToken(), 5)
            .stream()
            .map(s -> s.name())
            .collect(Collectors.toList());
    // all created at the same frozen instant: ARN ascending
    assertThat(seen).containsExactlyElementsOf(created);
  }

  @Test
  void the_recipes_paginator_lists_the_seven_recipes_by_name() {
    PersonalizeClient p = client(fake());
    List<String> seen =
        walk(p.listRecipesPaginator(b -> b.maxResults(2)), r -> r.recipes(), r -> r.nextToken(), 2)
            .stream()
            .map(r -> r.name())
            .collect(Collectors.toList());
    assertThat(seen).containsExactlyElementsOf(RECIPES);
    assertThat(
            p.listRecipesPaginator(b -> b.maxResults(2).recipeProvider("SERVICE")).stream().count())
        .isEqualTo(4);
  }

  /** A group with an Interactions dataset and an active import job, so that solutions can train. */
  String trainableGroup(PersonalizeClient p, String name) {
    String group = p.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
    String schema = ARN + "schema/interactions";
    if (p.listSchemas(b -> {}).schemas().stream().noneMatch(s -> s.schemaArn().equals(schema))) {
      p.createSchema(b -> b.name("interactions").schema(INTERACTIONS));
    }
    String dataset =
        p.createDataset(
                b ->
                    b.name(name)
                        .datasetGroupArn(group)
                        .datasetType("Interactions")
                        .schemaArn(schema))
            .datasetArn();
    p.createDatasetImportJob(
        b ->
            b.jobName(name + "-import")
                .datasetArn(dataset)
                .roleArn(ROLE)
                .dataSource(ds -> ds.dataLocation("s3://b/" + name)));
    return group;
  }

  @Test
  void the_solution_versions_paginator_walks_every_version() {
    PersonalizeClient p = client(fake());
    String group = trainableGroup(p, "g");
    String solution =
        p.createSolution(b -> b.name("s").datasetGroupArn(group).recipeArn(USER_PERSONALIZATION))
            .solutionArn();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn());
      clock.advance(Duration.ofSeconds(1));
    }
    Collections.reverse(created);
    List<String> seen =
        walk(
                p.listSolutionVersionsPaginator(b -> b.solutionArn(solution).maxResults(2)),
                r -> r.solutionVersions(),
                r -> r.nextToken(),
                2)
            .stream()
            .map(v -> v.solutionVersionArn())
            .collect(Collectors.toList());
    assertThat(seen).containsExactlyElementsOf(created);
    assertThat(
            p.listSolutionVersionsPaginator(b -> b.maxResults(3)).solutionVersions().stream()
                .count())
        .isEqualTo(7);
  }

  @Test
  void the_solutions_campaigns_and_batch_jobs_paginators_walk_every_item() {
    PersonalizeClient p = client(fake(b -> b.quota(Quota.CAMPAIGNS, 20)));
    String group = trainableGroup(p, "g");
    List<String> solutions = new ArrayList<>();
    List<String> campaigns = new ArrayList<>();
    List<String> jobs = new ArrayList<>();
    for (String name : names("s", 6)) {
      String solution =
          p.createSolution(b -> b.name(name).datasetGroupArn(group).recipeArn(USER_PERSONALIZATION))
              .solutionArn();
      String version = p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn();
      campaigns.add(
          p.createCampaign(
                  b -> b.name(name + "-campaign").solutionVersionArn(version).minProvisionedTPS(1))
              .campaignArn());
      jobs.add(
          p.createBatchInferenceJob(
                  b ->
                      b.jobName(name + "-job")
                          .solutionVersionArn(version)
                          .roleArn(ROLE)
                          .jobInput(i -> i.s3DataSource(ds -> ds.path("s3://b/in")))
                          .jobOutput(o -> o.s3DataDestination(ds -> ds.path("s3://b/out"))))
              .batchInferenceJobArn());
      solutions.add(solution);
    }
    assertThat(
            walk(
                p.listSolutionsPaginator(b -> b.datasetGroupArn(group).maxResults(4)),
                r -> r.solutions(),
                r -> r.nextToken(),
                4))
        .extracting(s -> s.solutionArn())
        .containsExactlyElementsOf(solutions);
    assertThat(
            walk(
                p.listCampaignsPaginator(b -> b.maxResults(5)),
                r -> r.campaigns(),
                r -> r.nextToken(),
                5))
        .extracting(c -> c.campaignArn())
        .containsExactlyElementsOf(campaigns);
    assertThat(
            walk(
                p.listBatchInferenceJobsPaginator(b -> b.maxResults(4)),
                r -> r.batchInferenceJobs(),
                r -> r.nextToken(),
                4))
        .extracting(j -> j.batchInferenceJobArn())
        .containsExactlyElementsOf(jobs);
  }

  @Test
  void the_datasets_event_trackers_import_jobs_and_filters_paginators_walk_every_item() {
    PersonalizeClient p = client(fake());
    List<String> groups = new ArrayList<>();
    List<String> trackers = new ArrayList<>();
    for (String name : names("g", 5)) {
      String group = trainableGroup(p, name);
      groups.add(group);
      trackers.add(
          p.createEventTracker(b -> b.name(name).datasetGroupArn(group)).eventTrackerArn());
    }
    trackers.sort(null);
    List<String> datasets =
        groups.stream()
            .map(g -> ARN + "dataset/" + g.substring(g.lastIndexOf('/') + 1) + "/INTERACTIONS")
            .collect(Collectors.toList());
    assertThat(
            walk(
                p.listDatasetsPaginator(b -> b.maxResults(2)),
                r -> r.datasets(),
                r -> r.nextToken(),
                2))
        .extracting(d -> d.datasetArn())
        .containsExactlyElementsOf(datasets);
    assertThat(
            walk(
                p.listEventTrackersPaginator(b -> b.maxResults(2)),
                r -> r.eventTrackers(),
                r -> r.nextToken(),
                2))
        .extracting(t -> t.eventTrackerArn())
        .containsExactlyElementsOf(trackers);

    String dataset = datasets.get(0);
    List<String> importJobs = new ArrayList<>(List.of(ARN + "dataset-import-job/g-00-import"));
    for (String name : names("more-import", 8)) {
      importJobs.add(
          p.createDatasetImportJob(
                  b ->
                      b.jobName(name)
                          .datasetArn(dataset)
                          .roleArn(ROLE)
                          .dataSource(ds -> ds.dataLocation("s3://b/x")))
              .datasetImportJobArn());
    }
    importJobs.sort(null);
    assertThat(
            walk(
                p.listDatasetImportJobsPaginator(b -> b.datasetArn(dataset).maxResults(4)),
                r -> r.datasetImportJobs(),
                r -> r.nextToken(),
                4))
        .extracting(j -> j.datasetImportJobArn())
        .containsExactlyElementsOf(importJobs);

    List<String> filters = new ArrayList<>();
    for (String name : names("f", 7)) {
      filters.add(
          p.createFilter(
                  b ->
                      b.name(name)
                          .datasetGroupArn(groups.get(1))
                          .filterExpression(EXCLUDE_PURCHASED))
              .filterArn());
    }
    assertThat(
            walk(
                p.listFiltersPaginator(b -> b.datasetGroupArn(groups.get(1)).maxResults(2)),
                r -> r.filters(),
                r -> r.nextToken(),
                2))
        .extracting(f -> f.filterArn())
        .containsExactlyElementsOf(filters);
  }

  // ------------------------------------------------------------------ timestamps

  @Test
  void timestamps_round_trip_to_the_millisecond() {
    PersonalizeFake fake = fake();
    PersonalizeClient p = client(fake);
    // .250, then .251 (a lone trailing digit), .999, and a whole second (sent without a fraction)
    List<Instant> instants =
        List.of(
            T0,
            T0.plusMillis(1),
            Instant.parse("2021-01-22T12:00:00.999Z"),
            Instant.parse("2021-01-22T12:00:01Z"),
            Instant.parse("2021-01-22T12:00:01.010Z"),
            Instant.parse("2021-01-22T12:00:01.100Z"));
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < instants.size(); i++) {
      clock.set(instants.get(i));
      String name = "at-" + i;
      arns.add(p.createDatasetGroup(b -> b.name(name)).datasetGroupArn());
    }
    for (int i = 0; i < instants.size(); i++) {
      String arn = arns.get(i);
      DatasetGroup g = p.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup();
      assertThat(g.creationDateTime()).as(arn).isEqualTo(instants.get(i));
      assertThat(g.lastUpdatedDateTime()).as(arn).isEqualTo(instants.get(i));
      // the SDK's value equals what the fake itself stores
      assertThat(g.creationDateTime())
          .isEqualTo(
              fake.service()
                  .describeDatasetGroup(b -> b.datasetGroupArn(arn))
                  .datasetGroup()
                  .creationDateTime());
    }
    assertThat(p.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::creationDateTime)
        .containsExactlyInAnyOrderElementsOf(instants);
  }

  // ------------------------------------------------------------------ regions

  @Test
  void a_client_of_another_region_sees_none_of_the_first_regions_resources() {
    PersonalizeFake fake = fake();
    PersonalizeClient east = client(fake);
    PersonalizeClient west = client(fake, Region.EU_WEST_1);
    String eastGroup = east.createDatasetGroup(b -> b.name("shared-name")).datasetGroupArn();
    String eastSchema =
        east.createSchema(b -> b.name("shared-schema").schema(INTERACTIONS)).schemaArn();
    assertThat(eastGroup).isEqualTo(ARN + "dataset-group/shared-name");

    assertThat(west.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
    assertThat(west.listSchemas(b -> {}).schemas()).isEmpty();
    assertAwsError(
        () -> west.describeDatasetGroup(b -> b.datasetGroupArn(eastGroup)),
        ResourceNotFoundException.class);
    assertAwsError(
        () -> west.deleteSchema(b -> b.schemaArn(eastSchema)), ResourceNotFoundException.class);

    // the same names are free in the other region, with ARNs of that region
    String westGroup = west.createDatasetGroup(b -> b.name("shared-name")).datasetGroupArn();
    assertThat(westGroup)
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-group/shared-name");
    assertThat(west.describeDatasetGroup(b -> b.datasetGroupArn(westGroup)).datasetGroup().status())
        .isEqualTo("ACTIVE");
    assertAwsError(
        () -> east.describeDatasetGroup(b -> b.datasetGroupArn(westGroup)),
        ResourceNotFoundException.class);
    assertThat(east.listDatasetGroups(b -> {}).datasetGroups())
        .extracting(DatasetGroupSummary::datasetGroupArn)
        .containsExactly(eastGroup);
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups())
        .extracting(s -> s.datasetGroupArn())
        .containsExactly(westGroup);
    // catalog ARNs have no region: every region reads the same recipes
    assertThat(west.listRecipes(b -> {}).recipes()).hasSize(7);
  }

  @Test
  void quotas_count_per_region() {
    PersonalizeFake fake = fake(b -> b.quota(Quota.DATASET_GROUPS, 1));
    PersonalizeClient east = client(fake);
    PersonalizeClient west = client(fake, Region.EU_WEST_1);
    east.createDatasetGroup(b -> b.name("a"));
    west.createDatasetGroup(b -> b.name("a"));
    assertAwsError(() -> west.createDatasetGroup(b -> b.name("b")), LimitExceededException.class);
  }

  // ------------------------------------------------------------------ recording

  /** An interceptor that remembers which operations ran, by the SDK's operation names. */
  static final class OperationRecorder implements ExecutionInterceptor {
    private final Set<String> operations = Collections.synchronizedSet(new LinkedHashSet<>());

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    Set<String> operations() {
      synchronized (operations) {
        return new LinkedHashSet<>(operations);
      }
    }
  }
}
