package io.personalizefake.internal.ops;

import io.personalizefake.internal.validation.ModelValidator;
import io.personalizefake.model.CreateBatchInferenceJobRequest;
import io.personalizefake.model.CreateBatchInferenceJobResponse;
import io.personalizefake.model.CreateCampaignRequest;
import io.personalizefake.model.CreateCampaignResponse;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.CreateDatasetGroupResponse;
import io.personalizefake.model.CreateDatasetImportJobRequest;
import io.personalizefake.model.CreateDatasetImportJobResponse;
import io.personalizefake.model.CreateDatasetRequest;
import io.personalizefake.model.CreateDatasetResponse;
import io.personalizefake.model.CreateEventTrackerRequest;
import io.personalizefake.model.CreateEventTrackerResponse;
import io.personalizefake.model.CreateFilterRequest;
import io.personalizefake.model.CreateFilterResponse;
import io.personalizefake.model.CreateSchemaRequest;
import io.personalizefake.model.CreateSchemaResponse;
import io.personalizefake.model.CreateSolutionRequest;
import io.personalizefake.model.CreateSolutionResponse;
import io.personalizefake.model.CreateSolutionVersionRequest;
import io.personalizefake.model.CreateSolutionVersionResponse;
import io.personalizefake.model.DeleteCampaignRequest;
import io.personalizefake.model.DeleteCampaignResponse;
import io.personalizefake.model.DeleteDatasetGroupRequest;
import io.personalizefake.model.DeleteDatasetGroupResponse;
import io.personalizefake.model.DeleteDatasetRequest;
import io.personalizefake.model.DeleteDatasetResponse;
import io.personalizefake.model.DeleteEventTrackerRequest;
import io.personalizefake.model.DeleteEventTrackerResponse;
import io.personalizefake.model.DeleteFilterRequest;
import io.personalizefake.model.DeleteFilterResponse;
import io.personalizefake.model.DeleteSchemaRequest;
import io.personalizefake.model.DeleteSchemaResponse;
import io.personalizefake.model.DeleteSolutionRequest;
import io.personalizefake.model.DeleteSolutionResponse;
import io.personalizefake.model.DescribeAlgorithmRequest;
import io.personalizefake.model.DescribeAlgorithmResponse;
import io.personalizefake.model.DescribeBatchInferenceJobRequest;
import io.personalizefake.model.DescribeBatchInferenceJobResponse;
import io.personalizefake.model.DescribeCampaignRequest;
import io.personalizefake.model.DescribeCampaignResponse;
import io.personalizefake.model.DescribeDatasetGroupRequest;
import io.personalizefake.model.DescribeDatasetGroupResponse;
import io.personalizefake.model.DescribeDatasetImportJobRequest;
import io.personalizefake.model.DescribeDatasetImportJobResponse;
import io.personalizefake.model.DescribeDatasetRequest;
import io.personalizefake.model.DescribeDatasetResponse;
import io.personalizefake.model.DescribeEventTrackerRequest;
import io.personalizefake.model.DescribeEventTrackerResponse;
import io.personalizefake.model.DescribeFeatureTransformationRequest;
import io.personalizefake.model.DescribeFeatureTransformationResponse;
import io.personalizefake.model.DescribeFilterRequest;
import io.personalizefake.model.DescribeFilterResponse;
import io.personalizefake.model.DescribeRecipeRequest;
import io.personalizefake.model.DescribeRecipeResponse;
import io.personalizefake.model.DescribeSchemaRequest;
import io.personalizefake.model.DescribeSchemaResponse;
import io.personalizefake.model.DescribeSolutionRequest;
import io.personalizefake.model.DescribeSolutionResponse;
import io.personalizefake.model.DescribeSolutionVersionRequest;
import io.personalizefake.model.DescribeSolutionVersionResponse;
import io.personalizefake.model.GetSolutionMetricsRequest;
import io.personalizefake.model.GetSolutionMetricsResponse;
import io.personalizefake.model.ListBatchInferenceJobsRequest;
import io.personalizefake.model.ListBatchInferenceJobsResponse;
import io.personalizefake.model.ListCampaignsRequest;
import io.personalizefake.model.ListCampaignsResponse;
import io.personalizefake.model.ListDatasetGroupsRequest;
import io.personalizefake.model.ListDatasetGroupsResponse;
import io.personalizefake.model.ListDatasetImportJobsRequest;
import io.personalizefake.model.ListDatasetImportJobsResponse;
import io.personalizefake.model.ListDatasetsRequest;
import io.personalizefake.model.ListDatasetsResponse;
import io.personalizefake.model.ListEventTrackersRequest;
import io.personalizefake.model.ListEventTrackersResponse;
import io.personalizefake.model.ListFiltersRequest;
import io.personalizefake.model.ListFiltersResponse;
import io.personalizefake.model.ListRecipesRequest;
import io.personalizefake.model.ListRecipesResponse;
import io.personalizefake.model.ListSchemasRequest;
import io.personalizefake.model.ListSchemasResponse;
import io.personalizefake.model.ListSolutionVersionsRequest;
import io.personalizefake.model.ListSolutionVersionsResponse;
import io.personalizefake.model.ListSolutionsRequest;
import io.personalizefake.model.ListSolutionsResponse;
import io.personalizefake.model.UpdateCampaignRequest;
import io.personalizefake.model.UpdateCampaignResponse;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.WriteTx;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link PersonalizeService} for one account and region. Every call runs the same way: the request
 * is checked against the model, then the checks that need no state, and then, in one unit of work,
 * what is due is settled and the operation's rules run in the order of the spec. A call that throws
 * leaves the store as it was.
 */
