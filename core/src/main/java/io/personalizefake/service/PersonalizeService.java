package io.personalizefake.service;

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
import java.util.function.Consumer;

/**
 * The Amazon Personalize control plane, one method per operation, named as the AWS SDK for Java v2
 * names them. Every method validates its request against the service model before it touches any
 * state, and raises one of the {@link io.personalizefake.error.PersonalizeFakeException}
 * subclasses, as the real service answers with an AWS error. Implementations are safe to use from
 * many threads.
 */
public interface PersonalizeService {

  /** Creates an empty dataset group; it starts in CREATE PENDING. */
  CreateDatasetGroupResponse createDatasetGroup(CreateDatasetGroupRequest request);

  /** Creates an empty dataset group; it starts in CREATE PENDING. */
  default CreateDatasetGroupResponse createDatasetGroup(
      Consumer<CreateDatasetGroupRequest.Builder> request) {
    CreateDatasetGroupRequest.Builder builder = CreateDatasetGroupRequest.builder();
    request.accept(builder);
    return createDatasetGroup(builder.build());
  }

  /** Describes a dataset group. */
  DescribeDatasetGroupResponse describeDatasetGroup(DescribeDatasetGroupRequest request);

  /** Describes a dataset group. */
  default DescribeDatasetGroupResponse describeDatasetGroup(
      Consumer<DescribeDatasetGroupRequest.Builder> request) {
    DescribeDatasetGroupRequest.Builder builder = DescribeDatasetGroupRequest.builder();
    request.accept(builder);
    return describeDatasetGroup(builder.build());
  }

  /** Lists dataset groups, newest first. */
  ListDatasetGroupsResponse listDatasetGroups(ListDatasetGroupsRequest request);

  /** Lists dataset groups, newest first. */
  default ListDatasetGroupsResponse listDatasetGroups(
      Consumer<ListDatasetGroupsRequest.Builder> request) {
    ListDatasetGroupsRequest.Builder builder = ListDatasetGroupsRequest.builder();
    request.accept(builder);
    return listDatasetGroups(builder.build());
  }

  /** Deletes a dataset group that has no datasets, solutions or event tracker. */
  DeleteDatasetGroupResponse deleteDatasetGroup(DeleteDatasetGroupRequest request);

  /** Deletes a dataset group that has no datasets, solutions or event tracker. */
  default DeleteDatasetGroupResponse deleteDatasetGroup(
      Consumer<DeleteDatasetGroupRequest.Builder> request) {
    DeleteDatasetGroupRequest.Builder builder = DeleteDatasetGroupRequest.builder();
    request.accept(builder);
    return deleteDatasetGroup(builder.build());
  }

  /** Creates a schema from an Avro record schema. */
  CreateSchemaResponse createSchema(CreateSchemaRequest request);

  /** Creates a schema from an Avro record schema. */
  default CreateSchemaResponse createSchema(Consumer<CreateSchemaRequest.Builder> request) {
    CreateSchemaRequest.Builder builder = CreateSchemaRequest.builder();
    request.accept(builder);
    return createSchema(builder.build());
  }

  /** Describes a schema. */
  DescribeSchemaResponse describeSchema(DescribeSchemaRequest request);

  /** Describes a schema. */
  default DescribeSchemaResponse describeSchema(Consumer<DescribeSchemaRequest.Builder> request) {
    DescribeSchemaRequest.Builder builder = DescribeSchemaRequest.builder();
    request.accept(builder);
    return describeSchema(builder.build());
  }

  /** Lists schemas, newest first. */
  ListSchemasResponse listSchemas(ListSchemasRequest request);

  /** Lists schemas, newest first. */
  default ListSchemasResponse listSchemas(Consumer<ListSchemasRequest.Builder> request) {
    ListSchemasRequest.Builder builder = ListSchemasRequest.builder();
    request.accept(builder);
    return listSchemas(builder.build());
  }

  /** Deletes a schema that no dataset uses. */
  DeleteSchemaResponse deleteSchema(DeleteSchemaRequest request);

  /** Deletes a schema that no dataset uses. */
  default DeleteSchemaResponse deleteSchema(Consumer<DeleteSchemaRequest.Builder> request) {
    DeleteSchemaRequest.Builder builder = DeleteSchemaRequest.builder();
    request.accept(builder);
    return deleteSchema(builder.build());
  }

