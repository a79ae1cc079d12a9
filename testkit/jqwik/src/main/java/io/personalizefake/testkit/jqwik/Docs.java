package io.personalizefake.testkit.jqwik;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas and filter expressions the workflow properties draw from, each labelled with what the
 * spec says about it (schemas.md, filters.md), so that the model can predict every outcome without
 * parsing anything itself.
 */
final class Docs {

  private Docs() {}

  /** The three dataset types, as the model names them. */
  enum DsType {
    INTERACTIONS,
    ITEMS,
    USERS;

    /** The type a {@code datasetType} request value names (case-insensitive), or null. */
    static DsType parse(String value) {
      for (DsType t : values()) {
        if (t.name().equalsIgnoreCase(value)) {
          return t;
        }
      }
      return null;
    }
  }

  /** Field kinds: string, numeric, boolean. */
  static final char STRING = 's';

  static final char NUMBER = 'n';
  static final char BOOLEAN = 'b';

  static final String ITEMS_TEXT =
      """
      {"type": "record", "name": "Items",
       "fields": [{"name": "ITEM_ID", "type": "string"}, {"name": "GENRE", "type": "string", "categorical": true},
                  {"name": "PRICE", "type": ["null", "int"]}, {"name": "IN_STOCK", "type": "boolean"}]}""";

  static final Map<String, Character> ITEMS_FIELDS =
      Map.of("ITEM_ID", STRING, "GENRE", STRING, "PRICE", NUMBER, "IN_STOCK", BOOLEAN);

  /**
   * {@code schema} with a top-level "doc" attribute that makes it {@code length} characters long.
   */
  static String padded(String schema, int length) {
    String head = schema.substring(0, schema.length() - 1) + ", \"doc\": \"";
    String tail = "\"}";
    return head + "d".repeat(length - head.length() - tail.length()) + tail;
  }

  /** A schema text with the general-rule verdict and the one dataset type it fits (or none). */
  enum SchemaDoc {
    INTERACTIONS(
        """
        {"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
         "fields": [{"name": "USER_ID", "type": "string"}, {"name": "ITEM_ID", "type": "string"},
                    {"name": "EVENT_TYPE", "type": "string"}, {"name": "TIMESTAMP", "type": "long"}],
         "version": "1.0"}""",
        true,
        DsType.INTERACTIONS,
        Map.of("USER_ID", STRING, "ITEM_ID", STRING, "EVENT_TYPE", STRING, "TIMESTAMP", NUMBER)),
    ITEMS(ITEMS_TEXT, true, DsType.ITEMS, ITEMS_FIELDS),
    /** Items without GENRE or PRICE: a dataset can use it, most filters then cannot. */
    ITEMS_PLAIN(
        """
        {"type": "record", "name": "items",
         "fields": [{"name": "ITEM_ID", "type": "string"}, {"name": "CATEGORY", "type": "string"}]}""",
        true,
        DsType.ITEMS,
        Map.of("ITEM_ID", STRING, "CATEGORY", STRING)),
    USERS(
        """
        {"type": "record", "name": "users",
         "fields": [{"name": "USER_ID", "type": "string"}, {"name": "AGE", "type": "int"},
                    {"name": "TIER", "type": "string"}]}""",
        true,
        DsType.USERS,
        Map.of("USER_ID", STRING, "AGE", NUMBER, "TIER", STRING)),
    /** Passes CreateSchema, fits no dataset type (T4 for Users, T1 for the others). */
    USERS_BARE(
        """
        {"type": "record", "name": "Users", "fields": [{"name": "USER_ID", "type": "string"}]}""",
        true,
        null,
        Map.of("USER_ID", STRING)),
    /** Passes CreateSchema, breaks T2 (TIMESTAMP must be long). */
    INTERACTIONS_INT_TIME(
        """
        {"type": "record", "name": "Interactions",
         "fields": [{"name": "USER_ID", "type": "string"}, {"name": "ITEM_ID", "type": "string"},
                    {"name": "TIMESTAMP", "type": "int"}]}""",
        true,
        null,
        Map.of()),
    /**
     * ITEMS padded with an ignored top-level attribute to exactly 10000 characters, the most the
     * model allows.
     */
    ITEMS_LONGEST(padded(ITEMS_TEXT, 10000), true, DsType.ITEMS, ITEMS_FIELDS),
    /** One character more: valid Avro, but longer than the model allows. */
    ITEMS_TOO_LONG(padded(ITEMS_TEXT, 10001), true, DsType.ITEMS, ITEMS_FIELDS),
    /** G4: no fields. */
    NO_FIELDS(
        """
        {"type": "record", "name": "Users", "fields": []}""",
        false,
        null,
        Map.of()),
    /** G1: not JSON. */
    TRUNCATED(
        """
        {"type": "record", "name": "Items", "fields": [""",
        false,
        null,
        Map.of()),
    /** G10: arrays are not supported. */
    ARRAY_FIELD(
        """
        {"type": "record", "name": "Items",
         "fields": [{"name": "ITEM_ID", "type": "string"}, {"name": "TAGS", "type": {"type": "array", "items": "string"}}]}""",
        false,
        null,
        Map.of());

    final String text;
    final boolean valid;
    final DsType fits;
    final Map<String, Character> fields;

