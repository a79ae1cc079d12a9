package io.personalizefake.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.internal.schema.AvroSchema.Field;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of spec/schemas.md: G1..G11 at CreateSchema, T1..T5 at CreateDataset. */
class AvroSchemaTest {

  // ---- §3: the valid examples, verbatim ----

  static final String MINIMAL_INTERACTIONS =
      """
      {"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "USER_ID",   "type": "string"},
         {"name": "ITEM_ID",   "type": "string"},
         {"name": "TIMESTAMP", "type": "long"}
       ], "version": "1.0"}
      """;

  static final String FULL_INTERACTIONS =
      """
      {"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "ITEM_ID",           "type": "string"},
         {"name": "USER_ID",           "type": "string"},
         {"name": "EVENT_TYPE",        "type": "string"},
         {"name": "EVENT_VALUE",       "type": ["null", "float"]},
         {"name": "IMPRESSION",        "type": "string"},
         {"name": "RECOMMENDATION_ID", "type": ["string", "null"]},
         {"name": "CHANNEL",           "type": ["null", "string"], "categorical": true},
         {"name": "SCREEN_WIDTH",      "type": "int"},
         {"name": "TIMESTAMP",         "type": "long"}
       ], "version": "1.0"}
      """;

  static final String ITEMS_WITH_CREATION_TIME =
      """
      {"type": "record", "name": "Items", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "ITEM_ID",            "type": "string"},
         {"name": "CATEGORY",           "type": "string", "categorical": true},
         {"name": "PRICE",              "type": ["double", "null"]},
         {"name": "IN_STOCK",           "type": "boolean"},
         {"name": "SUMMARY",            "type": "string"},
         {"name": "CREATION_TIMESTAMP", "type": "long"}
       ], "version": "1.0"}
      """;

  static final String LOWER_CASE_USERS =
      """
      {"type": "record", "name": "users",
       "fields": [
         {"name": "USER_ID", "type": "string"},
         {"name": "PLAN",    "type": "string", "categorical": true}
       ]}
      """;

  // ---- builders for the other cases ----

  static final String USER_ID = field("USER_ID", "\"string\"");
  static final String ITEM_ID = field("ITEM_ID", "\"string\"");
  static final String TIMESTAMP = field("TIMESTAMP", "\"long\"");

  static String field(String name, String typeJson) {
    return "{\"name\": \"" + name + "\", \"type\": " + typeJson + "}";
  }

  static String record(String name, String... fields) {
    return record(name, List.of(fields));
  }

  static String record(String name, List<String> fields) {
    return "{\"type\": \"record\", \"name\": \""
        + name
        + "\", \"fields\": ["
        + String.join(", ", fields)
        + "]}";
  }

  /** An Interactions schema: the three required fields, then {@code more}. */
  static String interactions(String... more) {
    List<String> fields = new ArrayList<>(List.of(USER_ID, ITEM_ID, TIMESTAMP));
    fields.addAll(List.of(more));
    return record("Interactions", fields);
  }

  /** A record holding {@code first} and {@code count} string fields META_1..META_count. */
  static String withMetadata(String name, int count, String... first) {
    List<String> fields = new ArrayList<>(List.of(first));
    for (int i = 1; i <= count; i++) {
      fields.add(field("META_" + i, "\"string\""));
    }
    return record(name, fields);
  }

