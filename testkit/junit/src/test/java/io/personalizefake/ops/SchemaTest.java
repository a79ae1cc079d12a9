package io.personalizefake.ops;

import static io.personalizefake.ops.Fixtures.ARN_PREFIX;
import static io.personalizefake.ops.Fixtures.INTERACTIONS_SCHEMA;
import static io.personalizefake.ops.Fixtures.ITEMS_SCHEMA;
import static io.personalizefake.ops.Fixtures.T0;
import static io.personalizefake.ops.Fixtures.USERS_SCHEMA;
import static io.personalizefake.ops.Fixtures.activeGroup;
import static io.personalizefake.ops.Fixtures.createSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DatasetSchemaSummary;
import io.personalizefake.model.ListSchemasResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateSchema, DescribeSchema, ListSchemas, DeleteSchema. */
class SchemaTest {

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

  private DatasetSchema describe(String arn) {
    return personalize.describeSchema(b -> b.schemaArn(arn)).schema();
  }

  private List<DatasetSchemaSummary> listAll() {
    return personalize.listSchemas(b -> {}).schemas();
  }

  private static DatasetSchemaSummary summaryOf(DatasetSchema s) {
    return DatasetSchemaSummary.builder()
        .name(s.name())
        .schemaArn(s.schemaArn())
        .creationDateTime(s.creationDateTime())
        .lastUpdatedDateTime(s.lastUpdatedDateTime())
        .build();
  }

  /** A valid Users schema padded with whitespace to exactly {@code codePoints} code points. */
  private static String usersSchemaOfLength(int codePoints, String docText) {
    String head =
        "{\"type\": \"record\", \"name\": \"Users\", \"doc\": \"" + docText + "\", \"fields\": [";
    String tail =
        "{\"name\": \"USER_ID\", \"type\": \"string\"}, {\"name\": \"PLAN\", \"type\": \"string\"}]}";
    int used = (head + tail).codePointCount(0, (head + tail).length());
    return head + " ".repeat(codePoints - used) + tail;
  }

  // ---- CreateSchema / DescribeSchema: success ----

  @Test
  void create_returns_the_arn_made_of_region_account_and_name() {
    assertThat(createSchema(personalize, "users", USERS_SCHEMA))
        .isEqualTo("arn:aws:personalize:us-east-1:123456789012:schema/users");
  }

  @Test
  void describe_shows_every_member_with_equal_times() {
    clock.advance(Duration.ofMillis(123));
    String arn = createSchema(personalize, "items", ITEMS_SCHEMA);
    clock.advance(Duration.ofHours(1));

    DatasetSchema schema = describe(arn);

    assertThat(schema.name()).isEqualTo("items");
    assertThat(schema.schemaArn()).isEqualTo(arn);
    assertThat(schema.schema()).isEqualTo(ITEMS_SCHEMA);
    assertThat(schema.creationDateTime()).isEqualTo(T0.plusMillis(123));
    assertThat(schema.lastUpdatedDateTime()).isEqualTo(schema.creationDateTime());
  }

  @Test
  void the_schema_string_is_returned_byte_for_byte() {
    String odd =
        "  {\n\t\"fields\" : [ {\"type\":\"string\",\"name\":\"USER_ID\", \"doc\": \"caf\u00e9 \\u00e9 \ud83d\ude00\"},\r\n"
            + "{ \"name\" : \"PLAN\" , \"type\" : [ \"null\" , \"string\" ] , \"default\": null }  ],"
            + " \"name\":\"Users\", \"type\": \"record\", \"extra\": {\"a\": [1, 2.50, true]} }\n\n";

    String arn = createSchema(personalize, "odd", odd);

    assertThat(describe(arn).schema()).isEqualTo(odd);
  }

  @Test
  void a_schema_of_10000_code_points_is_accepted_even_when_it_has_more_utf16_chars() {
    String schema = usersSchemaOfLength(10_000, "\ud83d\ude00\ud83d\ude00");
    assertThat(schema.length()).isEqualTo(10_002);

    String arn = createSchema(personalize, "long", schema);

    assertThat(describe(arn).schema()).isEqualTo(schema);
  }

