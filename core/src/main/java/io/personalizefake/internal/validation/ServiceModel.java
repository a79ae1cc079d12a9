package io.personalizefake.internal.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The in-scope part of the Amazon Personalize service model: every operation with its input and
 * output shape and declared errors, and every shape with its constraints. Loaded once from the
 * resource that {@code src/tools/genmodel.py} generates from the botocore model and the spec.
 */
public final class ServiceModel {

  /** A shape of the model. Constraints absent from the model are null. */
  public record Shape(
      String name,
      String type,
      @Nullable Long min,
      @Nullable Long max,
      @Nullable Pattern pattern,
      @Nullable String patternText,
      @Nullable List<String> enumValues,
      boolean sensitive,
      Map<String, String> members,
      Set<String> required,
      @Nullable String member,
      @Nullable String key,
      @Nullable String value) {}

  /** An operation of the model. */
  public record Operation(String name, String input, String output, List<String> errors) {}

  private static final ServiceModel INSTANCE = load();

  private final Map<String, Shape> shapes;
  private final Map<String, Operation> operations;
  private final String targetPrefix;

  private ServiceModel(
      Map<String, Shape> shapes, Map<String, Operation> operations, String prefix) {
    this.shapes = shapes;
    this.operations = operations;
    this.targetPrefix = prefix;
  }

  public static ServiceModel get() {
    return INSTANCE;
  }

  public Shape shape(String name) {
    Shape s = shapes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no shape " + name);
    }
    return s;
  }

  public @Nullable Operation operation(String name) {
    return operations.get(name);
  }

  public Map<String, Operation> operations() {
    return operations;
  }

  public Map<String, Shape> shapes() {
    return shapes;
  }

  /** {@code AmazonPersonalize}: the prefix of {@code X-Amz-Target}. */
  public String targetPrefix() {
    return targetPrefix;
  }

  private static ServiceModel load() {
    String resource = "/io/personalizefake/model/personalize-model.json";
    try (InputStream in = ServiceModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      // read with the streaming parser alone: building an ObjectMapper costs a cold start hundreds
      // of classes
      Map<String, Object> root;
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        parser.nextToken();
        root = object(read(parser));
      }
      Map<String, Shape> shapes = new LinkedHashMap<>();
      object(root.get("shapes")).forEach((name, n) -> shapes.put(name, shape(name, object(n))));
      Map<String, Operation> ops = new LinkedHashMap<>();
      object(root.get("operations"))
          .forEach(
              (name, o) -> {
                Map<String, Object> op = object(o);
                List<String> errors = new ArrayList<>();
                list(op.get("errors")).forEach(n -> errors.add(text(n)));
                ops.put(
                    name,
                    new Operation(
                        name,
                        text(op.get("input")),
                        text(op.get("output")),
                        Collections.unmodifiableList(errors)));
              });
      return new ServiceModel(
          Collections.unmodifiableMap(shapes),
          Collections.unmodifiableMap(ops),
          text(object(root.get("metadata")).get("targetPrefix")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON value at the parser's current token, as maps, lists, strings, numbers and booleans.
   */
  private static @Nullable Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        m.put(name, read(p));
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<@Nullable Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(read(p));
      }
      return l;
    }
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + t + " in the service model");
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object v) {
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<?> list(@Nullable Object v) {
    return v instanceof List<?> l ? l : List.of();
  }

  private static String text(@Nullable Object v) {
    return v == null || v instanceof Map || v instanceof List ? "" : v.toString();
  }

  private static @Nullable Long number(@Nullable Object v) {
    return v instanceof Number n ? n.longValue() : null;
  }

  private static Shape shape(String name, Map<String, Object> n) {
    Map<String, String> members = new LinkedHashMap<>();
    object(n.get("members"))
        .forEach((member, m) -> members.put(member, text(object(m).get("shape"))));
    Set<String> required = new HashSet<>();
    list(n.get("required")).forEach(r -> required.add(text(r)));
    List<String> enums = null;
    if (n.containsKey("enum")) {
      enums = new ArrayList<>();
      for (Object v : list(n.get("enum"))) {
        enums.add(text(v));
      }
      enums = Collections.unmodifiableList(enums);
    }
    String patternText = n.containsKey("pattern") ? text(n.get("pattern")) : null;
    return new Shape(
        name,
        text(n.get("type")),
        number(n.get("min")),
        number(n.get("max")),
        patternText == null ? null : Pattern.compile(patternText),
        patternText,
        enums,
        Boolean.TRUE.equals(n.get("sensitive")),
        Collections.unmodifiableMap(members),
        Collections.unmodifiableSet(required),
        n.containsKey("member") ? text(n.get("member")) : null,
        n.containsKey("key") ? text(n.get("key")) : null,
        n.containsKey("value") ? text(n.get("value")) : null);
  }
}