  /** A Users schema with USER_ID and one metadata field of the given type. */
  static String usersWithType(String typeJson) {
    return record("Users", USER_ID, field("VALUE", typeJson));
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertParseRejects(String json) {
    return assertThatThrownBy(() -> AvroSchema.parse(json))
        .isInstanceOf(InvalidInputException.class);
  }

  /** Asserts that the schema passes CreateSchema but does not fit {@code type}. */
  static AbstractThrowableAssert<?, ? extends Throwable> assertDoesNotFit(
      String json, DatasetType type) {
    AvroSchema schema = AvroSchema.parse(json);
    return assertThatThrownBy(() -> schema.checkFits(type))
        .isInstanceOf(InvalidInputException.class);
  }

  static void assertFits(String json, DatasetType type) {
    AvroSchema schema = AvroSchema.parse(json);
    assertThatCode(() -> schema.checkFits(type)).doesNotThrowAnyException();
  }

  @Nested
  class ValidExamples {

    @Test
    void minimal_interactions_schema_fits_interactions() {
      AvroSchema schema = AvroSchema.parse(MINIMAL_INTERACTIONS);

      schema.checkFits(DatasetType.INTERACTIONS);
      assertThat(schema.recordName()).isEqualTo("Interactions");
      assertThat(schema.fields())
          .containsExactly(
              new Field("USER_ID", FieldType.STRING, false),
              new Field("ITEM_ID", FieldType.STRING, false),
              new Field("TIMESTAMP", FieldType.LONG, false));
    }

    @Test
    void interactions_schema_with_every_reserved_field_and_two_context_fields_fits_interactions() {
      AvroSchema schema = AvroSchema.parse(FULL_INTERACTIONS);

      schema.checkFits(DatasetType.INTERACTIONS);
      assertThat(schema.fields())
          .extracting(Field::name)
          .containsExactly(
              "ITEM_ID",
              "USER_ID",
              "EVENT_TYPE",
              "EVENT_VALUE",
              "IMPRESSION",
              "RECOMMENDATION_ID",
              "CHANNEL",
              "SCREEN_WIDTH",
              "TIMESTAMP");
      assertThat(schema.field("EVENT_VALUE"))
          .contains(new Field("EVENT_VALUE", FieldType.FLOAT, true));
      assertThat(schema.field("RECOMMENDATION_ID"))
          .contains(new Field("RECOMMENDATION_ID", FieldType.STRING, true));
      assertThat(schema.field("SCREEN_WIDTH"))
          .contains(new Field("SCREEN_WIDTH", FieldType.INT, false));
    }

    @Test
    void items_schema_with_creation_time_and_mixed_metadata_fits_items() {
      AvroSchema schema = AvroSchema.parse(ITEMS_WITH_CREATION_TIME);

      schema.checkFits(DatasetType.ITEMS);
      assertThat(schema.field("PRICE")).contains(new Field("PRICE", FieldType.DOUBLE, true));
      assertThat(schema.field("IN_STOCK"))
          .contains(new Field("IN_STOCK", FieldType.BOOLEAN, false));
      assertThat(schema.field("SUMMARY")).contains(new Field("SUMMARY", FieldType.STRING, false));
    }

    @Test
    void users_schema_named_in_lower_case_fits_users() {
      AvroSchema schema = AvroSchema.parse(LOWER_CASE_USERS);

      schema.checkFits(DatasetType.USERS);
      assertThat(schema.recordName()).isEqualTo("users");
    }
  }

  @Nested
  class InvalidExamples {

    @Test
    void example_1_truncated_json_is_rejected_by_g1() {
      assertParseRejects("{\"type\": \"record\", \"name\": \"Interactions\", \"fields\": [")
          .hasMessageContaining("not valid JSON");
    }

    @Test
    void example_2_enum_at_top_level_is_rejected_by_g2() {
      assertParseRejects("{\"type\": \"enum\", \"name\": \"Items\", \"symbols\": [\"A\"]}")
          .hasMessageContaining("\"type\" must be \"record\"")
          .hasMessageContaining("\"enum\"");
    }

    @Test
    void example_3_empty_fields_is_rejected_by_g4() {
      assertParseRejects("{\"type\": \"record\", \"name\": \"Users\", \"fields\": []}")
          .hasMessageContaining("\"fields\" must be a non-empty array")
          .hasMessageContaining("empty");
    }

    @Test
    void example_4_array_field_is_rejected_by_g10() {
      assertParseRejects(
              record(
                  "Items", ITEM_ID, field("TAGS", "{\"type\": \"array\", \"items\": \"string\"}")))
          .hasMessageContaining("\"TAGS\"")
          .hasMessageContaining("\"array\"");
    }

    @Test
    void example_5_union_of_two_non_null_types_is_rejected_by_g10() {
      assertParseRejects(record("Items", ITEM_ID, field("SCORE", "[\"int\", \"string\"]")))
          .hasMessageContaining("\"SCORE\"")
          .hasMessageContaining("two non-null types");
    }

    @Test
    void example_6_bytes_field_is_rejected_by_g10() {
      assertParseRejects(record("Items", ITEM_ID, field("BLOB", "\"bytes\"")))
          .hasMessageContaining("\"BLOB\"")
          .hasMessageContaining("\"bytes\"");
    }

    @Test
    void example_7_two_fields_named_category_are_rejected_by_g7() {
      assertParseRejects(
              record(
                  "Items",
                  ITEM_ID,
                  field("CATEGORY", "\"string\""),
                  field("CATEGORY", "\"string\"")))
          .hasMessageContaining("\"CATEGORY\"")
          .hasMessageContaining("more than once");
    }

    @Test
    void example_8_color_1_and_color1_are_rejected_by_g8() {
      assertParseRejects(
              record(
                  "Items", ITEM_ID, field("COLOR_1", "\"string\""), field("COLOR1", "\"string\"")))
          .hasMessageContaining("\"COLOR_1\"")
          .hasMessageContaining("\"COLOR1\"")
          .hasMessageContaining("clash");
    }

    @Test
    void example_9_field_name_with_a_hyphen_is_rejected_by_g6() {
      assertParseRejects(record("Items", field("ITEM-ID", "\"string\"")))
          .hasMessageContaining("\"ITEM-ID\"")
          .hasMessageContaining("not a valid Avro name");
    }

    @Test
    void example_10_bare_null_field_is_rejected_by_g10() {
      assertParseRejects(record("Items", ITEM_ID, field("FLAG", "\"null\"")))
          .hasMessageContaining("\"FLAG\"")
          .hasMessageContaining("\"null\" on its own");
    }

    @Test
    void example_11_interactions_without_timestamp_is_rejected_by_t2() {
      assertDoesNotFit(record("Interactions", USER_ID, ITEM_ID), DatasetType.INTERACTIONS)
          .hasMessageContaining("required field \"TIMESTAMP\"");
    }

    @Test
    void example_12_int_timestamp_is_rejected_by_t2() {
      assertDoesNotFit(
              record("Interactions", USER_ID, ITEM_ID, field("TIMESTAMP", "\"int\"")),
              DatasetType.INTERACTIONS)
          .hasMessageContaining("\"TIMESTAMP\"")
          .hasMessageContaining("\"long\"")
          .hasMessageContaining("\"int\"");
    }

    @Test
    void example_13_nullable_user_id_is_rejected_by_t2() {
      assertDoesNotFit(
              record(
                  "Interactions", field("USER_ID", "[\"null\", \"string\"]"), ITEM_ID, TIMESTAMP),
              DatasetType.INTERACTIONS)
          .hasMessageContaining("\"USER_ID\"")
          .hasMessageContaining("must not be nullable");
    }

    @Test
    void example_14_double_event_value_is_rejected_by_t3() {
      assertDoesNotFit(interactions(field("EVENT_VALUE", "\"double\"")), DatasetType.INTERACTIONS)
          .hasMessageContaining("reserved field \"EVENT_VALUE\"")
          .hasMessageContaining("\"double\"");
    }

    @Test
    void example_15_interactions_with_eleven_optional_fields_is_rejected_by_t5() {
      assertDoesNotFit(
              withMetadata("Interactions", 11, USER_ID, ITEM_ID, TIMESTAMP),
              DatasetType.INTERACTIONS)
          .hasMessageContaining("at most 10")
          .hasMessageContaining("has 11");
    }

    @Test
    void example_16_users_with_only_user_id_is_rejected_by_t4() {
      assertDoesNotFit(record("Users", USER_ID), DatasetType.USERS)
          .hasMessageContaining("at least one metadata field");
    }

    @Test
    void example_17_users_with_six_metadata_fields_is_rejected_by_t5() {
      assertDoesNotFit(withMetadata("Users", 6, USER_ID), DatasetType.USERS)
          .hasMessageContaining("at most 5 metadata fields")
          .hasMessageContaining("has 6");
    }

    @Test
    void example_18_string_creation_timestamp_is_rejected_by_t3() {
      assertDoesNotFit(
              record(
                  "Items",
                  ITEM_ID,
                  field("CREATION_TIMESTAMP", "\"string\""),
                  field("GENRE", "\"string\"")),
              DatasetType.ITEMS)
          .hasMessageContaining("reserved field \"CREATION_TIMESTAMP\"")
          .hasMessageContaining("\"long\"");
    }

    @Test
    void example_19_items_schema_used_for_interactions_is_rejected_by_t1() {
      assertDoesNotFit(ITEMS_WITH_CREATION_TIME, DatasetType.INTERACTIONS)
          .hasMessageContaining("record name \"Items\"")
          .hasMessageContaining("Interactions");
    }

    @Test
    void example_20_users_with_lower_case_user_id_lacks_user_id_under_t2() {
      assertDoesNotFit(
              record("Users", field("user_id", "\"string\""), field("PLAN", "\"string\"")),
              DatasetType.USERS)
          .hasMessageContaining("required field \"USER_ID\"");
    }
  }

  @Nested
  class G1_OneJsonObject {

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"record\"", "42", "true", "null"})
    void json_that_is_not_an_object_is_rejected(String json) {
      assertParseRejects(json).hasMessageContaining("must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void empty_text_is_rejected(String json) {
      assertParseRejects(json).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}", " []", " 1", ",", "}"})
    void text_after_the_object_is_rejected(String trailing) {
      assertParseRejects(MINIMAL_INTERACTIONS.strip() + trailing)
          .hasMessageMatching("The schema (has more text after|is not valid JSON).*");
    }

