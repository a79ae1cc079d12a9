package io.personalizefake.ops;

import static io.personalizefake.ops.Fixtures.ARN_PREFIX;
import static io.personalizefake.ops.Fixtures.INTERACTIONS_SCHEMA;
import static io.personalizefake.ops.Fixtures.ITEMS_SCHEMA;
import static io.personalizefake.ops.Fixtures.T0;
import static io.personalizefake.ops.Fixtures.USERS_SCHEMA;
import static io.personalizefake.ops.Fixtures.activeDataset;
import static io.personalizefake.ops.Fixtures.activeGroup;
import static io.personalizefake.ops.Fixtures.createGroup;
import static io.personalizefake.ops.Fixtures.createImportJob;
import static io.personalizefake.ops.Fixtures.createSchema;
import static io.personalizefake.ops.Fixtures.datasetStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.model.CreateDatasetRequest;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateDataset, DescribeDataset, ListDatasets, DeleteDataset. */
class DatasetTest {

  private FakeClock clock;
  private PersonalizeFake fake;
  private PersonalizeService personalize;

  @BeforeEach
  void instantFake() {
    clock = Fixtures.clock();
    fake = Fixtures.instantFake(clock);
    personalize = fake.service();
  }

  private void useFake(PersonalizeFake other) {
    fake = other;
    personalize = other.service();
  }

  private PersonalizeFake fakeWith(Timings timings) {
    return Fixtures.builder(clock).timings(timings).build();
  }

  private Dataset describe(String arn) {
    return personalize.describeDataset(b -> b.datasetArn(arn)).dataset();
  }

  private List<DatasetSummary> listAll() {
    return personalize.listDatasets(b -> {}).datasets();
  }

  private static DatasetSummary summaryOf(Dataset d) {
    return DatasetSummary.builder()
        .name(d.name())
        .datasetArn(d.datasetArn())
        .datasetType(d.datasetType())
        .status(d.status())
        .creationDateTime(d.creationDateTime())
        .lastUpdatedDateTime(d.lastUpdatedDateTime())
        .build();
  }

  private String create(String group, String type, String schema) {
    return Fixtures.createDataset(personalize, group, type, schema);
  }

  private void deleteDataset(String arn) {
    personalize.deleteDataset(b -> b.datasetArn(arn));
  }

  // ---- CreateDataset / DescribeDataset: success ----