  @Test
  void type_specific_rules_are_not_checked_by_create_schema() {
    // schemas.md §4 #16, #20 and a record named after no dataset type: fine until CreateDataset
    createSchema(
        personalize,
        "only-user-id",
        "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"USER_ID\", \"type\": \"string\"}]}");
    createSchema(
        personalize,
        "lower-user-id",
        "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"user_id\", \"type\": \"string\"}, {\"name\": \"PLAN\", \"type\": \"string\"}]}");
    createSchema(
        personalize,
        "any-record",
        "{\"type\": \"record\", \"name\": \"Whatever\", \"fields\": [{\"name\": \"X\", \"type\": \"int\"}]}");

    assertThat(listAll()).hasSize(3);
  }

  @Test
  void the_valid_examples_of_the_spec_are_accepted() {
    createSchema(personalize, "interactions", INTERACTIONS_SCHEMA);
    createSchema(personalize, "items", ITEMS_SCHEMA);
    createSchema(personalize, "users", USERS_SCHEMA);
    createSchema(
        personalize,
        "interactions-full",
        "{\"type\": \"record\", \"name\": \"Interactions\", \"namespace\": \"com.amazonaws.personalize.schema\", \"fields\": ["
            + "{\"name\": \"ITEM_ID\", \"type\": \"string\"}, {\"name\": \"USER_ID\", \"type\": \"string\"},"
            + " {\"name\": \"EVENT_TYPE\", \"type\": \"string\"}, {\"name\": \"EVENT_VALUE\", \"type\": [\"null\", \"float\"]},"
            + " {\"name\": \"IMPRESSION\", \"type\": \"string\"}, {\"name\": \"RECOMMENDATION_ID\", \"type\": [\"string\", \"null\"]},"
            + " {\"name\": \"CHANNEL\", \"type\": [\"null\", \"string\"], \"categorical\": true},"
            + " {\"name\": \"SCREEN_WIDTH\", \"type\": \"int\"}, {\"name\": \"TIMESTAMP\", \"type\": \"long\"}"
            + "], \"version\": \"1.0\"}");

    assertThat(listAll()).hasSize(4);
  }

  // ---- CreateSchema: model constraints (check 1) ----