    @Test
    void whitespace_around_the_object_is_accepted() {
      assertThatCode(() -> AvroSchema.parse("\n  " + MINIMAL_INTERACTIONS + "  \n\t"))
          .doesNotThrowAnyException();
    }

    @Test
    void every_truncation_of_a_valid_schema_is_rejected_as_invalid_input() {
      String json = FULL_INTERACTIONS.strip();
      for (int end = 0; end < json.length(); end++) {
        String prefix = json.substring(0, end);
        assertParseRejects(prefix).message().isNotBlank();
      }
    }

    @Test
    void a_duplicate_key_is_rejected() {
      assertParseRejects(
              "{\"type\": \"record\", \"name\": \"Users\", \"name\": \"Items\", \"fields\": ["
                  + USER_ID
                  + "]}")
          .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void malformed_json_says_where_it_breaks() {
      assertParseRejects("{\"type\": \"record\",\n \"name\": Users}")
          .hasMessageContaining("not valid JSON at line 2");
    }

    @Test
    void a_json_error_message_does_not_quote_the_parser_internals() {
      assertParseRejects("{\"type\": \"record\", \"fields\": [}")
          .hasMessage(
              "The schema is not valid JSON at line 1, column 31:"
                  + " Unexpected close marker '}': expected ']'.");
    }

    @Test
    void non_standard_json_is_rejected() {
      assertParseRejects("{'type': 'record', 'name': 'Users', 'fields': []}")
          .hasMessageContaining("not valid JSON");
      assertParseRejects("/* c */" + MINIMAL_INTERACTIONS).hasMessageContaining("not valid JSON");
    }
  }

