package io.personalizefake.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private ServiceModel(Map<String, Shape> shapes, Map<String, Operation> operations, String prefix) {
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
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Shape> shapes = new LinkedHashMap<>();
      root.get("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
      Map<String, Operation> ops = new LinkedHashMap<>();
      root.get("operations")
          .fields()
          .forEachRemaining(
              e -> {
                JsonNode op = e.getValue();
                List<String> errors = new ArrayList<>();
                op.get("errors").forEach(n -> errors.add(n.asText()));
                ops.put(
                    e.getKey(),
                    new Operation(
                        e.getKey(),
                        op.get("input").asText(),
                        op.get("output").asText(),
                        Collections.unmodifiableList(errors)));
              });
      return new ServiceModel(
          Collections.unmodifiableMap(shapes),
          Collections.unmodifiableMap(ops),
          root.get("metadata").get("targetPrefix").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Shape shape(String name, JsonNode n) {
    Map<String, String> members = new LinkedHashMap<>();
    if (n.has("members")) {
      n.get("members").fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue().get("shape").asText()));
    }
    Set<String> required = new HashSet<>();
    if (n.has("required")) {
      n.get("required").forEach(r -> required.add(r.asText()));
    }
    List<String> enums = null;
    if (n.has("enum")) {
      enums = new ArrayList<>();
      for (JsonNode v : n.get("enum")) {
        enums.add(v.asText());
      }
      enums = Collections.unmodifiableList(enums);
    }
    String patternText = n.has("pattern") ? n.get("pattern").asText() : null;
    return new Shape(
        name,
        n.get("type").asText(),
        n.has("min") ? n.get("min").asLong() : null,
        n.has("max") ? n.get("max").asLong() : null,
        patternText == null ? null : Pattern.compile(patternText),
        patternText,
        enums,
        n.path("sensitive").asBoolean(false),
        Collections.unmodifiableMap(members),
        Collections.unmodifiableSet(required),
        n.has("member") ? n.get("member").asText() : null,
        n.has("key") ? n.get("key").asText() : null,
        n.has("value") ? n.get("value").asText() : null);
  }
}