public final class ServiceImpl implements PersonalizeService {

  private static final Runnable NO_CHECK = () -> {};
  private static final Object UNSETTLED = new Object();

  private final Storage storage;
  private final Clock clock;
  private final OpsContext ctx;
  private final CallHooks hooks;
  private final ModelValidator validator = ModelValidator.get();
  private final DatasetGroupOps datasetGroups;
  private final SchemaOps schemas;
  private final DatasetOps datasets;
  private final DatasetImportJobOps importJobs;
  private final EventTrackerOps eventTrackers;
  private final FilterOps filters;
  private final CatalogOps catalog;
  private final SolutionOps solutions;
  private final SolutionVersionOps versions;
  private final CampaignOps campaigns;
  private final BatchInferenceJobOps batchJobs;

  public ServiceImpl(Storage storage, Clock clock, OpsContext ctx) {
    this(storage, clock, ctx, CallHooks.NONE);
  }

  public ServiceImpl(Storage storage, Clock clock, OpsContext ctx, CallHooks hooks) {
    this.storage = storage;
    this.clock = clock;
    this.ctx = ctx;
    this.hooks = hooks;
    this.datasetGroups = new DatasetGroupOps(ctx);
    this.schemas = new SchemaOps(ctx);
    this.datasets = new DatasetOps(ctx);
    this.importJobs = new DatasetImportJobOps(ctx);
    this.eventTrackers = new EventTrackerOps(ctx);
    this.filters = new FilterOps(ctx);
    this.catalog = new CatalogOps(ctx.pager);
    this.solutions = new SolutionOps(ctx);
    this.versions = new SolutionVersionOps(ctx, solutions);
    this.campaigns = new CampaignOps(ctx);
    this.batchJobs = new BatchInferenceJobOps(ctx);
  }

  public OpsContext context() {
    return ctx;
  }

  /** Runs {@code body} between the hooks: injected errors first, the journal last. */
  private <Q, S> S observed(String op, Q request, Supplier<S> body) {
    S response;
    try {
      hooks.before(ctx.region, op, request);
      response = body.get();
    } catch (RuntimeException e) {
      hooks.after(ctx.region, op, request, null, e);
      throw e;
    }
    hooks.after(ctx.region, op, request, response, null);
    return response;
  }

  private <Q, S> S write(
      String op, Q request, Runnable stateless, BiFunction<WriteTx, Instant, S> work) {
    return observed(op, request, () -> writeNow(op, request, stateless, work));
  }

  private <Q, S> S writeNow(
      String op, Q request, Runnable stateless, BiFunction<WriteTx, Instant, S> work) {
    validator.check(op, request);
    stateless.run();
    return storage.write(
        tx -> {
          Instant now = clock.instant();
          ctx.lifecycle.settle(tx, ctx.resources, now);
          return work.apply(tx, now);
        });
  }

  private <Q, S> S read(String op, Q request, Function<ReadTx, S> work) {
    return observed(op, request, () -> readNow(op, request, work));
  }

  @SuppressWarnings("unchecked")
  private <Q, S> S readNow(String op, Q request, Function<ReadTx, S> work) {
    validator.check(op, request);
    Instant now = clock.instant();
    Object result =
        storage.read(
            tx -> ctx.lifecycle.anythingDue(tx, ctx.resources, now) ? UNSETTLED : work.apply(tx));
    if (result != UNSETTLED) {
      return (S) result;
    }
    return storage.write(
        tx -> {
          ctx.lifecycle.settle(tx, ctx.resources, now);
          return work.apply(tx);
        });
  }

  private <Q, S> S call(String op, Q request, Supplier<S> work) {
    return observed(
        op,
        request,
        () -> {
          validator.check(op, request);
          return work.get();
        });
  }