  @Nested
  class G2_RecordType {

    @ParameterizedTest
    @ValueSource(
        strings = {"\"enum\"", "\"RECORD\"", "\"Record\"", "{\"type\": \"record\"}", "1", "null"})
    void a_top_level_type_other_than_record_is_rejected(String typeJson) {
      assertParseRejects(
              "{\"type\": " + typeJson + ", \"name\": \"Users\", \"fields\": [" + USER_ID + "]}")
          .hasMessageContaining("\"type\" must be \"record\"");
    }

    @Test
    void a_missing_top_level_type_is_rejected() {
      assertParseRejects("{\"name\": \"Users\", \"fields\": [" + USER_ID + "]}")
          .hasMessageContaining("\"type\" must be \"record\", but it is missing");
    }
  }

  @Nested
  class G3_RecordName {

    @ParameterizedTest
    @ValueSource(strings = {"Interactions", "users", "_private", "Items2", "a", "_"})
    void a_valid_avro_record_name_is_accepted(String name) {
      assertThat(AvroSchema.parse(record(name, USER_ID)).recordName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2Items", "com.example.Items", "Item s", "Items-1", "Ítems"})
    void an_invalid_avro_record_name_is_rejected(String name) {
      assertParseRejects(record(name, USER_ID))
          .hasMessageContaining("record \"name\" must be a valid Avro name")
          .hasMessageContaining("\"" + name + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", \"name\": 7", ", \"name\": null", ", \"name\": [\"Users\"]"})
    void a_missing_or_non_string_record_name_is_rejected(String nameMember) {
      assertParseRejects("{\"type\": \"record\"" + nameMember + ", \"fields\": [" + USER_ID + "]}")
          .hasMessageContaining("record \"name\" must be a valid Avro name");
    }
  }

  @Nested
  class G4_Fields {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          ", \"fields\": []",
          ", \"fields\": {}",
          ", \"fields\": null",
          ", \"fields\": \"USER_ID\""
        })
    void fields_must_be_a_non_empty_array(String fieldsMember) {
      assertParseRejects("{\"type\": \"record\", \"name\": \"Users\"" + fieldsMember + "}")
          .hasMessageContaining("\"fields\" must be a non-empty array");
    }

    @Test
    void a_single_field_is_enough_for_create_schema() {
      assertThat(AvroSchema.parse(record("Users", USER_ID)).fields()).hasSize(1);
    }
  }

  @Nested
  class G5_NamespaceAndVersion {

    @Test
    void namespace_and_version_are_optional() {
      assertThatCode(() -> AvroSchema.parse(record("Users", USER_ID))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"namespace | 5", "namespace | null", "version   | 1.0", "version   | {}"})
    void namespace_and_version_must_be_strings_when_present(String attribute, String valueJson) {
      assertParseRejects(
              "{\"type\": \"record\", \"name\": \"Users\", \""
                  + attribute
                  + "\": "
                  + valueJson
                  + ", \"fields\": ["
                  + USER_ID
                  + "]}")
          .hasMessageContaining("\"" + attribute + "\" must be a string");
    }

    @Test
    void other_top_level_attributes_are_ignored() {
      assertThatCode(
              () ->
                  AvroSchema.parse(
                      "{\"type\": \"record\", \"name\": \"Users\", \"doc\": 3, \"aliases\":"
                          + " [\"U\"], \"namespace\": \"n\", \"version\": \"2\", \"fields\": ["
                          + USER_ID
                          + "]}"))
          .doesNotThrowAnyException();
    }
  }

  @Nested
  class G6_FieldShape {

    @ParameterizedTest
    @ValueSource(strings = {"\"USER_ID\"", "[]", "null", "3"})
    void a_field_that_is_not_an_object_is_rejected(String fieldJson) {
      assertParseRejects(record("Users", USER_ID, fieldJson))
          .hasMessageContaining("Field number 2 of the schema must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"type\": \"string\"}",
          "{\"name\": 1, \"type\": \"string\"}",
          "{\"name\": null, \"type\": \"string\"}"
        })
    void a_field_without_a_string_name_is_rejected(String fieldJson) {
      assertParseRejects(record("Users", USER_ID, fieldJson))
          .hasMessageContaining("Field number 2 of the schema must have a string \"name\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1PLAN", "PLAN-TYPE", "PLAN.TYPE", "PLAN TYPE", "PLÄN"})
    void a_field_name_that_is_not_a_valid_avro_name_is_rejected(String name) {
      assertParseRejects(record("Users", USER_ID, field(name, "\"string\"")))
          .hasMessageContaining("\"" + name + "\" is not a valid Avro name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_PLAN", "plan2", "P_1_2", "x"})
    void a_valid_avro_field_name_is_accepted(String name) {
      assertThat(AvroSchema.parse(record("Users", USER_ID, field(name, "\"string\""))).field(name))
          .isPresent();
    }

    @Test
    void a_field_without_a_type_is_rejected() {
      assertParseRejects(record("Users", USER_ID, "{\"name\": \"PLAN\"}"))
          .hasMessageContaining("\"PLAN\" has no \"type\"");
    }
  }

  @Nested
  class G7_UniqueNames {