  /** Creates an empty dataset of one type in a dataset group. */
  CreateDatasetResponse createDataset(CreateDatasetRequest request);

  /** Creates an empty dataset of one type in a dataset group. */
  default CreateDatasetResponse createDataset(Consumer<CreateDatasetRequest.Builder> request) {
    CreateDatasetRequest.Builder builder = CreateDatasetRequest.builder();
    request.accept(builder);
    return createDataset(builder.build());
  }

  /** Describes a dataset. */
  DescribeDatasetResponse describeDataset(DescribeDatasetRequest request);

  /** Describes a dataset. */
  default DescribeDatasetResponse describeDataset(
      Consumer<DescribeDatasetRequest.Builder> request) {
    DescribeDatasetRequest.Builder builder = DescribeDatasetRequest.builder();
    request.accept(builder);
    return describeDataset(builder.build());
  }

  /** Lists datasets, optionally of one dataset group. */
  ListDatasetsResponse listDatasets(ListDatasetsRequest request);

  /** Lists datasets, optionally of one dataset group. */
  default ListDatasetsResponse listDatasets(Consumer<ListDatasetsRequest.Builder> request) {
    ListDatasetsRequest.Builder builder = ListDatasetsRequest.builder();
    request.accept(builder);
    return listDatasets(builder.build());
  }

  /** Deletes a dataset (and, when it is gone, its import jobs). */
  DeleteDatasetResponse deleteDataset(DeleteDatasetRequest request);

  /** Deletes a dataset (and, when it is gone, its import jobs). */
  default DeleteDatasetResponse deleteDataset(Consumer<DeleteDatasetRequest.Builder> request) {
    DeleteDatasetRequest.Builder builder = DeleteDatasetRequest.builder();
    request.accept(builder);
    return deleteDataset(builder.build());
  }

  /** Starts an import job for a dataset. */
  CreateDatasetImportJobResponse createDatasetImportJob(CreateDatasetImportJobRequest request);

  /** Starts an import job for a dataset. */
  default CreateDatasetImportJobResponse createDatasetImportJob(
      Consumer<CreateDatasetImportJobRequest.Builder> request) {
    CreateDatasetImportJobRequest.Builder builder = CreateDatasetImportJobRequest.builder();
    request.accept(builder);
    return createDatasetImportJob(builder.build());
  }

  /** Describes a dataset import job. */
  DescribeDatasetImportJobResponse describeDatasetImportJob(
      DescribeDatasetImportJobRequest request);

  /** Describes a dataset import job. */
  default DescribeDatasetImportJobResponse describeDatasetImportJob(
      Consumer<DescribeDatasetImportJobRequest.Builder> request) {
    DescribeDatasetImportJobRequest.Builder builder = DescribeDatasetImportJobRequest.builder();
    request.accept(builder);
    return describeDatasetImportJob(builder.build());
  }

  /** Lists dataset import jobs, optionally of one dataset. */
  ListDatasetImportJobsResponse listDatasetImportJobs(ListDatasetImportJobsRequest request);

  /** Lists dataset import jobs, optionally of one dataset. */
  default ListDatasetImportJobsResponse listDatasetImportJobs(
      Consumer<ListDatasetImportJobsRequest.Builder> request) {
    ListDatasetImportJobsRequest.Builder builder = ListDatasetImportJobsRequest.builder();
    request.accept(builder);
    return listDatasetImportJobs(builder.build());
  }

  /** Creates the event tracker of a dataset group. */
  CreateEventTrackerResponse createEventTracker(CreateEventTrackerRequest request);

  /** Creates the event tracker of a dataset group. */
  default CreateEventTrackerResponse createEventTracker(
      Consumer<CreateEventTrackerRequest.Builder> request) {
    CreateEventTrackerRequest.Builder builder = CreateEventTrackerRequest.builder();
    request.accept(builder);
    return createEventTracker(builder.build());
  }

  /** Describes an event tracker. */
  DescribeEventTrackerResponse describeEventTracker(DescribeEventTrackerRequest request);

