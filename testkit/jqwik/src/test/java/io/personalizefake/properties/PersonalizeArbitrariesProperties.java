package io.personalizefake.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.jqwik.PersonalizeArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link PersonalizeArbitraries} draws is accepted (valid forms) or refused (invalid forms) by
 * the fake.
 */
class PersonalizeArbitrariesProperties {

  private static PersonalizeService fresh() {
    return PersonalizeFake.builder().clock(FakeClock.frozen()).seed(1).build().service();
  }

  @Property(tries = 200)
  void valid_names_are_accepted(@ForAll("names") String name) {
    PersonalizeService p = fresh();
    assertThat(p.createDatasetGroup(b -> b.name(name)).datasetGroupArn())
        .endsWith(":dataset-group/" + name);
  }

  @Property(tries = 200)
  void invalid_names_are_refused(@ForAll("invalidNames") String name) {
    assertThatThrownBy(() -> fresh().createDatasetGroup(b -> b.name(name)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 100)
  void well_formed_and_bogus_arns_are_not_found(
      @ForAll("types") ResourceType type, @ForAll("switches") boolean bogus) {
    String arn =
        (bogus ? PersonalizeArbitraries.bogusArns(type) : PersonalizeArbitraries.arns(type))
            .sample();
    assertThatThrownBy(() -> describe(fresh(), type, arn))
        .as(arn)
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Property(tries = 100)
  void malformed_arns_are_refused(
      @ForAll("types") ResourceType type, @ForAll("malformedArns") String arn) {
    assertThatThrownBy(() -> describe(fresh(), type, arn))
        .as(arn)
        .isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 150)
  void schemas_are_accepted_and_fit_their_dataset_type(
      @ForAll("datasetTypes") String type, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    String schema = PersonalizeArbitraries.schemas(type).sample();
    PersonalizeService p = fresh();
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    String schemaArn = p.createSchema(b -> b.name("s").schema(schema)).schemaArn();
    assertThat(
            p.createDataset(
                    b -> b.name("d").datasetGroupArn(group).datasetType(type).schemaArn(schemaArn))
                .datasetArn())
        .as(schema)
        .endsWith("/" + type.toUpperCase());
  }

  @Property(tries = 100)
  void invalid_schemas_are_refused(@ForAll("invalidSchemas") String schema) {
    assertThatThrownBy(() -> fresh().createSchema(b -> b.name("s").schema(schema)))
        .as(schema)
        .isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 200)
  void filter_expressions_are_accepted_on_a_group_with_the_three_datasets(
      @ForAll("filterExpressions") String expression) {
    PersonalizeService p = fresh();
    String group = groupWithAllDatasets(p);
    assertThat(
            p.createFilter(b -> b.name("f").datasetGroupArn(group).filterExpression(expression))
                .filterArn())
        .as(expression)
        .isNotNull();
  }

  @Property(tries = 100)
  void invalid_filter_expressions_are_refused(
      @ForAll("invalidFilterExpressions") String expression) {
    PersonalizeService p = fresh();
    String group = groupWithAllDatasets(p);
    assertThatThrownBy(
            () ->
                p.createFilter(
                    b -> b.name("f").datasetGroupArn(group).filterExpression(expression)))
        .as(expression)
        .isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 430)
  void requests_of_every_operation_are_well_formed(
      @ForAll("requests") Tuple2<String, Function<PersonalizeService, Object>> call) {
    try {
      assertThat(call.get2().apply(fresh())).as(call.get1()).isNotNull();
    } catch (PersonalizeFakeException e) {
      assertThat(e.errorCode())
          .as("%s on a fresh fake: %s", call.get1(), e.getMessage())
          .isEqualTo("ResourceNotFoundException");
    }
  }

  @Example
  void there_is_a_request_arbitrary_for_each_of_the_43_operations() {
    assertThat(requestsByOperation()).hasSize(43);
    assertThat(requestsByOperation().stream().map(Tuple2::get1).distinct()).hasSize(43);
  }

  private static String groupWithAllDatasets(PersonalizeService p) {
    String group = p.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    for (String[] t :
        new String[][] {
          {"Interactions", PersonalizeArbitraries.INTERACTIONS_SCHEMA},
          {"Items", PersonalizeArbitraries.ITEMS_SCHEMA},
          {"Users", PersonalizeArbitraries.USERS_SCHEMA}
        }) {
      String schema = p.createSchema(b -> b.name(t[0]).schema(t[1])).schemaArn();
      p.createDataset(b -> b.name(t[0]).datasetGroupArn(group).datasetType(t[0]).schemaArn(schema));
    }
    return group;
  }

  private static Object describe(PersonalizeService p, ResourceType type, String arn) {
    return switch (type) {
      case DATASET_GROUP -> p.describeDatasetGroup(b -> b.datasetGroupArn(arn));
      case SCHEMA -> p.describeSchema(b -> b.schemaArn(arn));
      case DATASET -> p.describeDataset(b -> b.datasetArn(arn));
      case DATASET_IMPORT_JOB -> p.describeDatasetImportJob(b -> b.datasetImportJobArn(arn));
      case EVENT_TRACKER -> p.describeEventTracker(b -> b.eventTrackerArn(arn));
      case FILTER -> p.describeFilter(b -> b.filterArn(arn));
      case SOLUTION -> p.describeSolution(b -> b.solutionArn(arn));
      case SOLUTION_VERSION -> p.describeSolutionVersion(b -> b.solutionVersionArn(arn));
      case CAMPAIGN -> p.describeCampaign(b -> b.campaignArn(arn));
      case BATCH_INFERENCE_JOB -> p.describeBatchInferenceJob(b -> b.batchInferenceJobArn(arn));
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  @Provide
  Arbitrary<ResourceType> types() {
    return Arbitraries.of(ResourceType.class).filter(t -> t != ResourceType.CAMPAIGN_UPDATE);
  }

  @Provide
  Arbitrary<Boolean> switches() {
    return Arbitraries.of(true, false);
  }

  @Provide
  Arbitrary<String> datasetTypes() {
    return Arbitraries.of("Interactions", "Items", "Users");
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalizeArbitraries.names();
  }

  @Provide
  Arbitrary<String> invalidNames() {
    return PersonalizeArbitraries.invalidNames();
  }

  @Provide
  Arbitrary<String> malformedArns() {
    return PersonalizeArbitraries.malformedArns();
  }

  @Provide
  Arbitrary<String> invalidSchemas() {
    return PersonalizeArbitraries.invalidSchemas();
  }

  @Provide
  Arbitrary<String> filterExpressions() {
    return PersonalizeArbitraries.filterExpressions();
  }

  @Provide
  Arbitrary<String> invalidFilterExpressions() {
    return PersonalizeArbitraries.invalidFilterExpressions();
  }

  @Provide
  Arbitrary<Tuple2<String, Function<PersonalizeService, Object>>> requests() {
    return Arbitraries.oneOf(
        requestsByOperation().stream()
            .map(op -> op.get2().map(call -> Tuple.of(op.get1(), call)))
            .toList());
  }

  private static <R> Tuple2<String, Arbitrary<Function<PersonalizeService, Object>>> op(
      String name,
      Arbitrary<R> requests,
      java.util.function.BiFunction<PersonalizeService, R, Object> call) {
    return Tuple.of(
        name, requests.map(r -> (Function<PersonalizeService, Object>) p -> call.apply(p, r)));
  }

  static List<Tuple2<String, Arbitrary<Function<PersonalizeService, Object>>>>
      requestsByOperation() {
    List<Tuple2<String, Arbitrary<Function<PersonalizeService, Object>>>> ops = new ArrayList<>();
    ops.add(
        op(
            "CreateDatasetGroup",
            PersonalizeArbitraries.createDatasetGroupRequests(),
            PersonalizeService::createDatasetGroup));
    ops.add(
        op(
            "DescribeDatasetGroup",
            PersonalizeArbitraries.describeDatasetGroupRequests(),
            PersonalizeService::describeDatasetGroup));
    ops.add(
        op(
            "ListDatasetGroups",
            PersonalizeArbitraries.listDatasetGroupsRequests(),
            PersonalizeService::listDatasetGroups));
    ops.add(
        op(
            "DeleteDatasetGroup",
            PersonalizeArbitraries.deleteDatasetGroupRequests(),
            PersonalizeService::deleteDatasetGroup));
    ops.add(
        op(
            "CreateSchema",
            PersonalizeArbitraries.createSchemaRequests(),
            PersonalizeService::createSchema));
    ops.add(
        op(
            "DescribeSchema",
            PersonalizeArbitraries.describeSchemaRequests(),
            PersonalizeService::describeSchema));
    ops.add(
        op(
            "ListSchemas",
            PersonalizeArbitraries.listSchemasRequests(),
            PersonalizeService::listSchemas));
    ops.add(
        op(
            "DeleteSchema",
            PersonalizeArbitraries.deleteSchemaRequests(),
            PersonalizeService::deleteSchema));
    ops.add(
        op(
            "CreateDataset",
            PersonalizeArbitraries.createDatasetRequests(),
            PersonalizeService::createDataset));
    ops.add(
        op(
            "DescribeDataset",
            PersonalizeArbitraries.describeDatasetRequests(),
            PersonalizeService::describeDataset));
    ops.add(
        op(
            "ListDatasets",
            PersonalizeArbitraries.listDatasetsRequests(),
            PersonalizeService::listDatasets));
    ops.add(
        op(
            "DeleteDataset",
            PersonalizeArbitraries.deleteDatasetRequests(),
            PersonalizeService::deleteDataset));
    ops.add(
        op(
            "CreateDatasetImportJob",
            PersonalizeArbitraries.createDatasetImportJobRequests(),
            PersonalizeService::createDatasetImportJob));
    ops.add(
        op(
            "DescribeDatasetImportJob",
            PersonalizeArbitraries.describeDatasetImportJobRequests(),
            PersonalizeService::describeDatasetImportJob));
    ops.add(
        op(
            "ListDatasetImportJobs",
            PersonalizeArbitraries.listDatasetImportJobsRequests(),
            PersonalizeService::listDatasetImportJobs));
    ops.add(
        op(
            "CreateEventTracker",
            PersonalizeArbitraries.createEventTrackerRequests(),
            PersonalizeService::createEventTracker));
    ops.add(
        op(
            "DescribeEventTracker",
            PersonalizeArbitraries.describeEventTrackerRequests(),
            PersonalizeService::describeEventTracker));
    ops.add(
        op(
            "ListEventTrackers",
            PersonalizeArbitraries.listEventTrackersRequests(),
            PersonalizeService::listEventTrackers));
    ops.add(
        op(
            "DeleteEventTracker",
            PersonalizeArbitraries.deleteEventTrackerRequests(),
            PersonalizeService::deleteEventTracker));
    ops.add(
        op(
            "CreateFilter",
            PersonalizeArbitraries.createFilterRequests(),
            PersonalizeService::createFilter));
    ops.add(
        op(
            "DescribeFilter",
            PersonalizeArbitraries.describeFilterRequests(),
            PersonalizeService::describeFilter));
    ops.add(
        op(
            "ListFilters",
            PersonalizeArbitraries.listFiltersRequests(),
            PersonalizeService::listFilters));
    ops.add(
        op(
            "DeleteFilter",
            PersonalizeArbitraries.deleteFilterRequests(),
            PersonalizeService::deleteFilter));
    ops.add(
        op(
            "ListRecipes",
            PersonalizeArbitraries.listRecipesRequests(),
            PersonalizeService::listRecipes));
    ops.add(
        op(
            "DescribeRecipe",
            PersonalizeArbitraries.describeRecipeRequests(),
            PersonalizeService::describeRecipe));
    ops.add(
        op(
            "DescribeAlgorithm",
            PersonalizeArbitraries.describeAlgorithmRequests(),
            PersonalizeService::describeAlgorithm));
    ops.add(
        op(
            "DescribeFeatureTransformation",
            PersonalizeArbitraries.describeFeatureTransformationRequests(),
            PersonalizeService::describeFeatureTransformation));
    ops.add(
        op(
            "CreateSolution",
            PersonalizeArbitraries.createSolutionRequests(),
            PersonalizeService::createSolution));
    ops.add(
        op(
            "DescribeSolution",
            PersonalizeArbitraries.describeSolutionRequests(),
            PersonalizeService::describeSolution));
    ops.add(
        op(
            "ListSolutions",
            PersonalizeArbitraries.listSolutionsRequests(),
            PersonalizeService::listSolutions));
    ops.add(
        op(
            "DeleteSolution",
            PersonalizeArbitraries.deleteSolutionRequests(),
            PersonalizeService::deleteSolution));
    ops.add(
        op(
            "CreateSolutionVersion",
            PersonalizeArbitraries.createSolutionVersionRequests(),
            PersonalizeService::createSolutionVersion));
    ops.add(
        op(
            "DescribeSolutionVersion",
            PersonalizeArbitraries.describeSolutionVersionRequests(),
            PersonalizeService::describeSolutionVersion));
    ops.add(
        op(
            "ListSolutionVersions",
            PersonalizeArbitraries.listSolutionVersionsRequests(),
            PersonalizeService::listSolutionVersions));
    ops.add(
        op(
            "GetSolutionMetrics",
            PersonalizeArbitraries.getSolutionMetricsRequests(),
            PersonalizeService::getSolutionMetrics));
    ops.add(
        op(
            "CreateCampaign",
            PersonalizeArbitraries.createCampaignRequests(),
            PersonalizeService::createCampaign));
    ops.add(
        op(
            "DescribeCampaign",
            PersonalizeArbitraries.describeCampaignRequests(),
            PersonalizeService::describeCampaign));
    ops.add(
        op(
            "ListCampaigns",
            PersonalizeArbitraries.listCampaignsRequests(),
            PersonalizeService::listCampaigns));
    ops.add(
        op(
            "UpdateCampaign",
            PersonalizeArbitraries.updateCampaignRequests(),
            PersonalizeService::updateCampaign));
    ops.add(
        op(
            "DeleteCampaign",
            PersonalizeArbitraries.deleteCampaignRequests(),
            PersonalizeService::deleteCampaign));
    ops.add(
        op(
            "CreateBatchInferenceJob",
            PersonalizeArbitraries.createBatchInferenceJobRequests(),
            PersonalizeService::createBatchInferenceJob));
    ops.add(
        op(
            "DescribeBatchInferenceJob",
            PersonalizeArbitraries.describeBatchInferenceJobRequests(),
            PersonalizeService::describeBatchInferenceJob));
    ops.add(
        op(
            "ListBatchInferenceJobs",
            PersonalizeArbitraries.listBatchInferenceJobsRequests(),
            PersonalizeService::listBatchInferenceJobs));
    return ops;
  }
}
