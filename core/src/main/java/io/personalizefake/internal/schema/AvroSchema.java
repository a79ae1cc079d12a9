package io.personalizefake.internal.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.error.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset schema as sent to CreateSchema: an Avro record with flat, primitive fields.
 *
 * <p>{@link #parse} applies the general rules G1..G11 of {@code spec/schemas.md}, which hold for
 * every schema. {@link #checkFits} applies the rules T1..T5, which tie a schema to one dataset type
 * and are checked when a dataset is created. Both throw {@link InvalidInputException} with a
 * message that names the offending field and says what is wrong.
 */
public final class AvroSchema {

  /** Rejects duplicate keys: an object that says {@code "name"} twice has no single meaning. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The supported primitive types by their Avro name. */
  private static final Map<String, FieldType> PRIMITIVES = primitivesByName();

  /** Avro type names that exist but that Personalize does not take (G10). */
  private static final Set<String> UNSUPPORTED =
      Set.of("bytes", "fixed", "enum", "array", "map", "record", "error");

  private static final String SUPPORTED_TYPES = supportedTypesSentence();

  private static final String AVRO_NAME_RULE =
      "a letter or underscore followed by letters, digits or underscores";

  /**
   * Schemas parsed before, by their text: the same few schemas are checked again at every
   * CreateDataset.
   */
  private static final Map<String, AvroSchema> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int PARSED_LIMIT = 256;

  private final String recordName;
  private final List<Field> fields;
  private final Map<String, Field> byName;

  private AvroSchema(String recordName, List<Field> fields, Map<String, Field> byName) {
    this.recordName = recordName;
    this.fields = fields;
    this.byName = byName;
  }

  /**
   * One column of the dataset: its name, its primitive type and whether it is a union with null.
   */
  public record Field(String name, FieldType type, boolean nullable) {}

  /**
   * Reads the schema string of a CreateSchema request and checks the general rules G1..G11.
   *
   * @throws InvalidInputException if the string is not a JSON object or breaks one of the rules
   */
  public static AvroSchema parse(String json) {
    AvroSchema known = PARSED.get(json);
    if (known != null) {
      return known;
    }
    AvroSchema parsed = read(json);
    if (PARSED.size() >= PARSED_LIMIT) {
      PARSED.clear();
    }
    PARSED.put(json, parsed);
    return parsed;
  }

  private static AvroSchema read(String json) {
    JsonNode root = readObject(json); // G1
    JsonNode type = root.get("type");
    if (type == null || !"record".equals(type.textValue())) { // G2
      throw invalid(
          "The schema's top-level \"type\" must be \"record\", but it is " + describe(type) + ".");
    }
    JsonNode name = root.get("name");
    if (name == null || !name.isTextual() || !isAvroName(name.textValue())) { // G3
      throw invalid(
          "The schema's record \"name\" must be a valid Avro name ("
              + AVRO_NAME_RULE
              + "), but it is "
              + describe(name)
              + ".");
    }
    JsonNode fieldNodes = root.get("fields");
    if (fieldNodes == null || !fieldNodes.isArray() || fieldNodes.isEmpty()) { // G4
      throw invalid(
          "The schema's \"fields\" must be a non-empty array, but it is "
              + (fieldNodes != null && fieldNodes.isArray() ? "empty" : describe(fieldNodes))
              + ".");
    }
    requireStringIfPresent(root, "namespace"); // G5
    requireStringIfPresent(root, "version");

    List<Field> fields = new ArrayList<>(fieldNodes.size());
    Map<String, Field> byName = new HashMap<>();
    Map<String, String> byFoldedName = new HashMap<>();
    for (int i = 0; i < fieldNodes.size(); i++) {
      Field field = readField(fieldNodes.get(i), i + 1);
      if (byName.putIfAbsent(field.name(), field) != null) { // G7
        throw invalid(
            "The field name \""
                + field.name()
                + "\" appears more than once; field names must be unique.");
      }
      String clash = byFoldedName.putIfAbsent(fold(field.name()), field.name());
      if (clash != null) { // G8
        throw invalid(
            "The field names \""
                + clash
                + "\" and \""
                + field.name()
                + "\" clash: field names must stay unique when case and characters other than"
                + " letters and digits are ignored.");
      }
      fields.add(field);
    }
    return new AvroSchema(name.textValue(), List.copyOf(fields), Map.copyOf(byName));
  }

  /** The record's {@code "name"}, as written. */
  public String recordName() {
    return recordName;
  }

  /** The fields in the order the schema declares them. */
  public List<Field> fields() {
    return fields;
  }

  /** The field with exactly this name. */
  public Optional<Field> field(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The field whose name equals {@code name} when case is ignored; G8 makes it unique. */
  public Optional<Field> fieldIgnoringCase(String name) {
    for (Field field : fields) {
      if (field.name().equalsIgnoreCase(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that this schema can describe a dataset of {@code type}: rules T1..T5.
   *
   * @throws InvalidInputException naming the first rule the schema breaks
   */
  public void checkFits(DatasetType type) {
    String kind = article(type) + " " + type.displayName() + " schema";
    if (!recordName.equalsIgnoreCase(type.name())) { // T1
      throw invalid(
          "The schema's record name \""
              + recordName
              + "\" does not match the dataset type "
              + type.displayName()
              + "; it must be \""
              + type.displayName()
              + "\" (case is ignored).");
    }
    TypeRules rules = TypeRules.of(type);
    int slotsPresent = 0;
    for (Slot slot : rules.slots()) {
      Field field = byName.get(slot.name());
      if (field == null) {
        if (slot.required()) { // T2
          throw invalid(
              capitalize(kind)
                  + " must have the required field \""
                  + slot.name()
                  + "\" of type "
                  + slot.allowedTypes()
                  + ".");
        }
        continue;
      }
      slotsPresent++;
      if (!slot.accepts(field)) { // T2 and T3
        throw invalid(
            "The "
                + (slot.required() ? "required" : "reserved")
                + " field \""
                + slot.name()
                + "\" of "
                + kind
                + " must have type "
                + slot.allowedTypes()
                + (slot.required() ? " and must not be nullable" : "")
                + ", but it has type "
                + avroType(field)
                + ".");
      }
    }
    int metadata = fields.size() - slotsPresent;
    if (metadata < rules.minMetadata()) { // T4
      throw invalid(
          capitalize(kind)
              + " must have at least one metadata field besides "
              + rules.slotNames()
              + ".");
    }
    int counted = rules.countsReserved() ? fields.size() - rules.requiredCount() : metadata;
    if (counted > rules.maxCounted()) { // T5
      throw invalid(
          capitalize(kind)
              + " may have at most "
              + rules.maxCounted()
              + (rules.countsReserved()
                  ? " fields besides the required fields " + rules.requiredNames()
                  : " metadata fields (fields other than " + rules.slotNames() + ")")
              + ", but it has "
              + counted
              + ".");
    }
  }

  @Override
  public String toString() {
    return "AvroSchema[" + recordName + ", " + fields + "]";
  }

  // ---- G1: one JSON object ----

  private static JsonNode readObject(String json) {
    JsonNode root;
    try (JsonParser parser = JSON.createParser(json)) {
      root = JSON.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw invalid("The schema has more text after the end of its JSON object.");
      }
    } catch (JsonProcessingException e) {
      throw invalid(notJson(e));
    } catch (IOException e) {
      throw invalid("The schema could not be read as JSON.");
    }
    if (root == null || root.isMissingNode()) {
      throw invalid("The schema is empty; it must be a JSON object.");
    }
    if (!root.isObject()) {
      throw invalid("The schema must be a JSON object, but it is " + kindOf(root) + ".");
    }
    return root;
  }

  private static String notJson(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "The schema is not valid JSON: the text ends before the JSON object is complete.";
    }
    if (e instanceof StreamConstraintsException) {
      return "The schema is not valid JSON: it is nested too deeply or holds a value too large.";
    }
    // Jackson may quote the input's location inside the text; keep only what went wrong
    String detail = Objects.requireNonNullElse(e.getOriginalMessage(), "unreadable input");
    int source = detail.indexOf("[Source:");
    if (source >= 0) {
      int open = detail.lastIndexOf('(', source);
      detail = detail.substring(0, open >= 0 ? open : source).strip();
    }
    if (detail.endsWith(".")) {
      detail = detail.substring(0, detail.length() - 1);
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "The schema is not valid JSON" + where + ": " + detail + ".";
  }

  private static void requireStringIfPresent(JsonNode root, String attribute) {
    JsonNode value = root.get(attribute);
    if (value != null && !value.isTextual()) {
      throw invalid(
          "The schema's \""
              + attribute
              + "\" must be a string when present, but it is "
              + kindOf(value)
              + ".");
    }
  }

  // ---- G6, G9, G10, G11: one field ----

  private static Field readField(JsonNode node, int position) {
    if (!node.isObject()) { // G6
      throw invalid(
          "Field number "
              + position
              + " of the schema must be a JSON object, but it is "
              + kindOf(node)
              + ".");
    }
    JsonNode nameNode = node.get("name");
    if (nameNode == null || !nameNode.isTextual()) {
      throw invalid(
          "Field number "
              + position
              + " of the schema must have a string \"name\", but it is "
              + describe(nameNode)
              + ".");
    }
    String name = nameNode.textValue();
    if (!isAvroName(name)) {
      throw invalid(
          "The field name \"" + name + "\" is not a valid Avro name (" + AVRO_NAME_RULE + ").");
    }
    JsonNode type = node.get("type");
    if (type == null) {
      throw invalid("The field \"" + name + "\" has no \"type\".");
    }
    JsonNode categorical = node.get("categorical");
    if (categorical != null && !categorical.isBoolean()) { // G11
      throw invalid(
          "The field \""
              + name
              + "\" has a \"categorical\" attribute that is "
              + describe(categorical)
              + "; it must be true or false.");
    }
    return type.isArray() ? unionField(name, type) : new Field(name, primitive(name, type), false);
  }

  /** A union: exactly {@code "null"} and one supported primitive, in either order. */
  private static Field unionField(String name, JsonNode union) {
    if (union.size() != 2) {
      throw invalid(
          "The field \""
              + name
              + "\" has a union of "
              + union.size()
              + (union.size() == 1 ? " type" : " types")
              + "; a union must have exactly two members, \"null\" and one supported type. "
              + SUPPORTED_TYPES);
    }
    boolean firstIsNull = isNullType(union.get(0));
    boolean secondIsNull = isNullType(union.get(1));
    if (firstIsNull == secondIsNull) {
      throw invalid(
          "The field \""
              + name
              + "\" has a union of "
              + (firstIsNull ? "\"null\" with itself" : "two non-null types")
              + "; a union must be \"null\" and one supported type. "
              + SUPPORTED_TYPES);
    }
    return new Field(name, primitive(name, union.get(firstIsNull ? 1 : 0)), true);
  }

  /** A primitive written as {@code "long"} or as {@code {"type": "long"}}; anything else fails. */
  private static FieldType primitive(String field, JsonNode type) {
    String typeName;
    if (type.isTextual()) {
      typeName = type.textValue();
    } else if (type.isObject()) {
      JsonNode inner = type.get("type");
      if (inner == null || !inner.isTextual()) {
        throw invalid(
            "The field \""
                + field
                + "\" has a type object whose \"type\" is "
                + describe(inner)
                + "; it must be a type name. "
                + SUPPORTED_TYPES);
      }
      typeName = inner.textValue();
    } else if (type.isArray()) {
      throw invalid(
          "The field \""
              + field
              + "\" has a union inside a union, which is not supported. "
              + SUPPORTED_TYPES);
    } else {
      throw invalid(
          "The field \""
              + field
              + "\" has a \"type\" that is "
              + kindOf(type)
              + "; it must be a type name, a type object or a union. "
              + SUPPORTED_TYPES);
    }
    FieldType primitive = PRIMITIVES.get(typeName);
    if (primitive != null) {
      return primitive;
    }
    if (typeName.equals("null")) {
      throw invalid(
          "The field \""
              + field
              + "\" has type \"null\" on its own; \"null\" is allowed only in a union with one"
              + " supported type. "
              + SUPPORTED_TYPES);
    }
    if (UNSUPPORTED.contains(typeName)) {
      throw invalid(
          "The field \""
              + field
              + "\" has type \""
              + typeName
              + "\", which is not supported. "
              + SUPPORTED_TYPES);
    }
    throw invalid(
        "The field \""
            + field
            + "\" has type \""
            + typeName
            + "\", which is not a supported type; references to named types are not supported. "
            + SUPPORTED_TYPES);
  }

  private static boolean isNullType(JsonNode member) {
    JsonNode name = member.isObject() ? member.get("type") : member;
    return name != null && "null".equals(name.textValue());
  }

  // ---- T1..T5: what each dataset type demands ----

  /** A required or reserved field of a dataset type, with the one primitive it must have. */
  private record Slot(String name, FieldType type, boolean required, boolean nullAllowed) {
    static Slot required(String name, FieldType type) {
      return new Slot(name, type, true, false);
    }

    static Slot reserved(String name, FieldType type, boolean nullAllowed) {
      return new Slot(name, type, false, nullAllowed);
    }

    boolean accepts(Field field) {
      return field.type() == type && (nullAllowed || !field.nullable());
    }

    String allowedTypes() {
      String plain = "\"" + type.avroName() + "\"";
      return nullAllowed ? plain + " or " + avroType(new Field(name, type, true)) : plain;
    }
  }

  /**
   * The required and reserved fields of one dataset type, and its metadata-field bounds. For
   * Interactions the upper bound counts every field but the required ones (reserved included).
   */
  private record TypeRules(
      List<Slot> slots, int minMetadata, int maxCounted, boolean countsReserved) {

    private static final TypeRules INTERACTIONS =
        new TypeRules(
            List.of(
                Slot.required("USER_ID", FieldType.STRING),
                Slot.required("ITEM_ID", FieldType.STRING),
                Slot.required("TIMESTAMP", FieldType.LONG),
                Slot.reserved("EVENT_TYPE", FieldType.STRING, false),
                Slot.reserved("EVENT_VALUE", FieldType.FLOAT, true),
                Slot.reserved("IMPRESSION", FieldType.STRING, true),
                Slot.reserved("RECOMMENDATION_ID", FieldType.STRING, true)),
            0,
            10,
            true);

    private static final TypeRules ITEMS =
        new TypeRules(
            List.of(
                Slot.required("ITEM_ID", FieldType.STRING),
                Slot.reserved("CREATION_TIMESTAMP", FieldType.LONG, false)),
            1,
            50,
            false);

    private static final TypeRules USERS =
        new TypeRules(List.of(Slot.required("USER_ID", FieldType.STRING)), 1, 5, false);

    static TypeRules of(DatasetType type) {
      return switch (type) {
        case INTERACTIONS -> INTERACTIONS;
        case ITEMS -> ITEMS;
        case USERS -> USERS;
      };
    }

    int requiredCount() {
      int count = 0;
      for (Slot slot : slots) {
        if (slot.required()) {
          count++;
        }
      }
      return count;
    }

    String slotNames() {
      List<String> names = new ArrayList<>();
      for (Slot slot : slots) {
        names.add(slot.name());
      }
      return joinQuoted(names);
    }

    String requiredNames() {
      List<String> names = new ArrayList<>();
      for (Slot slot : slots) {
        if (slot.required()) {
          names.add(slot.name());
        }
      }
      return joinQuoted(names);
    }
  }

  // ---- small helpers ----

  /** Avro's name rule, {@code [A-Za-z_][A-Za-z0-9_]*}, without a regex. */
  static boolean isAvroName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !(digit && i > 0)) {
        return false;
      }
    }
    return true;
  }

  /** The name G8 compares: letters and digits only, in lower case. */
  private static String fold(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        folded.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded.append(c);
      }
    }
    return folded.toString();
  }

  /** The field's type as Avro JSON: {@code "long"} or {@code ["null", "long"]}. */
  private static String avroType(Field field) {
    String plain = "\"" + field.type().avroName() + "\"";
    return field.nullable() ? "[\"null\", " + plain + "]" : plain;
  }

  private static String describe(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    return value.isTextual() ? "\"" + value.textValue() + "\"" : kindOf(value);
  }

  private static String kindOf(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case BINARY -> "binary data";
      case MISSING -> "missing";
    };
  }

  private static String article(DatasetType type) {
    return switch (type) {
      case INTERACTIONS, ITEMS -> "an";
      case USERS -> "a";
    };
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String joinQuoted(List<String> names) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        joined.append(i == names.size() - 1 ? " and " : ", ");
      }
      joined.append('"').append(names.get(i)).append('"');
    }
    return joined.toString();
  }

  private static Map<String, FieldType> primitivesByName() {
    Map<String, FieldType> byName = new HashMap<>();
    for (FieldType type : FieldType.values()) {
      byName.put(type.avroName(), type);
    }
    return Map.copyOf(byName);
  }

  private static String supportedTypesSentence() {
    StringBuilder sentence = new StringBuilder("Supported field types are ");
    for (FieldType type : FieldType.values()) {
      sentence.append('"').append(type.avroName()).append("\", ");
    }
    return sentence.append("and a union of \"null\" with one of them.").toString();
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(message);
  }
}