  /** Describes an event tracker. */
  default DescribeEventTrackerResponse describeEventTracker(
      Consumer<DescribeEventTrackerRequest.Builder> request) {
    DescribeEventTrackerRequest.Builder builder = DescribeEventTrackerRequest.builder();
    request.accept(builder);
    return describeEventTracker(builder.build());
  }

  /** Lists event trackers, optionally of one dataset group. */
  ListEventTrackersResponse listEventTrackers(ListEventTrackersRequest request);

  /** Lists event trackers, optionally of one dataset group. */
  default ListEventTrackersResponse listEventTrackers(
      Consumer<ListEventTrackersRequest.Builder> request) {
    ListEventTrackersRequest.Builder builder = ListEventTrackersRequest.builder();
    request.accept(builder);
    return listEventTrackers(builder.build());
  }

  /** Deletes an event tracker. */
  DeleteEventTrackerResponse deleteEventTracker(DeleteEventTrackerRequest request);

  /** Deletes an event tracker. */
  default DeleteEventTrackerResponse deleteEventTracker(
      Consumer<DeleteEventTrackerRequest.Builder> request) {
    DeleteEventTrackerRequest.Builder builder = DeleteEventTrackerRequest.builder();
    request.accept(builder);
    return deleteEventTracker(builder.build());
  }

  /** Creates a recommendation filter from a filter expression. */
  CreateFilterResponse createFilter(CreateFilterRequest request);

  /** Creates a recommendation filter from a filter expression. */
  default CreateFilterResponse createFilter(Consumer<CreateFilterRequest.Builder> request) {
    CreateFilterRequest.Builder builder = CreateFilterRequest.builder();
    request.accept(builder);
    return createFilter(builder.build());
  }

  /** Describes a filter. */
  DescribeFilterResponse describeFilter(DescribeFilterRequest request);

  /** Describes a filter. */
  default DescribeFilterResponse describeFilter(Consumer<DescribeFilterRequest.Builder> request) {
    DescribeFilterRequest.Builder builder = DescribeFilterRequest.builder();
    request.accept(builder);
    return describeFilter(builder.build());
  }

  /** Lists filters, optionally of one dataset group. */
  ListFiltersResponse listFilters(ListFiltersRequest request);

  /** Lists filters, optionally of one dataset group. */
  default ListFiltersResponse listFilters(Consumer<ListFiltersRequest.Builder> request) {
    ListFiltersRequest.Builder builder = ListFiltersRequest.builder();
    request.accept(builder);
    return listFilters(builder.build());
  }

  /** Deletes a filter. */
  DeleteFilterResponse deleteFilter(DeleteFilterRequest request);

  /** Deletes a filter. */
  default DeleteFilterResponse deleteFilter(Consumer<DeleteFilterRequest.Builder> request) {
    DeleteFilterRequest.Builder builder = DeleteFilterRequest.builder();
    request.accept(builder);
    return deleteFilter(builder.build());
  }

  /** Lists the recipes of the catalog, by name. */
  ListRecipesResponse listRecipes(ListRecipesRequest request);

  /** Lists the recipes of the catalog, by name. */
  default ListRecipesResponse listRecipes(Consumer<ListRecipesRequest.Builder> request) {
    ListRecipesRequest.Builder builder = ListRecipesRequest.builder();
    request.accept(builder);
    return listRecipes(builder.build());
  }

  /** Describes a recipe. */
  DescribeRecipeResponse describeRecipe(DescribeRecipeRequest request);

  /** Describes a recipe. */
  default DescribeRecipeResponse describeRecipe(Consumer<DescribeRecipeRequest.Builder> request) {
    DescribeRecipeRequest.Builder builder = DescribeRecipeRequest.builder();
    request.accept(builder);
    return describeRecipe(builder.build());
  }

  /** Describes an algorithm. */
  DescribeAlgorithmResponse describeAlgorithm(DescribeAlgorithmRequest request);

  /** Describes an algorithm. */
  default DescribeAlgorithmResponse describeAlgorithm(
      Consumer<DescribeAlgorithmRequest.Builder> request) {
    DescribeAlgorithmRequest.Builder builder = DescribeAlgorithmRequest.builder();
    request.accept(builder);
    return describeAlgorithm(builder.build());
  }