    @Test
    void a_repeated_field_name_is_rejected_even_with_different_types() {
      assertParseRejects(record("Users", USER_ID, field("USER_ID", "\"int\"")))
          .hasMessageContaining("\"USER_ID\" appears more than once");
    }
  }

  @Nested
  class G8_UniqueFoldedNames {

    @ParameterizedTest
    @CsvSource({"GENRE_1, GENRE1", "genre, GENRE", "A_B, AB_", "_X, X", "Plan_Type, PLANTYPE"})
    void names_equal_after_dropping_underscores_and_case_clash(String first, String second) {
      assertParseRejects(
              record("Users", USER_ID, field(first, "\"string\""), field(second, "\"int\"")))
          .hasMessageContaining("\"" + first + "\" and \"" + second + "\" clash");
    }

    @Test
    void names_that_differ_in_letters_or_digits_are_accepted() {
      assertThat(
              AvroSchema.parse(
                      record(
                          "Users",
                          USER_ID,
                          field("GENRE_1", "\"string\""),
                          field("GENRE_2", "\"string\""),
                          field("GENRE_12", "\"string\"")))
                  .fields())
          .hasSize(4);
    }
  }

  @Nested
  class G9_SupportedTypes {

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void each_supported_primitive_is_accepted_as_not_nullable(FieldType type) {
      String quoted = "\"" + type.avroName() + "\"";
      assertThat(AvroSchema.parse(usersWithType(quoted)).field("VALUE"))
          .contains(new Field("VALUE", type, false));
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void a_union_of_null_and_a_primitive_is_nullable_in_either_order(FieldType type) {
      String quoted = "\"" + type.avroName() + "\"";
      Field expected = new Field("VALUE", type, true);
      assertThat(AvroSchema.parse(usersWithType("[\"null\", " + quoted + "]")).field("VALUE"))
          .contains(expected);
      assertThat(AvroSchema.parse(usersWithType("[" + quoted + ", \"null\"]")).field("VALUE"))
          .contains(expected);
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void the_object_form_of_a_primitive_is_the_primitive(FieldType type) {
      String object = "{\"type\": \"" + type.avroName() + "\"}";
      assertThat(AvroSchema.parse(usersWithType(object)).field("VALUE"))
          .contains(new Field("VALUE", type, false));
      assertThat(
              AvroSchema.parse(usersWithType("[{\"type\": \"null\"}, " + object + "]"))
                  .field("VALUE"))
          .contains(new Field("VALUE", type, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"STRING\"", "\"Long\"", "\"integer\"", "\"\""})
    void primitive_names_are_case_sensitive_and_exact(String typeJson) {
      assertParseRejects(usersWithType(typeJson)).hasMessageContaining("not a supported type");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"1", "true", "null", "{}", "{\"type\": 1}", "{\"type\": {\"type\": \"int\"}}"})
    void a_type_that_is_no_type_name_union_or_type_object_is_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson))
          .hasMessageContaining("\"VALUE\"")
          .hasMessageContaining("Supported field types are");
    }
  }

  @Nested
  class G10_UnsupportedTypes {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"bytes\"",
          "{\"type\": \"bytes\"}",
          "{\"type\": \"fixed\", \"name\": \"F\", \"size\": 4}",
          "{\"type\": \"enum\", \"name\": \"E\", \"symbols\": [\"A\"]}",
          "{\"type\": \"array\", \"items\": \"string\"}",
          "{\"type\": \"map\", \"values\": \"string\"}",
          "{\"type\": \"record\", \"name\": \"R\", \"fields\": [{\"name\": \"A\", \"type\":"
              + " \"int\"}]}",
          "\"array\"",
          "\"record\""
        })
    void complex_and_bytes_types_are_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson))
          .hasMessageContaining("\"VALUE\"")
          .hasMessageContaining("which is not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"com.example.Money\"", "\"Money\""})
    void named_type_references_are_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson))
          .hasMessageContaining("\"VALUE\"")
          .hasMessageContaining("named types are not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"null\"", "{\"type\": \"null\"}"})
    void a_bare_null_type_is_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson)).hasMessageContaining("\"null\" on its own");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"int\", \"string\"]", "[\"long\", \"long\"]"})
    void a_union_of_two_non_null_types_is_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson)).hasMessageContaining("two non-null types");
    }

    @Test
    void a_union_of_null_with_itself_is_rejected() {
      assertParseRejects(usersWithType("[\"null\", \"null\"]"))
          .hasMessageContaining("\"null\" with itself");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "[\"null\", \"string\", \"int\"] | 3 types",
          "[\"null\", \"null\", \"string\"] | 3 types",
          "[\"string\"]                    | 1 type",
          "[]                              | 0 types"
        })
    void a_union_without_exactly_two_members_is_rejected(String typeJson, String count) {
      assertParseRejects(usersWithType(typeJson))
          .hasMessageContaining("union of " + count)
          .hasMessageContaining("exactly two members");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "[\"null\", \"bytes\"]",
          "[{\"type\": \"array\", \"items\": \"int\"}, \"null\"]",
          "[\"null\", [\"null\", \"string\"]]",
          "[\"null\", \"Money\"]"
        })
    void a_nullable_union_with_an_unsupported_member_is_rejected(String typeJson) {
      assertParseRejects(usersWithType(typeJson)).hasMessageContaining("\"VALUE\"");
    }
  }

  @Nested
  class G11_Categorical {

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void a_boolean_categorical_is_accepted(String value) {
      assertThatCode(
              () ->
                  AvroSchema.parse(
                      record(
                          "Users",
                          USER_ID,
                          "{\"name\": \"PLAN\", \"type\": \"string\", \"categorical\": "
                              + value
                              + "}")))
          .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "null", "[]"})
    void a_non_boolean_categorical_is_rejected(String value) {
      assertParseRejects(
              record(
                  "Users",
                  USER_ID,
                  "{\"name\": \"PLAN\", \"type\": \"string\", \"categorical\": " + value + "}"))
          .hasMessageContaining("\"PLAN\" has a \"categorical\" attribute");
    }

    @Test
    void other_field_attributes_are_ignored() {
      assertThatCode(
              () ->
                  AvroSchema.parse(
                      record(
                          "Items",
                          ITEM_ID,
                          "{\"name\": \"DESCRIPTION\", \"type\": [\"null\", \"string\"], \"doc\":"
                              + " 1, \"default\": null, \"textual\": true, \"order\":"
                              + " \"ignore\"}")))
          .doesNotThrowAnyException();
    }
  }

  @Nested
  class T1_RecordNameMatchesType {

    @ParameterizedTest
    @CsvSource({"INTERACTIONS, interactions", "ITEMS, ITEMS", "USERS, uSeRs"})
    void the_record_name_matches_the_dataset_type_ignoring_case(DatasetType type, String name) {
      String json =
          switch (type) {
            case INTERACTIONS -> record(name, USER_ID, ITEM_ID, TIMESTAMP);
            case ITEMS -> record(name, ITEM_ID, field("GENRE", "\"string\""));
            case USERS -> record(name, USER_ID, field("PLAN", "\"string\""));
          };
      assertFits(json, type);
    }

    @Test
    void a_users_schema_does_not_fit_items_even_with_item_fields() {
      assertDoesNotFit(
              record("Users", USER_ID, ITEM_ID, field("PLAN", "\"string\"")), DatasetType.ITEMS)
          .hasMessageContaining("record name \"Users\" does not match the dataset type Items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Interaction", "InteractionsV2", "Events"})
    void a_record_name_that_is_no_dataset_type_fits_none(String name) {
      String json = record(name, USER_ID, ITEM_ID, TIMESTAMP, field("PLAN", "\"string\""));
      for (DatasetType type : DatasetType.values()) {
        assertDoesNotFit(json, type).hasMessageContaining("\"" + name + "\"");
      }
    }
  }

  @Nested
  class T2_RequiredFields {

    @ParameterizedTest
    @ValueSource(strings = {"USER_ID", "ITEM_ID", "TIMESTAMP"})
    void each_interactions_required_field_must_be_present(String missing) {
      List<String> fields = new ArrayList<>();
      for (String name : List.of("USER_ID", "ITEM_ID", "TIMESTAMP")) {
        if (!name.equals(missing)) {
          fields.add(field(name, name.equals("TIMESTAMP") ? "\"long\"" : "\"string\""));
        }
      }
      fields.add(field("EVENT_TYPE", "\"string\""));
      assertDoesNotFit(record("Interactions", fields), DatasetType.INTERACTIONS)
          .hasMessageContaining("required field \"" + missing + "\"");
    }

    @Test
    void items_need_item_id() {
      assertDoesNotFit(record("Items", USER_ID, field("GENRE", "\"string\"")), DatasetType.ITEMS)
          .hasMessageContaining("required field \"ITEM_ID\" of type \"string\"");
    }

    @Test
    void users_need_user_id() {
      assertDoesNotFit(record("Users", ITEM_ID, field("PLAN", "\"string\"")), DatasetType.USERS)
          .hasMessageContaining("required field \"USER_ID\" of type \"string\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id", "User_Id", "USERID"})
    void a_required_name_counts_only_in_exact_upper_case(String name) {
      assertDoesNotFit(
              record("Users", field(name, "\"string\""), field("PLAN", "\"string\"")),
              DatasetType.USERS)
          .hasMessageContaining("required field \"USER_ID\"");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "USER_ID   | [\"null\", \"string\"]",
          "ITEM_ID   | [\"string\", \"null\"]",
          "TIMESTAMP | [\"null\", \"long\"]",
          "TIMESTAMP | [\"long\", \"null\"]"
        })
    void a_nullable_required_field_is_rejected(String name, String typeJson) {
      List<String> fields = new ArrayList<>(List.of(USER_ID, ITEM_ID, TIMESTAMP));
      fields.replaceAll(f -> f.contains("\"" + name + "\"") ? field(name, typeJson) : f);
      assertDoesNotFit(record("Interactions", fields), DatasetType.INTERACTIONS)
          .hasMessageContaining("required field \"" + name + "\"")
          .hasMessageContaining("must not be nullable");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "USER_ID   | \"int\"",
          "ITEM_ID   | \"long\"",
          "TIMESTAMP | \"string\"",
          "TIMESTAMP | \"double\"",
          "TIMESTAMP | {\"type\": \"int\"}"
        })
    void a_required_field_of_another_type_is_rejected(String name, String typeJson) {
      List<String> fields = new ArrayList<>(List.of(USER_ID, ITEM_ID, TIMESTAMP));
      fields.replaceAll(f -> f.contains("\"" + name + "\"") ? field(name, typeJson) : f);
      assertDoesNotFit(record("Interactions", fields), DatasetType.INTERACTIONS)
          .hasMessageContaining("required field \"" + name + "\"");
    }

    @Test
    void the_object_form_satisfies_a_required_type() {
      assertFits(
          record(
              "Interactions",
              field("USER_ID", "{\"type\": \"string\"}"),
              ITEM_ID,
              field("TIMESTAMP", "{\"type\": \"long\"}")),
          DatasetType.INTERACTIONS);
    }
  }

  @Nested
  class T3_ReservedFields {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "EVENT_TYPE        | \"string\"",
          "EVENT_VALUE       | \"float\"",
          "EVENT_VALUE       | [\"null\", \"float\"]",
          "EVENT_VALUE       | [\"float\", \"null\"]",
          "IMPRESSION        | \"string\"",
          "IMPRESSION        | [\"null\", \"string\"]",
          "RECOMMENDATION_ID | \"string\"",
          "RECOMMENDATION_ID | [\"string\", \"null\"]"
        })
    void an_interactions_reserved_field_of_an_allowed_type_fits(String name, String typeJson) {
      assertFits(interactions(field(name, typeJson)), DatasetType.INTERACTIONS);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "EVENT_TYPE        | [\"null\", \"string\"]",
          "EVENT_TYPE        | \"int\"",
          "EVENT_VALUE       | \"double\"",
          "EVENT_VALUE       | \"int\"",
          "EVENT_VALUE       | [\"null\", \"double\"]",
          "IMPRESSION        | \"long\"",
          "RECOMMENDATION_ID | \"int\"",
          "RECOMMENDATION_ID | [\"null\", \"long\"]"
        })
    void an_interactions_reserved_field_of_another_type_is_rejected(String name, String typeJson) {
      assertDoesNotFit(interactions(field(name, typeJson)), DatasetType.INTERACTIONS)
          .hasMessageContaining("reserved field \"" + name + "\"");
    }

    @Test
    void items_creation_timestamp_must_be_a_plain_long() {
      String genre = field("GENRE", "\"string\"");
      assertFits(
          record("Items", ITEM_ID, genre, field("CREATION_TIMESTAMP", "\"long\"")),
          DatasetType.ITEMS);
      for (String typeJson : List.of("[\"null\", \"long\"]", "\"int\"", "\"string\"")) {
        assertDoesNotFit(
                record("Items", ITEM_ID, genre, field("CREATION_TIMESTAMP", typeJson)),
                DatasetType.ITEMS)
            .hasMessageContaining("reserved field \"CREATION_TIMESTAMP\"")
            .hasMessageContaining("must have type \"long\"");
      }
    }

    @Test
    void a_reserved_name_in_lower_case_is_an_ordinary_metadata_field() {
      assertFits(
          interactions(field("event_value", "\"double\""), field("Event_Type", "\"int\"")),
          DatasetType.INTERACTIONS);
    }

    @Test
    void names_reserved_for_one_type_are_ordinary_metadata_in_the_others() {
      assertFits(
          record(
              "Items",
              ITEM_ID,
              field("EVENT_VALUE", "\"double\""),
              field("TIMESTAMP", "\"string\""),
              field("USER_ID", "\"int\"")),
          DatasetType.ITEMS);
      assertFits(
          record("Users", USER_ID, field("CREATION_TIMESTAMP", "\"string\"")), DatasetType.USERS);
      assertFits(
          interactions(field("CREATION_TIMESTAMP", "[\"null\", \"string\"]")),
          DatasetType.INTERACTIONS);
    }
  }

  @Nested
  class T4_AtLeastOneMetadataField {

    @Test
    void items_with_only_required_and_reserved_fields_are_rejected() {
      assertDoesNotFit(record("Items", ITEM_ID), DatasetType.ITEMS)
          .hasMessageContaining("at least one metadata field");
      assertDoesNotFit(
              record("Items", ITEM_ID, field("CREATION_TIMESTAMP", "\"long\"")), DatasetType.ITEMS)
          .hasMessageContaining(
              "at least one metadata field besides \"ITEM_ID\" and \"CREATION_TIMESTAMP\"");
    }

    @Test
    void one_metadata_field_of_any_type_is_enough_for_users_and_items() {
      assertFits(record("Users", USER_ID, field("AGE", "[\"null\", \"int\"]")), DatasetType.USERS);
      assertFits(record("Items", ITEM_ID, field("PRICE", "\"double\"")), DatasetType.ITEMS);
    }

    @Test
    void interactions_need_no_metadata_field() {
      assertFits(MINIMAL_INTERACTIONS, DatasetType.INTERACTIONS);
    }
  }

  @Nested
  class T5_FieldLimits {

    @Test
    void users_take_five_metadata_fields_but_not_six() {
      assertFits(withMetadata("Users", 5, USER_ID), DatasetType.USERS);
      assertDoesNotFit(withMetadata("Users", 6, USER_ID), DatasetType.USERS)
          .hasMessageContaining("at most 5 metadata fields")
          .hasMessageContaining("has 6");
    }

    @Test
    void items_take_fifty_metadata_fields_but_not_fifty_one() {
      assertFits(withMetadata("Items", 50, ITEM_ID), DatasetType.ITEMS);
      assertDoesNotFit(withMetadata("Items", 51, ITEM_ID), DatasetType.ITEMS)
          .hasMessageContaining("at most 50 metadata fields")
          .hasMessageContaining("has 51");
    }

    @Test
    void items_creation_timestamp_is_not_counted_as_metadata() {
      assertFits(
          withMetadata("Items", 50, ITEM_ID, field("CREATION_TIMESTAMP", "\"long\"")),
          DatasetType.ITEMS);
    }

    @Test
    void interactions_take_ten_optional_fields_but_not_eleven() {
      assertFits(
          withMetadata("Interactions", 10, USER_ID, ITEM_ID, TIMESTAMP), DatasetType.INTERACTIONS);
      assertDoesNotFit(
              withMetadata("Interactions", 11, USER_ID, ITEM_ID, TIMESTAMP),
              DatasetType.INTERACTIONS)
          .hasMessageContaining("at most 10 fields besides the required fields")
          .hasMessageContaining("has 11");
    }

    @Test
    void interactions_count_reserved_fields_towards_the_ten() {
      String[] reservedAndRequired = {
        USER_ID,
        ITEM_ID,
        TIMESTAMP,
        field("EVENT_TYPE", "\"string\""),
        field("EVENT_VALUE", "\"float\""),
        field("IMPRESSION", "\"string\""),
        field("RECOMMENDATION_ID", "\"string\"")
      };
      assertFits(withMetadata("Interactions", 6, reservedAndRequired), DatasetType.INTERACTIONS);
      assertDoesNotFit(
              withMetadata("Interactions", 7, reservedAndRequired), DatasetType.INTERACTIONS)
          .hasMessageContaining("has 11");
    }
  }

  @Nested
  class Lookup {

    @Test
    void field_matches_the_exact_name_only() {
      AvroSchema schema = AvroSchema.parse(LOWER_CASE_USERS);

      assertThat(schema.field("PLAN")).contains(new Field("PLAN", FieldType.STRING, false));
      assertThat(schema.field("plan")).isEmpty();
      assertThat(schema.field("MISSING")).isEmpty();
    }

    @Test
    void field_ignoring_case_finds_a_field_in_any_case() {
      AvroSchema schema = AvroSchema.parse(FULL_INTERACTIONS);

      assertThat(schema.fieldIgnoringCase("event_value").map(Field::name)).contains("EVENT_VALUE");
      assertThat(schema.fieldIgnoringCase("Timestamp").map(Field::name)).contains("TIMESTAMP");
      assertThat(schema.fieldIgnoringCase("EVENTVALUE")).isEmpty();
    }

    @Test
    void fields_keep_declaration_order_and_cannot_be_changed() {
      AvroSchema schema = AvroSchema.parse(ITEMS_WITH_CREATION_TIME);

      assertThat(schema.fields())
          .extracting(Field::name)
          .containsExactly(
              "ITEM_ID", "CATEGORY", "PRICE", "IN_STOCK", "SUMMARY", "CREATION_TIMESTAMP");
      assertThatThrownBy(() -> schema.fields().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_rejected_type_leaves_the_schema_usable_for_a_type_it_fits() {
      AvroSchema schema = AvroSchema.parse(record("Users", USER_ID, field("PLAN", "\"string\"")));

      assertThatThrownBy(() -> schema.checkFits(DatasetType.ITEMS))
          .isInstanceOf(InvalidInputException.class);
      assertThatCode(() -> schema.checkFits(DatasetType.USERS)).doesNotThrowAnyException();
    }
  }

  // ---- robustness: whatever the text, the only failure is InvalidInputException ----

  @Property(tries = 2000)
  void an_edited_schema_is_accepted_or_rejected_as_invalid_input(
      @ForAll @IntRange(min = 0, max = 1000) int at,
      @ForAll @IntRange(min = 0, max = 12) int deleted,
      @ForAll @StringLength(max = 4) String inserted) {
    String json = FULL_INTERACTIONS;
    int start = at % (json.length() + 1);
    int end = Math.min(json.length(), start + deleted);
    String edited = json.substring(0, start) + inserted + json.substring(end);
    try {
      AvroSchema.parse(edited);
    } catch (InvalidInputException rejected) {
      assertThat(rejected.getMessage())
          .isNotBlank()
          .doesNotContain("[Source", "REDACTED", "jackson");
    }
  }

  @Property(tries = 500)
  void any_text_is_accepted_or_rejected_as_invalid_input(@ForAll String text) {
    try {
      AvroSchema.parse(text);
    } catch (InvalidInputException rejected) {
      assertThat(rejected.getMessage())
          .isNotBlank()
          .doesNotContain("[Source", "REDACTED", "jackson");
    }
  }
}
