package io.personalizefake.testkit.jqwik;

import io.personalizefake.model.*;
import io.personalizefake.model.ResourceType;
import io.personalizefake.testkit.jqwik.Docs.FilterDoc;
import io.personalizefake.testkit.jqwik.Docs.SchemaDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for plain properties: names, ARNs, Avro schemas, filter expressions and a
 * request for each of the 43 operations, each in a valid form (the service's model constraints
 * hold, so the fake never answers {@code InvalidInputException} for the form alone) and, where it
 * makes sense, an invalid one (the fake answers {@code InvalidInputException}).
 *
 * <pre>{@code
 * @Property
 * void any_group_name_is_accepted(@ForAll("names") String name) {
 *   PersonalizeFake fake = PersonalizeFake.builder().clock(FakeClock.frozen()).build();
 *   fake.service().createDatasetGroup(b -> b.name(name));
 * }
 * @Provide Arbitrary<String> names() { return PersonalizeArbitraries.names(); }
 * }</pre>
 *
 * <p>ARNs are of the fake's default account {@code 123456789012} and region {@code us-east-1}.
 */
public final class PersonalizeArbitraries {

  private PersonalizeArbitraries() {}

  /** An Interactions schema: USER_ID, ITEM_ID, EVENT_TYPE, TIMESTAMP. */
  public static final String INTERACTIONS_SCHEMA = SchemaDoc.INTERACTIONS.text;

  /**
   * An Items schema: ITEM_ID, GENRE (categorical string), PRICE (nullable int), IN_STOCK (boolean).
   */
  public static final String ITEMS_SCHEMA = SchemaDoc.ITEMS.text;

  /** A Users schema: USER_ID, AGE (int), TIER (string). */
  public static final String USERS_SCHEMA = SchemaDoc.USERS.text;

  private static final String ACCOUNT = Calls.ACCOUNT;
  private static final String REGION = Calls.REGION;
  private static final String ROLE = Draws.ROLE;

  // --- names ----------------------------------------------------------------------------------

  /**
   * Names the service accepts: a letter or digit, then letters, digits, '-' and '_', 1 to 63
   * characters.
   */
  public static Arbitrary<String> names() {
    Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
    Arbitrary<String> rest =
        Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMaxLength(62);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /**
   * Names the service refuses: empty, 64 characters or more, starting with '-' or '_', or with a
   * character outside letters, digits, '-' and '_'.
   */
  public static Arbitrary<String> invalidNames() {
    Arbitrary<String> valid = names();
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.strings().alpha().numeric().ofMinLength(64).ofMaxLength(100),
        Combinators.combine(
                Arbitraries.of('-', '_'), valid.map(n -> n.length() > 60 ? n.substring(0, 60) : n))
            .as((c, n) -> c + n),
        Combinators.combine(
                valid.map(n -> n.length() > 60 ? n.substring(0, 60) : n),
                Arbitraries.of(' ', '.', '/', ':', '!', '\u00e9', '*'))
            .as((n, c) -> n + c));
  }

  // --- ARNs -----------------------------------------------------------------------------------

  /**
   * Well-formed ARNs of {@code type} in the default account and region, e.g. {@code
   * arn:aws:personalize:us-east-1:123456789012:dataset-group/shop}; on a fresh fake, a call with
   * one answers {@code ResourceNotFoundException}.
   */
  public static Arbitrary<String> arns(ResourceType type) {
    String prefix = "arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":";
    Arbitrary<String> name = names().map(n -> n.length() > 40 ? n.substring(0, 40) : n);
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(8);
    return switch (type) {
      case DATASET ->
          Combinators.combine(name, Arbitraries.of("INTERACTIONS", "ITEMS", "USERS"))
              .as((g, t) -> prefix + "dataset/" + g + "/" + t);
      case EVENT_TRACKER -> hex.map(h -> prefix + "event-tracker/" + h);
      case SOLUTION_VERSION ->
          Combinators.combine(name, hex).as((s, h) -> prefix + "solution/" + s + "/" + h);
      case CAMPAIGN_UPDATE ->
          throw new IllegalArgumentException("campaign updates have no ARN of their own");
      default -> name.map(n -> prefix + type.arnSegment() + "/" + n);
    };
  }