    SchemaDoc(String text, boolean valid, DsType fits, Map<String, Character> fields) {
      this.text = text;
      this.valid = valid;
      this.fits = fits;
      this.fields = fields;
    }

    static SchemaDoc byText(String text) {
      for (SchemaDoc d : values()) {
        if (d.text.equals(text)) {
          return d;
        }
      }
      throw new AssertionError("a schema the test did not send: " + text);
    }

    @Override
    public String toString() {
      return "<" + name() + ">";
    }
  }

  /** A field (or, with a null field, just a dataset) that a filter expression needs. */
  record Need(DsType type, String field, char kind) {}

  /**
   * A filter expression with the syntax verdict, what it needs from the datasets, its parameters.
   */
  enum FilterDoc {
    PURCHASED(
        "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")",
        true,
        List.of(new Need(DsType.INTERACTIONS, null, STRING)),
        Set.of()),
    GENRE_PARAM(
        "INCLUDE ItemID WHERE Items.GENRE IN ($GENRE)",
        true,
        List.of(new Need(DsType.ITEMS, "GENRE", STRING)),
        Set.of("GENRE")),
    PRICE_PARAM(
        "include itemid where items.price <= $MAX_PRICE",
        true,
        List.of(new Need(DsType.ITEMS, "PRICE", NUMBER)),
        Set.of("MAX_PRICE")),
    ADULT(
        "EXCLUDE ItemID WHERE Items.GENRE IN (\"adult\") IF CurrentUser.AGE < 18",
        true,
        List.of(new Need(DsType.ITEMS, "GENRE", STRING), new Need(DsType.USERS, "AGE", NUMBER)),
        Set.of()),
    FIVE_A(
        fiveOf("A", 5),
        true,
        List.of(new Need(DsType.ITEMS, "GENRE", STRING)),
        Set.of("A1", "A2", "A3", "A4", "A5")),
    FIVE_B(
        fiveOf("B", 5),
        true,
        List.of(new Need(DsType.ITEMS, "GENRE", STRING)),
        Set.of("B1", "B2", "B3", "B4", "B5")),
    /** Six parameters: one more than a filter may have. */
    SIX_C(
        fiveOf("C", 6),
        true,
        List.of(new Need(DsType.ITEMS, "GENRE", STRING)),
        Set.of("C1", "C2", "C3", "C4", "C5", "C6")),
    /** A valid expression of exactly 2500 characters, the most the model allows. */
    LONGEST(inList(2500), true, List.of(new Need(DsType.ITEMS, "GENRE", STRING)), Set.of()),
    /** One character more. */
    TOO_LONG(inList(2501), true, List.of(new Need(DsType.ITEMS, "GENRE", STRING)), Set.of()),
    /** S4: boolean fields cannot be used (and ITEMS_PLAIN has no such field). */
    BOOLEAN_FIELD(
        "INCLUDE ItemID WHERE Items.IN_STOCK IN (\"true\")",
        true,
        List.of(new Need(DsType.ITEMS, "IN_STOCK", STRING)),
        Set.of()),
    /** F5: = takes numbers. */
    EQUALS_STRING("INCLUDE ItemID WHERE Items.GENRE = \"x\"", false, List.of(), Set.of()),
    /** F1: a trailing |. */
    TRAILING_PIPE(
        "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\") |",
        false,
        List.of(),
        Set.of()),
    /** Model constraint: at least one character. */
    EMPTY("", false, List.of(), Set.of());

    final String text;
    final boolean syntaxOk;
    final List<Need> needs;
    final Set<String> parameters;

    FilterDoc(String text, boolean syntaxOk, List<Need> needs, Set<String> parameters) {
      this.text = text;
      this.syntaxOk = syntaxOk;
      this.needs = needs;
      this.parameters = parameters;
    }

    /** Whether the datasets (type to schema) of a group give the expression what it needs. */
    boolean satisfiedBy(Map<DsType, SchemaDoc> datasets) {
      for (Need need : needs) {
        SchemaDoc schema = datasets.get(need.type());
        if (schema == null) {
          return false;
        }
        if (need.field() != null
            && !Character.valueOf(need.kind()).equals(schema.fields.get(need.field()))) {
          return false;
        }
      }
      return true;
    }

    static FilterDoc byText(String text) {
      for (FilterDoc d : values()) {
        if (d.text.equals(text)) {
          return d;
        }
      }
      throw new AssertionError("a filter expression the test did not send: " + text);
    }

    @Override
    public String toString() {
      return "<" + name() + ">";
    }
  }

  /** {@code INCLUDE ItemID WHERE Items.GENRE IN ("ggg…")}, {@code length} characters long. */
  private static String inList(int length) {
    String head = "INCLUDE ItemID WHERE Items.GENRE IN (\"";
    String tail = "\")";
    return head + "g".repeat(length - head.length() - tail.length()) + tail;
  }

  private static String fiveOf(String prefix, int n) {
    StringBuilder b = new StringBuilder("INCLUDE ItemID WHERE ");
    for (int i = 1; i <= n; i++) {
      b.append(i > 1 ? " OR " : "")
          .append("Items.GENRE IN ($")
          .append(prefix)
          .append(i)
          .append(')');
    }
    return b.toString();
  }
}