  @Override
  public CreateDatasetGroupResponse createDatasetGroup(CreateDatasetGroupRequest r) {
    return write("CreateDatasetGroup", r, NO_CHECK, (tx, now) -> datasetGroups.create(tx, r, now));
  }

  @Override
  public DescribeDatasetGroupResponse describeDatasetGroup(DescribeDatasetGroupRequest r) {
    return read("DescribeDatasetGroup", r, tx -> datasetGroups.describe(tx, r));
  }

  @Override
  public ListDatasetGroupsResponse listDatasetGroups(ListDatasetGroupsRequest r) {
    return read("ListDatasetGroups", r, tx -> datasetGroups.list(tx, r));
  }

  @Override
  public DeleteDatasetGroupResponse deleteDatasetGroup(DeleteDatasetGroupRequest r) {
    return write("DeleteDatasetGroup", r, NO_CHECK, (tx, now) -> datasetGroups.delete(tx, r, now));
  }

  @Override
  public CreateSchemaResponse createSchema(CreateSchemaRequest r) {
    return write(
        "CreateSchema",
        r,
        () -> SchemaOps.checkStateless(r),
        (tx, now) -> schemas.create(tx, r, now));
  }

  @Override
  public DescribeSchemaResponse describeSchema(DescribeSchemaRequest r) {
    return read("DescribeSchema", r, tx -> schemas.describe(tx, r));
  }

  @Override
  public ListSchemasResponse listSchemas(ListSchemasRequest r) {
    return read("ListSchemas", r, tx -> schemas.list(tx, r));
  }

  @Override
  public DeleteSchemaResponse deleteSchema(DeleteSchemaRequest r) {
    return write("DeleteSchema", r, NO_CHECK, (tx, now) -> schemas.delete(tx, r, now));
  }

  @Override
  public CreateDatasetResponse createDataset(CreateDatasetRequest r) {
    return write(
        "CreateDataset",
        r,
        () -> DatasetOps.checkStateless(r),
        (tx, now) -> datasets.create(tx, r, now));
  }

  @Override
  public DescribeDatasetResponse describeDataset(DescribeDatasetRequest r) {
    return read("DescribeDataset", r, tx -> datasets.describe(tx, r));
  }

  @Override
  public ListDatasetsResponse listDatasets(ListDatasetsRequest r) {
    return read("ListDatasets", r, tx -> datasets.list(tx, r));
  }

  @Override
  public DeleteDatasetResponse deleteDataset(DeleteDatasetRequest r) {
    return write("DeleteDataset", r, NO_CHECK, (tx, now) -> datasets.delete(tx, r, now));
  }

  @Override
  public CreateDatasetImportJobResponse createDatasetImportJob(CreateDatasetImportJobRequest r) {
    return write(
        "CreateDatasetImportJob",
        r,
        () -> DatasetImportJobOps.checkStateless(r),
        (tx, now) -> importJobs.create(tx, r, now));
  }

  @Override
  public DescribeDatasetImportJobResponse describeDatasetImportJob(
      DescribeDatasetImportJobRequest r) {
    return read("DescribeDatasetImportJob", r, tx -> importJobs.describe(tx, r));
  }

  @Override
  public ListDatasetImportJobsResponse listDatasetImportJobs(ListDatasetImportJobsRequest r) {
    return read("ListDatasetImportJobs", r, tx -> importJobs.list(tx, r));
  }

  @Override
  public CreateEventTrackerResponse createEventTracker(CreateEventTrackerRequest r) {
    return write("CreateEventTracker", r, NO_CHECK, (tx, now) -> eventTrackers.create(tx, r, now));
  }

  @Override
  public DescribeEventTrackerResponse describeEventTracker(DescribeEventTrackerRequest r) {
    return read("DescribeEventTracker", r, tx -> eventTrackers.describe(tx, r));
  }

  @Override
  public ListEventTrackersResponse listEventTrackers(ListEventTrackersRequest r) {
    return read("ListEventTrackers", r, tx -> eventTrackers.list(tx, r));
  }

  @Override
  public DeleteEventTrackerResponse deleteEventTracker(DeleteEventTrackerRequest r) {
    return write("DeleteEventTracker", r, NO_CHECK, (tx, now) -> eventTrackers.delete(tx, r, now));
  }

  @Override
  public CreateFilterResponse createFilter(CreateFilterRequest r) {
    return write(
        "CreateFilter",
        r,
        () -> FilterOps.checkStateless(r),
        (tx, now) -> filters.create(tx, r, now));
  }

  @Override
  public DescribeFilterResponse describeFilter(DescribeFilterRequest r) {
    return read("DescribeFilter", r, tx -> filters.describe(tx, r));
  }

  @Override
  public ListFiltersResponse listFilters(ListFiltersRequest r) {
    return read("ListFilters", r, tx -> filters.list(tx, r));
  }