  @Test
  void create_without_name_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> personalize.createSchema(b -> b.schema(USERS_SCHEMA)))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_without_schema_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> personalize.createSchema(b -> b.name("users")))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc!", "", "-users", "users schema", "users.v1"})
  void create_with_a_name_outside_the_pattern_is_invalid_input_and_creates_nothing(String name) {
    assertThatThrownBy(() -> createSchema(personalize, name, USERS_SCHEMA))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_name_of_64_characters_is_invalid_input_and_creates_nothing() {
    assertThatThrownBy(() -> createSchema(personalize, "s".repeat(64), USERS_SCHEMA))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void create_with_a_schema_of_10001_code_points_is_invalid_input_and_creates_nothing() {
    String schema = usersSchemaOfLength(10_001, "long");

    assertThatThrownBy(() -> createSchema(personalize, "long", schema))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  // ---- CreateSchema: check 2, the general rules ----

  static Stream<Arguments> schemasBreakingAGeneralRule() {
    String users =
        "{\"type\": \"record\", \"name\": \"Users\", \"fields\": [{\"name\": \"USER_ID\", \"type\": \"string\"}, %s]}";
    return Stream.of(
        Arguments.of(
            "G1 truncated", "{\"type\": \"record\", \"name\": \"Interactions\", \"fields\": ["),
        Arguments.of("G1 empty", ""),
        Arguments.of("G1 array", "[]"),
        Arguments.of("G1 trailing text", USERS_SCHEMA + " x"),
        Arguments.of("G2 enum", "{\"type\": \"enum\", \"name\": \"Items\", \"symbols\": [\"A\"]}"),
        Arguments.of(
            "G3 bad record name",
            "{\"type\": \"record\", \"name\": \"1Users\", \"fields\": [{\"name\": \"USER_ID\", \"type\": \"string\"}]}"),
        Arguments.of("G4 no fields", "{\"type\": \"record\", \"name\": \"Users\", \"fields\": []}"),
        Arguments.of(
            "G10 array",
            String.format(
                users,
                "{\"name\": \"TAGS\", \"type\": {\"type\": \"array\", \"items\": \"string\"}}")),
        Arguments.of(
            "G10 two non-null",
            String.format(users, "{\"name\": \"SCORE\", \"type\": [\"int\", \"string\"]}")),
        Arguments.of(
            "G10 bytes", String.format(users, "{\"name\": \"BLOB\", \"type\": \"bytes\"}")),
        Arguments.of(
            "G7 duplicate",
            String.format(
                users,
                "{\"name\": \"CATEGORY\", \"type\": \"string\"}, {\"name\": \"CATEGORY\", \"type\": \"string\"}")),
        Arguments.of(
            "G8 clash",
            String.format(
                users,
                "{\"name\": \"COLOR_1\", \"type\": \"string\"}, {\"name\": \"COLOR1\", \"type\": \"string\"}")),
        Arguments.of(
            "G6 avro name", String.format(users, "{\"name\": \"ITEM-ID\", \"type\": \"string\"}")),
        Arguments.of("G10 null", String.format(users, "{\"name\": \"FLAG\", \"type\": \"null\"}")),
        Arguments.of(
            "G11 categorical",
            String.format(
                users, "{\"name\": \"PLAN\", \"type\": \"string\", \"categorical\": \"yes\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemasBreakingAGeneralRule")
  void create_with_a_schema_breaking_a_general_rule_is_invalid_input_and_creates_nothing(
      String rule, String schema) {
    assertThatThrownBy(() -> createSchema(personalize, "bad", schema))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_broken_schema_is_reported_before_a_name_collision() {
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> createSchema(personalize, "users", "{\"type\": \"record\""))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  // ---- CreateSchema: checks 3 and 4 ----

  @Test
  void create_with_a_taken_name_is_refused_as_already_existing_and_keeps_the_first_schema() {
    String arn = createSchema(personalize, "users", USERS_SCHEMA);
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> createSchema(personalize, "users", ITEMS_SCHEMA))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
    DatasetSchema schema = describe(arn);
    assertThat(schema.schema()).isEqualTo(USERS_SCHEMA);
    assertThat(schema.creationDateTime()).isEqualTo(T0);
    assertThat(listAll()).hasSize(1);
  }

  @Test
  void a_name_collision_is_reported_before_the_quota() {
    useFake(Fixtures.builder(clock).quota(Quota.SCHEMAS, 1).build());
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> createSchema(personalize, "users", USERS_SCHEMA))
        .isExactlyInstanceOf(ResourceAlreadyExistsException.class);
  }

  @Test
  void create_beyond_the_schema_quota_is_refused_and_creates_nothing() {
    useFake(Fixtures.builder(clock).quota(Quota.SCHEMAS, 2).build());
    createSchema(personalize, "one", USERS_SCHEMA);
    createSchema(personalize, "two", USERS_SCHEMA);

    assertThatThrownBy(() -> createSchema(personalize, "three", USERS_SCHEMA))
        .isExactlyInstanceOf(LimitExceededException.class);
    assertThat(listAll())
        .extracting(DatasetSchemaSummary::name)
        .containsExactlyInAnyOrder("one", "two");
  }

  @Test
  void a_deleted_schema_frees_its_quota_and_its_name_at_once() {
    useFake(Fixtures.builder(clock).quota(Quota.SCHEMAS, 1).timings(Timings.manual()).build());
    String arn = createSchema(personalize, "users", USERS_SCHEMA);

    personalize.deleteSchema(b -> b.schemaArn(arn));

    assertThat(createSchema(personalize, "users", ITEMS_SCHEMA)).isEqualTo(arn);
    assertThat(describe(arn).schema()).isEqualTo(ITEMS_SCHEMA);
  }

  // ---- DescribeSchema: errors ----

  @Test
  void describe_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.describeSchema(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "arn:aws:iam::123456789012:role/r", "arn:aws:personalize"})
  void describe_with_a_malformed_arn_is_invalid_input(String arn) {
    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void describe_of_an_arn_that_names_nothing_is_not_found() {
    assertThatThrownBy(() -> describe(ARN_PREFIX + "schema/none"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_type_is_not_found() {
    createSchema(personalize, "shop", USERS_SCHEMA);
    String group = Fixtures.createGroup(personalize, "shop");

    assertThatThrownBy(() -> describe(group)).isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describe_of_an_arn_of_another_region_is_not_found() {
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> describe("arn:aws:personalize:ap-south-1:123456789012:schema/users"))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void regions_keep_separate_schemas() {
    createSchema(personalize, "users", USERS_SCHEMA);
    PersonalizeService west = fake.service("us-west-2");

    String westArn = createSchema(west, "users", ITEMS_SCHEMA);

    assertThat(westArn).isEqualTo("arn:aws:personalize:us-west-2:123456789012:schema/users");
    assertThat(west.listSchemas(b -> {}).schemas())
        .extracting(DatasetSchemaSummary::schemaArn)
        .containsExactly(westArn);
    assertThat(describe(ARN_PREFIX + "schema/users").schema()).isEqualTo(USERS_SCHEMA);
  }

  // ---- ListSchemas ----

  @Test
  void list_summaries_equal_the_describe_fields() {
    String a = createSchema(personalize, "a", USERS_SCHEMA);
    clock.advance(Duration.ofSeconds(3));
    String b = createSchema(personalize, "b", ITEMS_SCHEMA);

    assertThat(listAll()).containsExactly(summaryOf(describe(b)), summaryOf(describe(a)));
  }

  @Test
  void list_is_newest_first_with_ties_broken_by_arn() {
    createSchema(personalize, "b", USERS_SCHEMA);
    createSchema(personalize, "a", USERS_SCHEMA);
    clock.advance(Duration.ofSeconds(1));
    createSchema(personalize, "c", USERS_SCHEMA);
    createSchema(personalize, "B", USERS_SCHEMA);

    // "B" sorts before "c" (ARNs compare by code unit), "a" before "b"
    assertThat(listAll())
        .extracting(DatasetSchemaSummary::name)
        .containsExactly("B", "c", "a", "b");
  }

  @Test
  void list_pages_follow_the_list_order() {
    for (int i = 0; i < 7; i++) {
      createSchema(personalize, "s" + i, USERS_SCHEMA);
      clock.advance(Duration.ofSeconds(1));
    }

    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListSchemasResponse page = personalize.listSchemas(b -> b.maxResults(3).nextToken(next));
      page.schemas().forEach(s -> seen.add(s.name()));
      token = page.nextToken();
    } while (token != null);

    assertThat(seen).containsExactly("s6", "s5", "s4", "s3", "s2", "s1", "s0");
  }

  @Test
  void a_list_without_max_results_returns_100_items_and_a_token() {
    for (int i = 0; i < 101; i++) {
      createSchema(personalize, String.format("s%03d", i), USERS_SCHEMA);
    }

    ListSchemasResponse first = personalize.listSchemas(b -> {});
    ListSchemasResponse rest = personalize.listSchemas(b -> b.nextToken(first.nextToken()));

    assertThat(first.schemas()).hasSize(100);
    assertThat(first.nextToken()).isNotNull();
    assertThat(rest.schemas()).extracting(DatasetSchemaSummary::name).containsExactly("s100");
    assertThat(rest.nextToken()).isNull();
  }

  @Test
  void a_token_of_another_list_operation_is_refused() {
    Fixtures.createGroup(personalize, "g1");
    Fixtures.createGroup(personalize, "g2");
    String groupsToken = personalize.listDatasetGroups(b -> b.maxResults(1)).nextToken();
    assertThat(groupsToken).isNotNull();

    assertThatThrownBy(() -> personalize.listSchemas(b -> b.nextToken(groupsToken)))
        .isExactlyInstanceOf(InvalidNextTokenException.class);
  }

  @Test
  void list_with_max_results_above_100_is_invalid_input() {
    assertThatThrownBy(() -> personalize.listSchemas(b -> b.maxResults(101)))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  // ---- DeleteSchema: checks 1..3 ----

  @Test
  void delete_without_arn_is_invalid_input() {
    assertThatThrownBy(() -> personalize.deleteSchema(b -> {}))
        .isExactlyInstanceOf(InvalidInputException.class);
  }

  @Test
  void delete_with_a_malformed_arn_is_invalid_input_and_deletes_nothing() {
    createSchema(personalize, "users", USERS_SCHEMA);

    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn("users")))
        .isExactlyInstanceOf(InvalidInputException.class);
    assertThat(listAll()).hasSize(1);
  }

  @Test
  void delete_of_an_unknown_schema_is_not_found() {
    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(ARN_PREFIX + "schema/none")))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void delete_of_an_arn_of_another_type_is_not_found() {
    createSchema(personalize, "shop", USERS_SCHEMA);
    String group = Fixtures.createGroup(personalize, "shop");

    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(group)))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(Fixtures.groupStatus(personalize, group)).isEqualTo("ACTIVE");
  }

  @Test
  void delete_removes_the_schema_at_once_whatever_the_timings() {
    useFake(Fixtures.builder(clock).timings(Timings.manual()).build());
    String arn = createSchema(personalize, "users", USERS_SCHEMA);

    personalize.deleteSchema(b -> b.schemaArn(arn));

    assertThatThrownBy(() -> describe(arn)).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(listAll()).isEmpty();
  }

  @Test
  void delete_of_a_schema_used_by_a_dataset_is_refused_as_in_use() {
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    Fixtures.createDataset(personalize, group, "Users", schema);

    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(schema)))
        .isExactlyInstanceOf(ResourceInUseException.class);
    assertThat(describe(schema).schema()).isEqualTo(USERS_SCHEMA);
  }

  @Test
  void delete_of_a_schema_used_by_a_dataset_in_any_state_is_refused_as_in_use() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.DATASET, Phase.CREATE_PENDING))
            .build());
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String dataset = Fixtures.createDataset(personalize, group, "Users", schema);
    assertThat(Fixtures.datasetStatus(personalize, dataset)).isEqualTo("CREATE PENDING");

    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(schema)))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void delete_of_a_schema_used_by_a_dataset_being_deleted_is_refused_as_in_use() {
    useFake(
        Fixtures.builder(clock)
            .timings(Timings.instant().withNever(ResourceType.DATASET, Phase.DELETE_IN_PROGRESS))
            .build());
    String group = activeGroup(fake, "shop");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String dataset = Fixtures.createDataset(personalize, group, "Users", schema);
    personalize.deleteDataset(b -> b.datasetArn(dataset));
    assertThat(Fixtures.datasetStatus(personalize, dataset)).isEqualTo("DELETE IN_PROGRESS");

    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(schema)))
        .isExactlyInstanceOf(ResourceInUseException.class);
  }

  @Test
  void a_schema_used_by_datasets_of_several_groups_is_in_use_until_the_last_is_gone() {
    String shop = activeGroup(fake, "shop");
    String outlet = activeGroup(fake, "outlet");
    String schema = createSchema(personalize, "users", USERS_SCHEMA);
    String d1 = Fixtures.createDataset(personalize, shop, "Users", schema);
    String d2 = Fixtures.createDataset(personalize, outlet, "USERS", schema);

    personalize.deleteDataset(b -> b.datasetArn(d1));
    assertThatThrownBy(() -> personalize.deleteSchema(b -> b.schemaArn(schema)))
        .isExactlyInstanceOf(ResourceInUseException.class);

    personalize.deleteDataset(b -> b.datasetArn(d2));
    personalize.deleteSchema(b -> b.schemaArn(schema));
    assertThat(listAll()).isEmpty();
  }

  @Test
  void a_schema_of_another_name_used_by_a_dataset_does_not_block_the_delete() {
    String group = activeGroup(fake, "shop");
    String used = createSchema(personalize, "used", USERS_SCHEMA);
    String unused = createSchema(personalize, "unused", USERS_SCHEMA);
    Fixtures.createDataset(personalize, group, "Users", used);

    personalize.deleteSchema(b -> b.schemaArn(unused));

    assertThat(listAll()).extracting(DatasetSchemaSummary::schemaArn).containsExactly(used);
  }
}