  /**
   * Well-formed ARNs that name no resource of {@code type} a call in the default region could find:
   * of another region, of another account, or of another resource type. The service answers {@code
   * ResourceNotFoundException}.
   */
  public static Arbitrary<String> bogusArns(ResourceType type) {
    return arns(type)
        .flatMap(
            arn -> {
              String id =
                  arn.substring(("arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":").length());
              String otherType = type == ResourceType.SCHEMA ? "filter" : "schema";
              return Arbitraries.of(
                  "arn:aws:personalize:eu-west-1:" + ACCOUNT + ":" + id,
                  "arn:aws:personalize:" + REGION + ":210987654321:" + id,
                  "arn:aws:personalize:"
                      + REGION
                      + ":"
                      + ACCOUNT
                      + ":"
                      + otherType
                      + id.substring(id.indexOf('/')));
            });
  }

  /**
   * Strings that are not ARNs in the service's model (wrong form, other services, over 256
   * characters).
   */
  public static Arbitrary<String> malformedArns() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            "not-an-arn",
            "arn:aws:personalize",
            "arn:aws:s3:::bucket/key",
            "dataset-group/shop",
            "arn:AWS:personalize:us-east-1:123456789012:dataset-group/shop"),
        names()
            .map(
                n ->
                    "arn:aws:personalize:us-east-1:123456789012:dataset-group/"
                        + n
                        + "x".repeat(256)));
  }

  // --- schemas --------------------------------------------------------------------------------

  private static final List<String> METADATA_FIELDS =
      List.of(
          "GENRE",
          "PRICE",
          "AGE",
          "TIER",
          "COLOR",
          "BRAND",
          "SIZE",
          "RATING",
          "REGION_CODE",
          "DESCRIPTION");

  /**
   * Avro schemas that CreateSchema accepts and that fit a dataset of {@code datasetType} ({@code
   * "Interactions"}, {@code "Items"} or {@code "Users"}, any case): the record name of the type,
   * its required fields with their types, and metadata fields of every supported type, sometimes
   * nullable or categorical, within the type's bounds.
   */
  public static Arbitrary<String> schemas(String datasetType) {
    Docs.DsType type = Docs.DsType.parse(datasetType);
    if (type == null) {
      throw new IllegalArgumentException(
          "not a dataset type: " + datasetType + " (Interactions, Items or Users)");
    }
    List<String> required =
        switch (type) {
          case INTERACTIONS ->
              List.of(
                  field("USER_ID", "\"string\""),
                  field("ITEM_ID", "\"string\""),
                  field("TIMESTAMP", "\"long\""));
          case ITEMS -> List.of(field("ITEM_ID", "\"string\""));
          case USERS -> List.of(field("USER_ID", "\"string\""));
        };
    int minMetadata = type == Docs.DsType.INTERACTIONS ? 0 : 1;
    Arbitrary<String> metadataField =
        Combinators.combine(
                Arbitraries.of("string", "int", "long", "float", "double", "boolean"),
                Arbitraries.of(false, true),
                Arbitraries.of(false, true))
            .as(
                (t, nullable, categorical) ->
                    (nullable ? "[\"null\", \"" + t + "\"]" : "\"" + t + "\"")
                        + (categorical && t.equals("string") ? ", \"categorical\": true" : ""));
    Arbitrary<List<String>> names =
        Arbitraries.of(METADATA_FIELDS).list().uniqueElements().ofMinSize(minMetadata).ofMaxSize(5);
    Arbitrary<String> recordName =
        Arbitraries.of(
            type.name(),
            type.name().toLowerCase(Locale.ROOT),
            type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT));
    return Combinators.combine(
            recordName, names, metadataField.list().ofSize(5), Arbitraries.of(true, false))
        .as(
            (record, fieldNames, types, namespace) -> {
              List<String> fields = new ArrayList<>(required);
              for (int i = 0; i < fieldNames.size(); i++) {
                fields.add(field(fieldNames.get(i), types.get(i)));
              }
              return "{\"type\": \"record\", \"name\": \""
                  + record
                  + "\""
                  + (namespace ? ", \"namespace\": \"com.amazonaws.personalize.schema\"" : "")
                  + ", \"fields\": ["
                  + String.join(", ", fields)
                  + "], \"version\": \"1.0\"}";
            });
  }

  private static String field(String name, String typeAndMore) {
    return "{\"name\": \"" + name + "\", \"type\": " + typeAndMore + "}";
  }

  /**
   * Schemas that CreateSchema refuses: not JSON, not a record, no fields, unsupported or duplicate
   * fields, longer than 10,000 characters.
   */
  public static Arbitrary<String> invalidSchemas() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            SchemaDoc.NO_FIELDS.text,
            SchemaDoc.TRUNCATED.text,
            SchemaDoc.ARRAY_FIELD.text,
            SchemaDoc.ITEMS_TOO_LONG.text,
            "",
            "[]",
            "\"record\"",
            "{\"type\": \"enum\", \"name\": \"Items\", \"symbols\": [\"A\"]}",
            "{\"type\": \"record\", \"name\": \"Items\", \"fields\": [{\"name\": \"ITEM_ID\", \"type\": \"string\"},"
                + " {\"name\": \"ITEM_ID\", \"type\": \"string\"}]}",
            "{\"type\": \"record\", \"name\": \"Items\", \"fields\": [{\"name\": \"ITEM_ID\", \"type\": \"null\"}]}",
            "{\"type\": \"record\", \"name\": \"Items\", \"fields\": [{\"name\": \"9LIVES\", \"type\": \"string\"}]}"),
        schemas("Items").map(s -> s.replace("\"type\": \"record\"", "\"type\": \"recrd\"")));
  }

  // --- filter expressions ---------------------------------------------------------------------

  /**
   * Filter expressions that CreateFilter accepts for a dataset group whose Interactions, Items and
   * Users datasets use {@link #INTERACTIONS_SCHEMA}, {@link #ITEMS_SCHEMA} and {@link
   * #USERS_SCHEMA}: INCLUDE or EXCLUDE over item genres, prices and event types, with values or
   * parameters, sometimes conditioned on the current user's age.
   */
  public static Arbitrary<String> filterExpressions() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> param =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofMinLength(1)
            .ofMaxLength(10)
            .map(p -> "$" + p);
    Arbitrary<String> values =
        Arbitraries.oneOf(
            word.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(ws -> String.join(", ", ws.stream().map(w -> "\"" + w + "\"").toList())),
            param);
    Arbitrary<String> condition =
        Arbitraries.oneOf(
            values.map(v -> "Items.GENRE IN (" + v + ")"),
            values.map(v -> "Items.GENRE NOT IN (" + v + ")"),
            Combinators.combine(
                    Arbitraries.of("<", "<=", ">", ">=", "="),
                    Arbitraries.integers().between(0, 1000))
                .as((op, n) -> "Items.PRICE " + op + " " + n),
            values.map(v -> "Interactions.EVENT_TYPE IN (" + v + ")"));
    Arbitrary<String> userCondition =
        Arbitraries.integers().between(1, 120).map(n -> " IF CurrentUser.AGE >= " + n);
    return Combinators.combine(
            Arbitraries.of("INCLUDE", "EXCLUDE", "include", "Exclude"),
            condition,
            userCondition.injectNull(0.7))
        .as(
            (action, c, user) ->
                action
                    + " ItemID WHERE "
                    + c
                    + (user == null || c.startsWith("Interactions") ? "" : user));
  }

  /**
   * Filter expressions CreateFilter refuses whatever the datasets: syntax errors, empty, over 2,500
   * characters.
   */
  public static Arbitrary<String> invalidFilterExpressions() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            FilterDoc.EQUALS_STRING.text,
            FilterDoc.TRAILING_PIPE.text,
            FilterDoc.EMPTY.text,
            FilterDoc.TOO_LONG.text,
            "INCLUDE",
            "SELECT ItemID WHERE Items.GENRE IN (\"a\")",
            "INCLUDE ItemID WHERE Items.GENRE IN ()",
            "INCLUDE ItemID WHERE Items.GENRE IN (\"a\"",
            "INCLUDE ItemID Items.GENRE IN (\"a\")"),
        filterExpressions().map(e -> e + " |"));
  }

  // --- requests -------------------------------------------------------------------------------
  //
  // One arbitrary per operation, named after it (createDatasetGroupRequests() ...). Each request
  // keeps the model constraints; the ARNs in it are those of arns(type), so on a fresh fake a
  // call answers success (Creates without a parent, Lists, catalog reads) or
  // ResourceNotFoundException, never InvalidInputException.

  private static Arbitrary<Integer> maxResults() {
    return Arbitraries.integers().between(1, 100).injectNull(0.3);
  }

  private static Arbitrary<String> arnsOrNull(ResourceType type) {
    return arns(type).injectNull(0.3);
  }

  public static Arbitrary<CreateDatasetGroupRequest> createDatasetGroupRequests() {
    return names().map(n -> CreateDatasetGroupRequest.builder().name(n).build());
  }

  public static Arbitrary<DescribeDatasetGroupRequest> describeDatasetGroupRequests() {
    return arns(ResourceType.DATASET_GROUP)
        .map(a -> DescribeDatasetGroupRequest.builder().datasetGroupArn(a).build());
  }

  public static Arbitrary<ListDatasetGroupsRequest> listDatasetGroupsRequests() {
    return maxResults().map(m -> ListDatasetGroupsRequest.builder().maxResults(m).build());
  }

  public static Arbitrary<DeleteDatasetGroupRequest> deleteDatasetGroupRequests() {
    return arns(ResourceType.DATASET_GROUP)
        .map(a -> DeleteDatasetGroupRequest.builder().datasetGroupArn(a).build());
  }

  /** CreateSchema with a valid schema for one of the three dataset types. */
  public static Arbitrary<CreateSchemaRequest> createSchemaRequests() {
    Arbitrary<String> schema =
        Arbitraries.of("Interactions", "Items", "Users").flatMap(PersonalizeArbitraries::schemas);
    return Combinators.combine(names(), schema)
        .as((n, s) -> CreateSchemaRequest.builder().name(n).schema(s).build());
  }

  public static Arbitrary<DescribeSchemaRequest> describeSchemaRequests() {
    return arns(ResourceType.SCHEMA).map(a -> DescribeSchemaRequest.builder().schemaArn(a).build());
  }

  public static Arbitrary<ListSchemasRequest> listSchemasRequests() {
    return maxResults().map(m -> ListSchemasRequest.builder().maxResults(m).build());
  }

  public static Arbitrary<DeleteSchemaRequest> deleteSchemaRequests() {
    return arns(ResourceType.SCHEMA).map(a -> DeleteSchemaRequest.builder().schemaArn(a).build());
  }

  public static Arbitrary<CreateDatasetRequest> createDatasetRequests() {
    return Combinators.combine(
            names(),
            arns(ResourceType.DATASET_GROUP),
            Arbitraries.of("Interactions", "ITEMS", "users"),
            arns(ResourceType.SCHEMA))
        .as(
            (n, g, t, s) ->
                CreateDatasetRequest.builder()
                    .name(n)
                    .datasetGroupArn(g)
                    .datasetType(t)
                    .schemaArn(s)
                    .build());
  }

  public static Arbitrary<DescribeDatasetRequest> describeDatasetRequests() {
    return arns(ResourceType.DATASET)
        .map(a -> DescribeDatasetRequest.builder().datasetArn(a).build());
  }

  public static Arbitrary<ListDatasetsRequest> listDatasetsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.DATASET_GROUP), maxResults())
        .as((g, m) -> ListDatasetsRequest.builder().datasetGroupArn(g).maxResults(m).build());
  }

  public static Arbitrary<DeleteDatasetRequest> deleteDatasetRequests() {
    return arns(ResourceType.DATASET)
        .map(a -> DeleteDatasetRequest.builder().datasetArn(a).build());
  }

  public static Arbitrary<CreateDatasetImportJobRequest> createDatasetImportJobRequests() {
    return Combinators.combine(names(), arns(ResourceType.DATASET), names())
        .as(
            (n, d, file) ->
                CreateDatasetImportJobRequest.builder()
                    .jobName(n)
                    .datasetArn(d)
                    .roleArn(ROLE)
                    .dataSource(
                        DataSource.builder().dataLocation("s3://bucket/" + file + ".csv").build())
                    .build());
  }

  public static Arbitrary<DescribeDatasetImportJobRequest> describeDatasetImportJobRequests() {
    return arns(ResourceType.DATASET_IMPORT_JOB)
        .map(a -> DescribeDatasetImportJobRequest.builder().datasetImportJobArn(a).build());
  }

  public static Arbitrary<ListDatasetImportJobsRequest> listDatasetImportJobsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.DATASET), maxResults())
        .as((d, m) -> ListDatasetImportJobsRequest.builder().datasetArn(d).maxResults(m).build());
  }

  public static Arbitrary<CreateEventTrackerRequest> createEventTrackerRequests() {
    return Combinators.combine(names(), arns(ResourceType.DATASET_GROUP))
        .as((n, g) -> CreateEventTrackerRequest.builder().name(n).datasetGroupArn(g).build());
  }

  public static Arbitrary<DescribeEventTrackerRequest> describeEventTrackerRequests() {
    return arns(ResourceType.EVENT_TRACKER)
        .map(a -> DescribeEventTrackerRequest.builder().eventTrackerArn(a).build());
  }

  public static Arbitrary<ListEventTrackersRequest> listEventTrackersRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.DATASET_GROUP), maxResults())
        .as((g, m) -> ListEventTrackersRequest.builder().datasetGroupArn(g).maxResults(m).build());
  }

  public static Arbitrary<DeleteEventTrackerRequest> deleteEventTrackerRequests() {
    return arns(ResourceType.EVENT_TRACKER)
        .map(a -> DeleteEventTrackerRequest.builder().eventTrackerArn(a).build());
  }

  public static Arbitrary<CreateFilterRequest> createFilterRequests() {
    return Combinators.combine(names(), arns(ResourceType.DATASET_GROUP), filterExpressions())
        .as(
            (n, g, e) ->
                CreateFilterRequest.builder()
                    .name(n)
                    .datasetGroupArn(g)
                    .filterExpression(e)
                    .build());
  }

  public static Arbitrary<DescribeFilterRequest> describeFilterRequests() {
    return arns(ResourceType.FILTER).map(a -> DescribeFilterRequest.builder().filterArn(a).build());
  }

  public static Arbitrary<ListFiltersRequest> listFiltersRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.DATASET_GROUP), maxResults())
        .as((g, m) -> ListFiltersRequest.builder().datasetGroupArn(g).maxResults(m).build());
  }

  public static Arbitrary<DeleteFilterRequest> deleteFilterRequests() {
    return arns(ResourceType.FILTER).map(a -> DeleteFilterRequest.builder().filterArn(a).build());
  }

  /** ListRecipes, with or without the SERVICE provider. */
  public static Arbitrary<ListRecipesRequest> listRecipesRequests() {
    return Combinators.combine(Arbitraries.just("SERVICE").injectNull(0.5), maxResults())
        .as((p, m) -> ListRecipesRequest.builder().recipeProvider(p).maxResults(m).build());
  }

  /** DescribeRecipe of the catalog's recipes. */
  public static Arbitrary<DescribeRecipeRequest> describeRecipeRequests() {
    return Arbitraries.of(TrainingCalls.RECIPE_TYPES.keySet())
        .map(a -> DescribeRecipeRequest.builder().recipeArn(a).build());
  }

  public static Arbitrary<DescribeAlgorithmRequest> describeAlgorithmRequests() {
    return Arbitraries.of(
            "arn:aws:personalize:::algorithm/aws-hrnn", "arn:aws:personalize:::algorithm/aws-sims")
        .map(a -> DescribeAlgorithmRequest.builder().algorithmArn(a).build());
  }

  public static Arbitrary<DescribeFeatureTransformationRequest>
      describeFeatureTransformationRequests() {
    return Arbitraries.just("arn:aws:personalize:::feature-transformation/sims")
        .map(
            a ->
                DescribeFeatureTransformationRequest.builder().featureTransformationArn(a).build());
  }

  /** CreateSolution with a recipe of the catalog, or with AutoML and no recipe. */
  public static Arbitrary<CreateSolutionRequest> createSolutionRequests() {
    Arbitrary<String> recipes = Arbitraries.of(TrainingCalls.RECIPE_TYPES.keySet()).injectNull(0.3);
    return Combinators.combine(
            names(),
            arns(ResourceType.DATASET_GROUP),
            recipes,
            Arbitraries.of(true, false).injectNull(0.5))
        .as(
            (n, g, r, hpo) ->
                CreateSolutionRequest.builder()
                    .name(n)
                    .datasetGroupArn(g)
                    .recipeArn(r)
                    .performAutoML(r == null ? Boolean.TRUE : null)
                    .performHPO(hpo)
                    .build());
  }

  public static Arbitrary<DescribeSolutionRequest> describeSolutionRequests() {
    return arns(ResourceType.SOLUTION)
        .map(a -> DescribeSolutionRequest.builder().solutionArn(a).build());
  }

  public static Arbitrary<ListSolutionsRequest> listSolutionsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.DATASET_GROUP), maxResults())
        .as((g, m) -> ListSolutionsRequest.builder().datasetGroupArn(g).maxResults(m).build());
  }

  public static Arbitrary<DeleteSolutionRequest> deleteSolutionRequests() {
    return arns(ResourceType.SOLUTION)
        .map(a -> DeleteSolutionRequest.builder().solutionArn(a).build());
  }

  public static Arbitrary<CreateSolutionVersionRequest> createSolutionVersionRequests() {
    return Combinators.combine(
            arns(ResourceType.SOLUTION), Arbitraries.of("FULL", "UPDATE").injectNull(0.5))
        .as(
            (s, m) ->
                CreateSolutionVersionRequest.builder().solutionArn(s).trainingMode(m).build());
  }

  public static Arbitrary<DescribeSolutionVersionRequest> describeSolutionVersionRequests() {
    return arns(ResourceType.SOLUTION_VERSION)
        .map(a -> DescribeSolutionVersionRequest.builder().solutionVersionArn(a).build());
  }

  public static Arbitrary<ListSolutionVersionsRequest> listSolutionVersionsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.SOLUTION), maxResults())
        .as((s, m) -> ListSolutionVersionsRequest.builder().solutionArn(s).maxResults(m).build());
  }

  public static Arbitrary<GetSolutionMetricsRequest> getSolutionMetricsRequests() {
    return arns(ResourceType.SOLUTION_VERSION)
        .map(a -> GetSolutionMetricsRequest.builder().solutionVersionArn(a).build());
  }

  public static Arbitrary<CreateCampaignRequest> createCampaignRequests() {
    return Combinators.combine(
            names(), arns(ResourceType.SOLUTION_VERSION), Arbitraries.integers().between(1, 500))
        .as(
            (n, v, tps) ->
                CreateCampaignRequest.builder()
                    .name(n)
                    .solutionVersionArn(v)
                    .minProvisionedTPS(tps)
                    .build());
  }

  public static Arbitrary<DescribeCampaignRequest> describeCampaignRequests() {
    return arns(ResourceType.CAMPAIGN)
        .map(a -> DescribeCampaignRequest.builder().campaignArn(a).build());
  }

  public static Arbitrary<ListCampaignsRequest> listCampaignsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.SOLUTION), maxResults())
        .as((s, m) -> ListCampaignsRequest.builder().solutionArn(s).maxResults(m).build());
  }

  public static Arbitrary<UpdateCampaignRequest> updateCampaignRequests() {
    return Combinators.combine(
            arns(ResourceType.CAMPAIGN),
            arnsOrNull(ResourceType.SOLUTION_VERSION),
            Arbitraries.integers().between(1, 500).injectNull(0.5))
        .as(
            (c, v, tps) ->
                UpdateCampaignRequest.builder()
                    .campaignArn(c)
                    .solutionVersionArn(v)
                    .minProvisionedTPS(tps)
                    .build());
  }

  public static Arbitrary<DeleteCampaignRequest> deleteCampaignRequests() {
    return arns(ResourceType.CAMPAIGN)
        .map(a -> DeleteCampaignRequest.builder().campaignArn(a).build());
  }

  public static Arbitrary<CreateBatchInferenceJobRequest> createBatchInferenceJobRequests() {
    return Combinators.combine(
            names(),
            arns(ResourceType.SOLUTION_VERSION),
            arnsOrNull(ResourceType.FILTER),
            Arbitraries.integers().between(1, 500).injectNull(0.5))
        .as(
            (n, v, f, k) ->
                CreateBatchInferenceJobRequest.builder()
                    .jobName(n)
                    .solutionVersionArn(v)
                    .filterArn(f)
                    .numResults(k)
                    .roleArn(ROLE)
                    .jobInput(i -> i.s3DataSource(d -> d.path("s3://bucket/in/" + n + ".json")))
                    .jobOutput(o -> o.s3DataDestination(d -> d.path("s3://bucket/out/" + n + "/")))
                    .build());
  }

  public static Arbitrary<DescribeBatchInferenceJobRequest> describeBatchInferenceJobRequests() {
    return arns(ResourceType.BATCH_INFERENCE_JOB)
        .map(a -> DescribeBatchInferenceJobRequest.builder().batchInferenceJobArn(a).build());
  }

  public static Arbitrary<ListBatchInferenceJobsRequest> listBatchInferenceJobsRequests() {
    return Combinators.combine(arnsOrNull(ResourceType.SOLUTION_VERSION), maxResults())
        .as(
            (v, m) ->
                ListBatchInferenceJobsRequest.builder()
                    .solutionVersionArn(v)
                    .maxResults(m)
                    .build());
  }
}