  @Override
  public DeleteFilterResponse deleteFilter(DeleteFilterRequest r) {
    return write("DeleteFilter", r, NO_CHECK, (tx, now) -> filters.delete(tx, r, now));
  }

  @Override
  public ListRecipesResponse listRecipes(ListRecipesRequest r) {
    return call("ListRecipes", r, () -> catalog.listRecipes(r));
  }

  @Override
  public DescribeRecipeResponse describeRecipe(DescribeRecipeRequest r) {
    return call("DescribeRecipe", r, () -> catalog.describeRecipe(r));
  }

  @Override
  public DescribeAlgorithmResponse describeAlgorithm(DescribeAlgorithmRequest r) {
    return call("DescribeAlgorithm", r, () -> catalog.describeAlgorithm(r));
  }

  @Override
  public DescribeFeatureTransformationResponse describeFeatureTransformation(
      DescribeFeatureTransformationRequest r) {
    return call("DescribeFeatureTransformation", r, () -> catalog.describeFeatureTransformation(r));
  }

  @Override
  public CreateSolutionResponse createSolution(CreateSolutionRequest r) {
    return write(
        "CreateSolution",
        r,
        () -> SolutionOps.checkStateless(r),
        (tx, now) -> solutions.create(tx, r, now));
  }

  @Override
  public DescribeSolutionResponse describeSolution(DescribeSolutionRequest r) {
    return read("DescribeSolution", r, tx -> solutions.describe(tx, r));
  }

  @Override
  public ListSolutionsResponse listSolutions(ListSolutionsRequest r) {
    return read("ListSolutions", r, tx -> solutions.list(tx, r));
  }

  @Override
  public DeleteSolutionResponse deleteSolution(DeleteSolutionRequest r) {
    return write("DeleteSolution", r, NO_CHECK, (tx, now) -> solutions.delete(tx, r, now));
  }

  @Override
  public CreateSolutionVersionResponse createSolutionVersion(CreateSolutionVersionRequest r) {
    return write("CreateSolutionVersion", r, NO_CHECK, (tx, now) -> versions.create(tx, r, now));
  }

  @Override
  public DescribeSolutionVersionResponse describeSolutionVersion(DescribeSolutionVersionRequest r) {
    return read("DescribeSolutionVersion", r, tx -> versions.describe(tx, r));
  }

  @Override
  public ListSolutionVersionsResponse listSolutionVersions(ListSolutionVersionsRequest r) {
    return read("ListSolutionVersions", r, tx -> versions.list(tx, r));
  }

  @Override
  public GetSolutionMetricsResponse getSolutionMetrics(GetSolutionMetricsRequest r) {
    return read("GetSolutionMetrics", r, tx -> versions.metrics(tx, r));
  }

  @Override
  public CreateCampaignResponse createCampaign(CreateCampaignRequest r) {
    return write(
        "CreateCampaign",
        r,
        () -> CampaignOps.checkStateless(r.campaignConfig()),
        (tx, now) -> campaigns.create(tx, r, now));
  }

  @Override
  public DescribeCampaignResponse describeCampaign(DescribeCampaignRequest r) {
    return read("DescribeCampaign", r, tx -> campaigns.describe(tx, r));
  }

  @Override
  public ListCampaignsResponse listCampaigns(ListCampaignsRequest r) {
    return read("ListCampaigns", r, tx -> campaigns.list(tx, r));
  }

  @Override
  public UpdateCampaignResponse updateCampaign(UpdateCampaignRequest r) {
    return write(
        "UpdateCampaign",
        r,
        () -> CampaignOps.checkStateless(r.campaignConfig()),
        (tx, now) -> campaigns.update(tx, r, now));
  }

  @Override
  public DeleteCampaignResponse deleteCampaign(DeleteCampaignRequest r) {
    return write("DeleteCampaign", r, NO_CHECK, (tx, now) -> campaigns.delete(tx, r, now));
  }

  @Override
  public CreateBatchInferenceJobResponse createBatchInferenceJob(CreateBatchInferenceJobRequest r) {
    return write(
        "CreateBatchInferenceJob",
        r,
        () -> BatchInferenceJobOps.checkStateless(r),
        (tx, now) -> batchJobs.create(tx, r, now));
  }

  @Override
  public DescribeBatchInferenceJobResponse describeBatchInferenceJob(
      DescribeBatchInferenceJobRequest r) {
    return read("DescribeBatchInferenceJob", r, tx -> batchJobs.describe(tx, r));
  }

  @Override
  public ListBatchInferenceJobsResponse listBatchInferenceJobs(ListBatchInferenceJobsRequest r) {
    return read("ListBatchInferenceJobs", r, tx -> batchJobs.list(tx, r));
  }
}
