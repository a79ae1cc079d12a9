package io.personalizefake.service;

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
import io.personalizefake.model.DescribeAlgorithmRequest;
import io.personalizefake.model.DescribeAlgorithmResponse;
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
  default CreateDatasetGroupResponse createDatasetGroup(Consumer<CreateDatasetGroupRequest.Builder> request) {
    CreateDatasetGroupRequest.Builder builder = CreateDatasetGroupRequest.builder();
    request.accept(builder);
    return createDatasetGroup(builder.build());
  }

  /** Describes a dataset group. */
  DescribeDatasetGroupResponse describeDatasetGroup(DescribeDatasetGroupRequest request);

  /** Describes a dataset group. */
  default DescribeDatasetGroupResponse describeDatasetGroup(Consumer<DescribeDatasetGroupRequest.Builder> request) {
    DescribeDatasetGroupRequest.Builder builder = DescribeDatasetGroupRequest.builder();
    request.accept(builder);
    return describeDatasetGroup(builder.build());
  }

  /** Lists dataset groups, newest first. */
  ListDatasetGroupsResponse listDatasetGroups(ListDatasetGroupsRequest request);

  /** Lists dataset groups, newest first. */
  default ListDatasetGroupsResponse listDatasetGroups(Consumer<ListDatasetGroupsRequest.Builder> request) {
    ListDatasetGroupsRequest.Builder builder = ListDatasetGroupsRequest.builder();
    request.accept(builder);
    return listDatasetGroups(builder.build());
  }

  /** Deletes a dataset group that has no datasets, solutions or event tracker. */
  DeleteDatasetGroupResponse deleteDatasetGroup(DeleteDatasetGroupRequest request);

  /** Deletes a dataset group that has no datasets, solutions or event tracker. */
  default DeleteDatasetGroupResponse deleteDatasetGroup(Consumer<DeleteDatasetGroupRequest.Builder> request) {
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
  default DescribeDatasetResponse describeDataset(Consumer<DescribeDatasetRequest.Builder> request) {
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
  default CreateDatasetImportJobResponse createDatasetImportJob(Consumer<CreateDatasetImportJobRequest.Builder> request) {
    CreateDatasetImportJobRequest.Builder builder = CreateDatasetImportJobRequest.builder();
    request.accept(builder);
    return createDatasetImportJob(builder.build());
  }

  /** Describes a dataset import job. */
  DescribeDatasetImportJobResponse describeDatasetImportJob(DescribeDatasetImportJobRequest request);

  /** Describes a dataset import job. */
  default DescribeDatasetImportJobResponse describeDatasetImportJob(Consumer<DescribeDatasetImportJobRequest.Builder> request) {
    DescribeDatasetImportJobRequest.Builder builder = DescribeDatasetImportJobRequest.builder();
    request.accept(builder);
    return describeDatasetImportJob(builder.build());
  }

  /** Lists dataset import jobs, optionally of one dataset. */
  ListDatasetImportJobsResponse listDatasetImportJobs(ListDatasetImportJobsRequest request);

  /** Lists dataset import jobs, optionally of one dataset. */
  default ListDatasetImportJobsResponse listDatasetImportJobs(Consumer<ListDatasetImportJobsRequest.Builder> request) {
    ListDatasetImportJobsRequest.Builder builder = ListDatasetImportJobsRequest.builder();
    request.accept(builder);
    return listDatasetImportJobs(builder.build());
  }

  /** Creates the event tracker of a dataset group. */
  CreateEventTrackerResponse createEventTracker(CreateEventTrackerRequest request);

  /** Creates the event tracker of a dataset group. */
  default CreateEventTrackerResponse createEventTracker(Consumer<CreateEventTrackerRequest.Builder> request) {
    CreateEventTrackerRequest.Builder builder = CreateEventTrackerRequest.builder();
    request.accept(builder);
    return createEventTracker(builder.build());
  }

  /** Describes an event tracker. */
  DescribeEventTrackerResponse describeEventTracker(DescribeEventTrackerRequest request);

  /** Describes an event tracker. */
  default DescribeEventTrackerResponse describeEventTracker(Consumer<DescribeEventTrackerRequest.Builder> request) {
    DescribeEventTrackerRequest.Builder builder = DescribeEventTrackerRequest.builder();
    request.accept(builder);
    return describeEventTracker(builder.build());
  }

  /** Lists event trackers, optionally of one dataset group. */
  ListEventTrackersResponse listEventTrackers(ListEventTrackersRequest request);

  /** Lists event trackers, optionally of one dataset group. */
  default ListEventTrackersResponse listEventTrackers(Consumer<ListEventTrackersRequest.Builder> request) {
    ListEventTrackersRequest.Builder builder = ListEventTrackersRequest.builder();
    request.accept(builder);
    return listEventTrackers(builder.build());
  }

  /** Deletes an event tracker. */
  DeleteEventTrackerResponse deleteEventTracker(DeleteEventTrackerRequest request);

  /** Deletes an event tracker. */
  default DeleteEventTrackerResponse deleteEventTracker(Consumer<DeleteEventTrackerRequest.Builder> request) {
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
  default DescribeAlgorithmResponse describeAlgorithm(Consumer<DescribeAlgorithmRequest.Builder> request) {
    DescribeAlgorithmRequest.Builder builder = DescribeAlgorithmRequest.builder();
    request.accept(builder);
    return describeAlgorithm(builder.build());
  }

  /** Describes a feature transformation. */
  DescribeFeatureTransformationResponse describeFeatureTransformation(DescribeFeatureTransformationRequest request);

  /** Describes a feature transformation. */
  default DescribeFeatureTransformationResponse describeFeatureTransformation(Consumer<DescribeFeatureTransformationRequest.Builder> request) {
    DescribeFeatureTransformationRequest.Builder builder = DescribeFeatureTransformationRequest.builder();
    request.accept(builder);
    return describeFeatureTransformation(builder.build());
  }
}