  /** Describes a feature transformation. */
  DescribeFeatureTransformationResponse describeFeatureTransformation(
      DescribeFeatureTransformationRequest request);

  /** Describes a feature transformation. */
  default DescribeFeatureTransformationResponse describeFeatureTransformation(
      Consumer<DescribeFeatureTransformationRequest.Builder> request) {
    DescribeFeatureTransformationRequest.Builder builder =
        DescribeFeatureTransformationRequest.builder();
    request.accept(builder);
    return describeFeatureTransformation(builder.build());
  }

  /** Creates a solution: a recipe (or AutoML) and its training configuration. */
  CreateSolutionResponse createSolution(CreateSolutionRequest request);

  /** Creates a solution: a recipe (or AutoML) and its training configuration. */
  default CreateSolutionResponse createSolution(Consumer<CreateSolutionRequest.Builder> request) {
    CreateSolutionRequest.Builder builder = CreateSolutionRequest.builder();
    request.accept(builder);
    return createSolution(builder.build());
  }

  /** Describes a solution, with its latest version. */
  DescribeSolutionResponse describeSolution(DescribeSolutionRequest request);

  /** Describes a solution, with its latest version. */
  default DescribeSolutionResponse describeSolution(
      Consumer<DescribeSolutionRequest.Builder> request) {
    DescribeSolutionRequest.Builder builder = DescribeSolutionRequest.builder();
    request.accept(builder);
    return describeSolution(builder.build());
  }

  /** Lists solutions, optionally of one dataset group. */
  ListSolutionsResponse listSolutions(ListSolutionsRequest request);

  /** Lists solutions, optionally of one dataset group. */
  default ListSolutionsResponse listSolutions(Consumer<ListSolutionsRequest.Builder> request) {
    ListSolutionsRequest.Builder builder = ListSolutionsRequest.builder();
    request.accept(builder);
    return listSolutions(builder.build());
  }

  /** Deletes a solution and, when it is gone, its versions. */
  DeleteSolutionResponse deleteSolution(DeleteSolutionRequest request);

  /** Deletes a solution and, when it is gone, its versions. */
  default DeleteSolutionResponse deleteSolution(Consumer<DeleteSolutionRequest.Builder> request) {
    DeleteSolutionRequest.Builder builder = DeleteSolutionRequest.builder();
    request.accept(builder);
    return deleteSolution(builder.build());
  }

  /** Trains a new version of an ACTIVE solution. */
  CreateSolutionVersionResponse createSolutionVersion(CreateSolutionVersionRequest request);

  /** Trains a new version of an ACTIVE solution. */
  default CreateSolutionVersionResponse createSolutionVersion(
      Consumer<CreateSolutionVersionRequest.Builder> request) {
    CreateSolutionVersionRequest.Builder builder = CreateSolutionVersionRequest.builder();
    request.accept(builder);
    return createSolutionVersion(builder.build());
  }

  /** Describes a solution version. */
  DescribeSolutionVersionResponse describeSolutionVersion(DescribeSolutionVersionRequest request);

  /** Describes a solution version. */
  default DescribeSolutionVersionResponse describeSolutionVersion(
      Consumer<DescribeSolutionVersionRequest.Builder> request) {
    DescribeSolutionVersionRequest.Builder builder = DescribeSolutionVersionRequest.builder();
    request.accept(builder);
    return describeSolutionVersion(builder.build());
  }

  /** Lists solution versions, optionally of one solution. */
  ListSolutionVersionsResponse listSolutionVersions(ListSolutionVersionsRequest request);

  /** Lists solution versions, optionally of one solution. */
  default ListSolutionVersionsResponse listSolutionVersions(
      Consumer<ListSolutionVersionsRequest.Builder> request) {
    ListSolutionVersionsRequest.Builder builder = ListSolutionVersionsRequest.builder();
    request.accept(builder);
    return listSolutionVersions(builder.build());
  }

  /** Returns the training metrics of an ACTIVE solution version. */
  GetSolutionMetricsResponse getSolutionMetrics(GetSolutionMetricsRequest request);

  /** Returns the training metrics of an ACTIVE solution version. */
  default GetSolutionMetricsResponse getSolutionMetrics(
      Consumer<GetSolutionMetricsRequest.Builder> request) {
    GetSolutionMetricsRequest.Builder builder = GetSolutionMetricsRequest.builder();
    request.accept(builder);
    return getSolutionMetrics(builder.build());
  }