  @Test
  void create_returns_the_arn_made_of_the_group_name_and_the_upper_case_type() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "interactions", INTERACTIONS_SCHEMA);

    String arn = create(group, "Interactions", schema);

    assertThat(arn)
        .isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset/shop/INTERACTIONS");
  }

  @Test
  void describe_shows_every_member() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "items", ITEMS_SCHEMA);
    clock.advance(Duration.ofSeconds(7));

    String arn =
        personalize
            .createDataset(
                b ->
                    b.name("catalog").datasetGroupArn(group).datasetType("Items").schemaArn(schema))
            .datasetArn();
    Dataset dataset = describe(arn);

    assertThat(dataset.name()).isEqualTo("catalog");
    assertThat(dataset.datasetArn()).isEqualTo(arn);
    assertThat(dataset.datasetGroupArn()).isEqualTo(group);
    assertThat(dataset.datasetType()).isEqualTo("ITEMS");
    assertThat(dataset.schemaArn()).isEqualTo(schema);
    assertThat(dataset.status()).isEqualTo("ACTIVE");
    assertThat(dataset.creationDateTime()).isEqualTo(T0.plusSeconds(7));
    assertThat(dataset.lastUpdatedDateTime()).isEqualTo(T0.plusSeconds(7));
  }

  @ParameterizedTest
  @CsvSource({
    "Interactions, INTERACTIONS",
    "interactions, INTERACTIONS",
    "INTERACTIONS, INTERACTIONS",
    "iNtErAcTiOnS, INTERACTIONS",
    "Items, ITEMS",
    "items, ITEMS",
    "Users, USERS",
    "USERS, USERS"
  })
  void the_dataset_type_is_accepted_in_any_case_and_stored_in_upper_case(
      String given, String stored) {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "schema", Fixtures.schemaFor(stored));

    String arn = create(group, given, schema);

    assertThat(arn).endsWith("/" + stored);
    assertThat(describe(arn).datasetType()).isEqualTo(stored);
    assertThat(listAll()).extracting(DatasetSummary::datasetType).containsExactly(stored);
  }

  @Test
  void a_group_holds_one_dataset_of_each_type_and_their_names_need_not_differ() {
    String group = activeGroup(fake, "shop");
    String[] arns = {
      personalize
          .createDataset(
              b ->
                  b.name("same")
                      .datasetGroupArn(group)
                      .datasetType("Interactions")
                      .schemaArn(createSchema(personalize, "i", INTERACTIONS_SCHEMA)))
          .datasetArn(),
      personalize
          .createDataset(
              b ->
                  b.name("same")
                      .datasetGroupArn(group)
                      .datasetType("Items")
                      .schemaArn(createSchema(personalize, "it", ITEMS_SCHEMA)))
          .datasetArn(),
      personalize
          .createDataset(
              b ->
                  b.name("same")
                      .datasetGroupArn(group)
                      .datasetType("Users")
                      .schemaArn(createSchema(personalize, "u", USERS_SCHEMA)))
          .datasetArn()
    };

    assertThat(listAll()).extracting(DatasetSummary::datasetArn).containsExactlyInAnyOrder(arns);
    assertThat(listAll()).extracting(DatasetSummary::name).containsOnly("same");
  }

  @Test
  void one_schema_serves_datasets_of_several_groups() {
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");

    String a = create(shop, "Users", schema);
    String b = create(outlet, "Users", schema);

    assertThat(describe(a).schemaArn()).isEqualTo(schema);
    assertThat(describe(b).schemaArn()).isEqualTo(schema);
  }

  @Test
  void a_dataset_has_no_failure_reason_even_when_it_failed() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    Fixtures.failNext(fake, ResourceType.DATASET, "bad data");

    String arn = create(group, "Users", schema);

    assertThat(describe(arn).status()).isEqualTo("CREATE FAILED");
    assertThat(listAll()).containsExactly(summaryOf(describe(arn)));
  }

  // ---- CreateDataset: model constraints (check 1) ----

  static Stream<Arguments> requestsBreakingAConstraint() {
    String group = ARN_PREFIX + "dataset-group/shop";
    String schema = ARN_PREFIX + "schema/users";
    UnaryOperator<CreateDatasetRequest.Builder> valid =
        b -> b.name("users").datasetGroupArn(group).datasetType("Users").schemaArn(schema);
    return Stream.of(
        Arguments.of(
            "no name",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).name(null)),
        Arguments.of(
            "no datasetGroupArn",
            (UnaryOperator<CreateDatasetRequest.Builder>)
                b -> valid.apply(b).datasetGroupArn(null)),
        Arguments.of(
            "no datasetType",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).datasetType(null)),
        Arguments.of(
            "no schemaArn",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).schemaArn(null)),
        Arguments.of(
            "name abc!",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).name("abc!")),
        Arguments.of(
            "name of 64",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).name("n".repeat(64))),
        Arguments.of(
            "empty name",
            (UnaryOperator<CreateDatasetRequest.Builder>) b -> valid.apply(b).name("")),
        Arguments.of(
            "datasetType of 257",
            (UnaryOperator<CreateDatasetRequest.Builder>)
                b -> valid.apply(b).datasetType("U".repeat(257))),
        Arguments.of(
            "malformed group ARN",
            (UnaryOperator<CreateDatasetRequest.Builder>)
                b -> valid.apply(b).datasetGroupArn("dataset-group/shop")),
        Arguments.of(
            "group ARN of 257",
            (UnaryOperator<CreateDatasetRequest.Builder>)
                b ->
                    valid
                        .apply(b)
                        .datasetGroupArn(
                            ARN_PREFIX
                                + "dataset-group/"
                                + "g".repeat(257 - ARN_PREFIX.length() - 14))),
        Arguments.of(
            "malformed schema ARN",
            (UnaryOperator<CreateDatasetRequest.Builder>)
                b -> valid.apply(b).schemaArn("arn:aws:s3:::users")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestsBreakingAConstraint")
  void create_breaking_a_model_constraint_is_invalid_input_and_creates_nothing(
      String what, UnaryOperator<CreateDatasetRequest.Builder> request) {
    activeGroup(fake, "shop");
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(
            () -> personalize.createDataset(request.apply(CreateDatasetRequest.builder()).build()))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  // ---- CreateDataset: check 2, the dataset type ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Event-Interactions",
        "EVENT_INTERACTIONS",
        "Interaction",
        "User",
        "",
        " Users",
        "Users "
      })
  void create_with_an_unknown_dataset_type_is_invalid_input_and_creates_nothing(String type) {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(group, type, schema))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void an_unknown_dataset_type_is_reported_before_an_unknown_group() {
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(ARN_PREFIX + "dataset-group/none", "Customers", schema))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  // ---- CreateDataset: checks 3 and 4, references exist ----

  @Test
  void create_in_an_unknown_group_is_not_found_and_creates_nothing() {
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(ARN_PREFIX + "dataset-group/none", "Users", schema))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_in_a_group_of_another_region_is_not_found() {
    String westGroup = activeGroup(fake, "shop").replace("us-east-1", "us-west-2");
    createGroup(fake.service("us-west-2"), "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(westGroup, "Users", schema))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void create_with_a_group_arn_naming_another_type_is_not_found() {
    String schema = createSchema(personalize, "shop", USERS_SCHEMA);
    activeGroup(fake, "shop");

    assertThatThrownBy(() -> create(schema, "Users", schema))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_unknown_group_is_reported_before_a_schema_that_does_not_fit() {
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);

    assertThatThrownBy(() -> create(ARN_PREFIX + "dataset-group/none", "Users", items))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void create_with_an_unknown_schema_is_not_found_and_creates_nothing() {
    String group = activeGroup(fake, "shop");

    assertThatThrownBy(() -> create(group, "Users", ARN_PREFIX + "schema/none"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_schema_arn_naming_another_type_is_not_found() {
    String group = activeGroup(fake, "users");
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Users", group))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_unknown_schema_is_reported_before_a_group_that_is_not_active() {
    useFake(fakeWith(Timings.manual()));
    String group = createGroup(personalize, "shop");

    assertThatThrownBy(() -> create(group, "Users", ARN_PREFIX + "schema/none"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- CreateDataset: checks 5 and 6, the schema fits the type ----

  @Test
  void create_with_a_schema_named_for_another_type_is_invalid_input_and_creates_nothing() {
    String group = activeGroup(fake, "shop");
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Interactions", items))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_schema_named_for_another_type_is_reported_before_a_group_that_is_not_active() {
    useFake(fakeWith(Timings.manual()));
    String group = createGroup(personalize, "shop");
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Users", items))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  static Stream<Arguments> schemasBreakingATypeRule() {
    String interactions = "{\"type\": \"record\", \"name\": \"Interactions\", \"fields\": [%s]}";
    String required =
        "{\"name\": \"USER_ID\", \"type\": \"string\"}, {\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"TIMESTAMP\", \"type\": \"long\"}";
    StringBuilder eleven = new StringBuilder(required);
    for (int i = 0; i < 11; i++) {
      eleven.append(", {\"name\": \"CTX").append(i).append("\", \"type\": \"string\"}");
    }
    StringBuilder sixUsers = new StringBuilder("{\"name\": \"USER_ID\", \"type\": \"string\"}");
    for (int i = 0; i < 6; i++) {
      sixUsers.append(", {\"name\": \"M").append(i).append("\", \"type\": \"string\"}");
    }
    return Stream.of(
        Arguments.of(
            "#11 no TIMESTAMP",
            "Interactions",
            String.format(
                interactions,
                "{\"name\": \"USER_ID\", \"type\": \"string\"}, {\"name\": \"ITEM_ID\", \"type\": \"string\"}")),
        Arguments.of(
            "#12 int TIMESTAMP",
            "Interactions",
            String.format(
                interactions,
                "{\"name\": \"USER_ID\", \"type\": \"string\"}, {\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"TIMESTAMP\", \"type\": \"int\"}")),
        Arguments.of(
            "#13 nullable USER_ID",
            "Interactions",
            String.format(
                interactions,
                "{\"name\": \"USER_ID\", \"type\": [\"null\", \"string\"]}, {\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"TIMESTAMP\", \"type\": \"long\"}")),
        Arguments.of(
            "#14 double EVENT_VALUE",
            "Interactions",
            String.format(
                interactions, required + ", {\"name\": \"EVENT_VALUE\", \"type\": \"double\"}")),
        Arguments.of(
            "#15 eleven optional columns", "Interactions", String.format(interactions, eleven)),
        Arguments.of(
            "#16 only USER_ID",
            "Users",
            "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"USER_ID\", \"type\": \"string\"}]}"),
        Arguments.of(
            "#17 six metadata fields",
            "Users",
            "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [" + sixUsers + "]}"),
        Arguments.of(
            "#18 string CREATION_TIMESTAMP",
            "Items",
            "{\"type\": \"record\", \"name\": \"Items\", \"fields\": [{\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"GENRE\", \"type\": \"string\"}, {\"name\": \"CREATION_TIMESTAMP\", \"type\": \"string\"}]}"),
        Arguments.of(
            "#20 lower-case user_id",
            "Users",
            "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"user_id\", \"type\": \"string\"}, {\"name\": \"PLAN\", \"type\": \"string\"}]}"),
        Arguments.of(
            "Items without metadata",
            "Items",
            "{\"type\": \"record\", \"name\": \"Items\", \"fields\": [{\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"CREATION_TIMESTAMP\", \"type\": \"long\"}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemasBreakingATypeRule")
  void create_with_a_schema_breaking_a_rule_of_its_type_is_invalid_input_and_the_schema_stays(
      String what, String type, String schemaText) {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "bad", schemaText);

    assertThatThrownBy(() -> create(group, type, schema))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
    assertThat(personalize.describeSchema(b -> b.schemaArn(schema)).schema().schema())
        .isEqualTo(schemaText);
  }

  @Test
  void a_schema_breaking_a_type_rule_is_reported_before_a_group_that_is_not_active() {
    useFake(fakeWith(Timings.manual()));
    String group = createGroup(personalize, "shop");
    String schema =
        createSchema(
            personalize,
            "only-id",
            "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"USER_ID\", \"type\": \"string\"}]}");

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_interactions_example_with_every_reserved_field_is_accepted() {
    String group = activeGroup(fake, "shop");
    String schema =
        createSchema(
            personalize,
            "full",
            "{\"type\": \"record\", \"name\": \"Interactions\", \"namespace\": \"com.amazonaws.personalize.schema\", \"fields\": ["
                + "{\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"USER_ID\", \"type\": \"string\"},"
                + " {\"name\": \"EVENT_TYPE\", \"type\": \"string\"}, {\"name\": \"EVENT_VALUE\", \"type\": [\"null\", \"float\"]},"
                + " {\"name\": \"IMPRESSION\", \"type\": \"string\"}, {\"name\": \"RECOMMENDATION_ID\", \"type\": [\"string\", \"null\"]},"
                + " {\"name\": \"CHANNEL\", \"type\": [\"null\", \"string\"], \"categorical\": true},"
                + " {\"name\": \"SCREEN_WIDTH\", \"type\": \"int\"}, {\"name\": \"TIMESTAMP\", \"type\": \"long\"}"
                + "], \"version\": \"1.0\"}");

    assertThat(datasetStatus(personalize, create(group, "Interactions", schema)))
        .isEqualTo("ACTIVE");
  }

  @Test
  void a_schema_that_failed_one_type_can_be_used_for_the_type_it_fits() {
    String group = activeGroup(fake, "shop");
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);
    assertThatThrownBy(() -> create(group, "Users", items))
        .isExactlyInstanceOf(InvalidInputException.class);

    String arn = create(group, "Items", items);

    assertThat(describe(arn).datasetType()).isEqualTo("ITEMS");
  }

  // ---- CreateDataset: check 7, the group is ACTIVE ----

  @Test
  void create_in_a_group_still_pending_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String group = createGroup(personalize, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_in_a_group_in_progress_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String group = createGroup(personalize, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    clock.advance(Duration.ofSeconds(10));
    assertThat(Fixtures.groupStatus(personalize, group)).isEqualTo("CREATE IN_PROGRESS");

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void create_in_a_failed_group_is_refused_as_in_use() {
    Fixtures.failNext(fake, ResourceType.DATASET_GROUP, "failed");
    String group = createGroup(personalize, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_in_a_group_being_deleted_is_refused_as_in_use() {
    useFake(
        fakeWith(Timings.instant().withNever(ResourceType.DATASET_GROUP, Phase.DELETE_PENDING)));
    String group = createGroup(personalize, "shop");
    personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_create_sees_the_group_as_it_is_after_due_steps_were_applied() {
    useFake(Fixtures.realisticFake(clock));
    String group = createGroup(personalize, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);

    // the group is due to become ACTIVE 20 s after its create; no call reads it in between
    clock.advance(Duration.ofSeconds(20));
    String arn = create(group, "Users", schema);

    assertThat(datasetStatus(personalize, arn)).isEqualTo("CREATE PENDING");
  }

  // ---- CreateDataset: checks 8 and 9 ----

  @Test
  void a_second_dataset_of_the_same_type_in_a_group_is_refused_as_already_existing() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String first = create(group, "Users", schema);
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(
            () ->
                personalize.createDataset(
                    b ->
                        b.name("other")
                            .datasetGroupArn(group)
                            .datasetType("users")
                            .schemaArn(schema)))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    assertThat(listAll()).containsExactly(summaryOf(describe(first)));
    assertThat(describe(first).name()).isEqualTo("data-Users");
  }

  @Test
  void a_dataset_still_being_created_holds_its_type() {
    useFake(fakeWith(Timings.instant().withNever(ResourceType.DATASET, Phase.CREATE_PENDING)));
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    create(group, "Users", schema);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_failed_dataset_holds_its_type() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    Fixtures.failNext(fake, ResourceType.DATASET, "failed");
    create(group, "Users", schema);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void a_dataset_being_deleted_holds_its_type() {
    useFake(fakeWith(Timings.instant().withNever(ResourceType.DATASET, Phase.DELETE_PENDING)));
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    deleteDataset(create(group, "Users", schema));

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void the_same_type_in_another_group_is_allowed() {
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    create(activeGroup(fake, "shop"), "Users", schema);

    create(activeGroup(fake, "outlet"), "Users", schema);

    assertThat(listAll()).hasSize(2);
  }

  @Test
  void a_taken_type_is_reported_before_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASETS, 1).build());
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    create(group, "Users", schema);

    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void create_beyond_the_dataset_quota_is_refused_and_creates_nothing() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASETS, 2).build());
    String group = activeGroup(fake, "shop");
    create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));
    create(group, "Items", createSchema(personalize, "items", ITEMS_SCHEMA));
    String interactions = createSchema(personalize, "interactions", INTERACTIONS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Interactions", interactions))
        .isExactlyInstanceOf(LimitExceededException.class);
    assertThat(listAll())
        .extracting(DatasetSummary::datasetType)
        .containsExactlyInAnyOrder("USERS", "ITEMS");
  }

  @Test
  void the_dataset_quota_counts_every_group() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASETS, 1).build());
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    create(activeGroup(fake, "shop"), "Users", schema);
    String outlet = activeGroup(fake, "outlet");

    assertThatThrownBy(() -> create(outlet, "Users", schema))
        .isExactlyInstanceOf(LimitExceededException.class);
  }

  @Test
  void datasets_being_deleted_do_not_count_toward_the_quota() {
    useFake(
        Fixtures.builder(clock)
            .quota(Quota.DATASETS, 1)
            .timings(Timings.instant().withNever(ResourceType.DATASET, Phase.DELETE_IN_PROGRESS))
            .build());
    String group = activeGroup(fake, "shop");
    String users = create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));
    deleteDataset(users);

    String items = create(group, "Items", createSchema(personalize, "items", ITEMS_SCHEMA));

    assertThat(datasetStatus(personalize, users)).isEqualTo("DELETE IN_PROGRESS");
    assertThat(datasetStatus(personalize, items)).isEqualTo("ACTIVE");
  }

  @Test
  void failed_datasets_count_toward_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.DATASETS, 1).build());
    String group = activeGroup(fake, "shop");
    Fixtures.failNext(fake, ResourceType.DATASET, "failed");
    create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);

    assertThatThrownBy(() -> create(group, "Items", items))
        .isExactlyInstanceOf(LimitExceededException.class);
  }

  // ---- DescribeDataset: errors ----

  @Test
  void describe_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.describeDataset(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_with_a_malformed_arn_is_invalid_input() {
    assertThatThrownBy(() -> describe("dataset/shop/USERS"))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_of_an_arn_that_names_nothing_is_not_found() {
    activeGroup(fake, "shop");

    assertThatThrownBy(() -> describe(ARN_PREFIX + "dataset/shop/USERS"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_type_is_not_found() {
    String group = activeGroup(fake, "shop");
    activeDataset(fake, group, "Users");

    assertThatThrownBy(() -> describe(group)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_region_is_not_found() {
    String dataset = activeDataset(fake, activeGroup(fake, "shop"), "Users");

    assertThatThrownBy(() -> describe(dataset.replace(":us-east-1:", ":eu-central-1:")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () -> fake.service("eu-central-1").describeDataset(b -> b.datasetArn(dataset)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_does_not_find_a_dataset_by_the_lower_case_type() {
    String dataset = activeDataset(fake, activeGroup(fake, "shop"), "Users");

    assertThatThrownBy(() -> describe(dataset.replace("/USERS", "/Users")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- ListDatasets ----

  @Test
  void list_filters_by_dataset_group() {
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");
    String shopUsers = activeDataset(fake, shop, "Users");
    String shopItems = activeDataset(fake, shop, "Items");
    String outletUsers = activeDataset(fake, outlet, "Users");

    assertThat(personalize.listDatasets(b -> b.datasetGroupArn(shop)).datasets())
        .extracting(DatasetSummary::datasetArn)
        .containsExactlyInAnyOrder(shopUsers, shopItems);
    assertThat(personalize.listDatasets(b -> b.datasetGroupArn(outlet)).datasets())
        .extracting(DatasetSummary::datasetArn)
        .containsExactly(outletUsers);
    assertThat(listAll())
        .extracting(DatasetSummary::datasetArn)
        .containsExactlyInAnyOrder(shopUsers, shopItems, outletUsers);
  }

  @Test
  void list_with_an_unknown_group_is_empty() {
    activeDataset(fake, activeGroup(fake, "shop"), "Users");

    var response =
        personalize.listDatasets(b -> b.datasetGroupArn(ARN_PREFIX + "dataset-group/none"));

    assertThat(response.datasets()).isEmpty();
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void list_with_a_group_of_another_region_is_empty() {
    String shop = activeGroup(fake, "shop");
    activeDataset(fake, shop, "Users");

    assertThat(
            personalize
                .listDatasets(b -> b.datasetGroupArn(shop.replace("us-east-1", "us-west-1")))
                .datasets())
        .isEmpty();
  }

  @Test
  void list_with_a_malformed_group_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.listDatasets(b -> b.datasetGroupArn("shop")))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void list_summaries_equal_the_describe_fields() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items =
        Fixtures.createDataset(
            personalize, group, "Items", createSchema(personalize, "items", ITEMS_SCHEMA));
    clock.advance(Duration.ofSeconds(12));

    assertThat(listAll()).containsExactly(summaryOf(describe(items)), summaryOf(describe(users)));
    assertThat(describe(items).status()).isEqualTo("CREATE IN_PROGRESS");
  }

  @Test
  void list_is_newest_first_with_ties_broken_by_arn() {
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");
    String users = createSchema(personalize, "users", USERS_SCHEMA);
    String items = createSchema(personalize, "items", ITEMS_SCHEMA);
    String interactions = createSchema(personalize, "interactions", INTERACTIONS_SCHEMA);
    String shopUsers = create(shop, "Users", users);
    String shopInteractions = create(shop, "Interactions", interactions);
    String outletItems = create(outlet, "Items", items);
    clock.advance(Duration.ofSeconds(1));
    String shopItems = create(shop, "Items", items);

    assertThat(listAll())
        .extracting(DatasetSummary::datasetArn)
        .containsExactly(shopItems, outletItems, shopInteractions, shopUsers);
    assertThat(personalize.listDatasets(b -> b.datasetGroupArn(shop)).datasets())
        .extracting(DatasetSummary::datasetArn)
        .containsExactly(shopItems, shopInteractions, shopUsers);
  }

  @Test
  void a_token_is_bound_to_the_group_filter_it_was_issued_for() {
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");
    activeDataset(fake, shop, "Users");
    activeDataset(fake, shop, "Items");
    String token = personalize.listDatasets(b -> b.datasetGroupArn(shop).maxResults(1)).nextToken();
    assertThat(token).isNotNull();

    assertThat(personalize.listDatasets(b -> b.datasetGroupArn(shop).nextToken(token)).datasets())
        .hasSize(1);
    assertThatThrownBy(
            () -> personalize.listDatasets(b -> b.datasetGroupArn(outlet).nextToken(token)))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> personalize.listDatasets(b -> b.nextToken(token)))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
  }

  @Test
  void list_shows_datasets_being_created_and_deleted() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    deleteDataset(users);
    String items =
        Fixtures.createDataset(
            personalize, group, "Items", createSchema(personalize, "items", ITEMS_SCHEMA));

    assertThat(listAll())
        .extracting(DatasetSummary::datasetArn, DatasetSummary::status)
        .containsExactly(tuple(items, "CREATE PENDING"), tuple(users, "DELETE PENDING"));
  }

  // ---- lifecycle ----

  @Test
  void a_new_dataset_goes_pending_then_in_progress_then_active_as_the_clock_moves() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    Instant created = clock.instant();

    String arn = create(group, "Users", schema);

    Dataset pending = describe(arn);
    assertThat(pending.status()).isEqualTo("CREATE PENDING");
    assertThat(pending.creationDateTime()).isEqualTo(created);
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(created);

    clock.advance(Duration.ofMillis(9_999));
    assertThat(describe(arn).status()).isEqualTo("CREATE PENDING");
    clock.advance(Duration.ofMillis(1));
    Dataset inProgress = describe(arn);
    assertThat(inProgress.status()).isEqualTo("CREATE IN_PROGRESS");
    assertThat(inProgress.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(10));

    clock.advance(Duration.ofSeconds(10));
    Dataset active = describe(arn);
    assertThat(active.status()).isEqualTo("ACTIVE");
    assertThat(active.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(20));
    assertThat(active.creationDateTime()).isEqualTo(created);
  }

  @Test
  void when_the_clock_jumps_past_both_steps_the_dataset_shows_the_due_time_of_the_last() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    Instant created = clock.instant();
    String arn = create(group, "Users", schema);

    clock.advance(Duration.ofDays(2));

    Dataset dataset = describe(arn);
    assertThat(dataset.status()).isEqualTo("ACTIVE");
    assertThat(dataset.lastUpdatedDateTime()).isEqualTo(created.plusSeconds(20));
    assertThat(dataset.creationDateTime()).isEqualTo(created);
  }

  @Test
  void with_manual_timings_a_dataset_stays_pending() {
    useFake(fakeWith(Timings.instant().withNever(ResourceType.DATASET, Phase.CREATE_PENDING)));
    String group = activeGroup(fake, "shop");
    String arn = create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));

    clock.advance(Duration.ofDays(30));

    assertThat(datasetStatus(personalize, arn)).isEqualTo("CREATE PENDING");
    assertThat(describe(arn).lastUpdatedDateTime()).isEqualTo(T0);
  }

  @Test
  void a_delete_goes_through_delete_pending_and_delete_in_progress_and_then_the_dataset_is_gone() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String arn = activeDataset(fake, group, "Users");
    Instant created = describe(arn).creationDateTime();
    clock.advance(Duration.ofMinutes(3));
    Instant deletedAt = clock.instant();

    deleteDataset(arn);

    Dataset pending = describe(arn);
    assertThat(pending.status()).isEqualTo("DELETE PENDING");
    assertThat(pending.lastUpdatedDateTime()).isEqualTo(deletedAt);
    assertThat(pending.creationDateTime()).isEqualTo(created);

    clock.advance(Duration.ofSeconds(15));
    Dataset inProgress = describe(arn);
    assertThat(inProgress.status()).isEqualTo("DELETE IN_PROGRESS");
    assertThat(inProgress.lastUpdatedDateTime()).isEqualTo(deletedAt.plusSeconds(10));
    assertThat(inProgress.creationDateTime()).isEqualTo(created);

    clock.advance(Duration.ofMillis(4_999));
    assertThat(datasetStatus(personalize, arn)).isEqualTo("DELETE IN_PROGRESS");
    clock.advance(Duration.ofMillis(1));
    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void the_type_is_free_again_once_the_delete_has_completed() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String arn = create(group, "Users", schema);
    clock.advance(Duration.ofSeconds(20));
    deleteDataset(arn);
    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> create(group, "Users", schema))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);

    clock.advance(Duration.ofSeconds(10));
    Instant recreated = clock.instant();
    String again = create(group, "users", schema);

    assertThat(again).isEqualTo(arn);
    assertThat(describe(again).creationDateTime()).isEqualTo(recreated);
    assertThat(describe(again).status()).isEqualTo("CREATE PENDING");
  }

  @Test
  void with_instant_timings_a_deleted_dataset_is_gone_at_the_next_call() {
    String arn = activeDataset(fake, activeGroup(fake, "shop"), "Items");

    deleteDataset(arn);

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- DeleteDataset: checks 1..5 ----

  @Test
  void delete_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.deleteDataset(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void delete_with_a_malformed_arn_is_invalid_input_and_deletes_nothing() {
    String arn = activeDataset(fake, activeGroup(fake, "shop"), "Items");

    assertThatThrownBy(() -> deleteDataset("arn:aws:personalize:" + "x".repeat(250)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(datasetStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_an_unknown_dataset_is_not_found() {
    activeGroup(fake, "shop");

    assertThatThrownBy(() -> deleteDataset(ARN_PREFIX + "dataset/shop/ITEMS"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_an_arn_of_another_type_is_not_found() {
    String group = activeGroup(fake, "shop");

    assertThatThrownBy(() -> deleteDataset(group))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(Fixtures.groupStatus(personalize, group)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_a_dataset_being_created_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String arn = create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));

    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(datasetStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_of_a_dataset_already_being_deleted_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String arn = activeDataset(fake, activeGroup(fake, "shop"), "Users");
    deleteDataset(arn);

    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(datasetStatus(personalize, arn)).isEqualTo("DELETE IN_PROGRESS");
    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void delete_of_a_failed_dataset_is_allowed() {
    String group = activeGroup(fake, "shop");
    Fixtures.failNext(fake, ResourceType.DATASET, "failed");
    String arn = create(group, "Users", createSchema(personalize, "users", USERS_SCHEMA));

    deleteDataset(arn);

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_a_dataset_with_an_import_job_in_progress_is_refused_as_in_use() {
    useFake(Fixtures.realisticFake(clock));
    String arn = activeDataset(fake, activeGroup(fake, "shop"), "Users");
    String job = createImportJob(personalize, arn, "load");

    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(Fixtures.jobStatus(personalize, job)).isEqualTo("CREATE IN_PROGRESS");
    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(datasetStatus(personalize, arn)).isEqualTo("ACTIVE");

    clock.advance(Duration.ofMinutes(5));
    assertThat(Fixtures.jobStatus(personalize, job)).isEqualTo("ACTIVE");
    deleteDataset(arn);
    assertThat(datasetStatus(personalize, arn)).isEqualTo("DELETE PENDING");
  }

  @Test
  void a_failed_import_job_does_not_block_the_delete() {
    String arn = activeDataset(fake, activeGroup(fake, "shop"), "Users");
    Fixtures.failNext(fake, ResourceType.DATASET_IMPORT_JOB, "no access to the bucket");
    createImportJob(personalize, arn, "load");

    deleteDataset(arn);

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void an_import_job_in_progress_on_another_dataset_does_not_block_the_delete() {
    useFake(
        fakeWith(
            Timings.instant().withNever(ResourceType.DATASET_IMPORT_JOB, Phase.CREATE_PENDING)));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    createImportJob(personalize, items, "load-items");

    deleteDataset(users);

    assertThatThrownBy(() -> describe(users)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_a_dataset_while_a_solution_version_of_its_group_trains_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    String arn = activeDataset(fake, group, "Interactions");
    String solution = Fixtures.plantSolution(fake, group, "recs", Status.ACTIVE);
    Fixtures.plantSolutionVersion(fake, solution, group, Status.CREATE_IN_PROGRESS);

    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(datasetStatus(personalize, arn)).isEqualTo("ACTIVE");
  }

  @Test
  void a_pending_solution_version_of_the_group_also_blocks_the_delete() {
    String group = activeGroup(fake, "shop");
    String arn = activeDataset(fake, group, "Interactions");
    String solution = Fixtures.plantSolution(fake, group, "recs", Status.ACTIVE);
    Fixtures.plantSolutionVersion(fake, solution, group, Status.CREATE_PENDING);

    assertThatThrownBy(() -> deleteDataset(arn)).isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void settled_solution_versions_and_versions_of_other_groups_do_not_block_the_delete() {
    String group = activeGroup(fake, "shop");
    String other = activeGroup(fake, "other");
    String arn = activeDataset(fake, group, "Interactions");
    String solution = Fixtures.plantSolution(fake, group, "recs", Status.ACTIVE);
    Fixtures.plantSolutionVersion(fake, solution, group, Status.ACTIVE);
    Fixtures.plantSolutionVersion(fake, solution, group, Status.CREATE_FAILED);
    String otherSolution = Fixtures.plantSolution(fake, other, "other-recs", Status.ACTIVE);
    Fixtures.plantSolutionVersion(fake, otherSolution, other, Status.CREATE_IN_PROGRESS);

    deleteDataset(arn);

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  // ---- cascade ----

  @Test
  void the_import_jobs_of_a_dataset_disappear_when_the_dataset_does_and_not_before() {
    useFake(Fixtures.realisticFake(clock));
    String group = activeGroup(fake, "shop");
    String users = activeDataset(fake, group, "Users");
    String items = activeDataset(fake, group, "Items");
    String job = createImportJob(personalize, users, "load-users");
    String otherJob = createImportJob(personalize, items, "load-items");
    clock.advance(Duration.ofMinutes(6));
    assertThat(Fixtures.jobStatus(personalize, job)).isEqualTo("ACTIVE");

    deleteDataset(users);
    clock.advance(Duration.ofSeconds(10));
    assertThat(datasetStatus(personalize, users)).isEqualTo("DELETE IN_PROGRESS");
    assertThat(Fixtures.jobStatus(personalize, job)).isEqualTo("ACTIVE");

    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> personalize.describeDatasetImportJob(b -> b.datasetImportJobArn(job)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(personalize.listDatasetImportJobs(b -> {}).datasetImportJobs())
        .extracting(j -> j.datasetImportJobArn())
        .containsExactly(otherJob);
    assertThat(personalize.listDatasetImportJobs(b -> b.datasetArn(users)).datasetImportJobs())
        .isEmpty();
  }

  @Test
  void deleting_a_dataset_leaves_the_event_tracker_and_the_schema() {
    String group = activeGroup(fake, "shop");
    String arn = activeDataset(fake, group, "Interactions");
    String tracker =
        personalize
            .createEventTracker(b -> b.name("tracker").datasetGroupArn(group))
            .eventTrackerArn();
    String schema = describe(arn).schemaArn();

    deleteDataset(arn);

    assertThat(
            personalize
                .describeEventTracker(b -> b.eventTrackerArn(tracker))
                .eventTracker()
                .status())
        .isEqualTo("ACTIVE");
    assertThat(personalize.describeSchema(b -> b.schemaArn(schema)).schema().schemaArn())
        .isEqualTo(schema);
  }
}