  /** Deploys an ACTIVE solution version as a campaign. */
  CreateCampaignResponse createCampaign(CreateCampaignRequest request);

  /** Deploys an ACTIVE solution version as a campaign. */
  default CreateCampaignResponse createCampaign(Consumer<CreateCampaignRequest.Builder> request) {
    CreateCampaignRequest.Builder builder = CreateCampaignRequest.builder();
    request.accept(builder);
    return createCampaign(builder.build());
  }

  /** Describes a campaign, with its latest update. */
  DescribeCampaignResponse describeCampaign(DescribeCampaignRequest request);

  /** Describes a campaign, with its latest update. */
  default DescribeCampaignResponse describeCampaign(
      Consumer<DescribeCampaignRequest.Builder> request) {
    DescribeCampaignRequest.Builder builder = DescribeCampaignRequest.builder();
    request.accept(builder);
    return describeCampaign(builder.build());
  }

  /** Lists campaigns, optionally of one solution. */
  ListCampaignsResponse listCampaigns(ListCampaignsRequest request);

  /** Lists campaigns, optionally of one solution. */
  default ListCampaignsResponse listCampaigns(Consumer<ListCampaignsRequest.Builder> request) {
    ListCampaignsRequest.Builder builder = ListCampaignsRequest.builder();
    request.accept(builder);
    return listCampaigns(builder.build());
  }

  /** Redeploys a campaign with another solution version, TPS or configuration. */
  UpdateCampaignResponse updateCampaign(UpdateCampaignRequest request);

  /** Redeploys a campaign with another solution version, TPS or configuration. */
  default UpdateCampaignResponse updateCampaign(Consumer<UpdateCampaignRequest.Builder> request) {
    UpdateCampaignRequest.Builder builder = UpdateCampaignRequest.builder();
    request.accept(builder);
    return updateCampaign(builder.build());
  }

  /** Deletes a campaign; its solution version stays. */
  DeleteCampaignResponse deleteCampaign(DeleteCampaignRequest request);

  /** Deletes a campaign; its solution version stays. */
  default DeleteCampaignResponse deleteCampaign(Consumer<DeleteCampaignRequest.Builder> request) {
    DeleteCampaignRequest.Builder builder = DeleteCampaignRequest.builder();
    request.accept(builder);
    return deleteCampaign(builder.build());
  }

  /** Starts a batch inference job on an ACTIVE solution version. */
  CreateBatchInferenceJobResponse createBatchInferenceJob(CreateBatchInferenceJobRequest request);

  /** Starts a batch inference job on an ACTIVE solution version. */
  default CreateBatchInferenceJobResponse createBatchInferenceJob(
      Consumer<CreateBatchInferenceJobRequest.Builder> request) {
    CreateBatchInferenceJobRequest.Builder builder = CreateBatchInferenceJobRequest.builder();
    request.accept(builder);
    return createBatchInferenceJob(builder.build());
  }

  /** Describes a batch inference job. */
  DescribeBatchInferenceJobResponse describeBatchInferenceJob(
      DescribeBatchInferenceJobRequest request);

  /** Describes a batch inference job. */
  default DescribeBatchInferenceJobResponse describeBatchInferenceJob(
      Consumer<DescribeBatchInferenceJobRequest.Builder> request) {
    DescribeBatchInferenceJobRequest.Builder builder = DescribeBatchInferenceJobRequest.builder();
    request.accept(builder);
    return describeBatchInferenceJob(builder.build());
  }

  /** Lists batch inference jobs, optionally of one solution version. */
  ListBatchInferenceJobsResponse listBatchInferenceJobs(ListBatchInferenceJobsRequest request);

  /** Lists batch inference jobs, optionally of one solution version. */
  default ListBatchInferenceJobsResponse listBatchInferenceJobs(
      Consumer<ListBatchInferenceJobsRequest.Builder> request) {
    ListBatchInferenceJobsRequest.Builder builder = ListBatchInferenceJobsRequest.builder();
    request.accept(builder);
    return listBatchInferenceJobs(builder.build());
  }
}
