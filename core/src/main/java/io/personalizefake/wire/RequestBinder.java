package io.personalizefake.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.internal.validation.ServiceModel.Shape;
import io.personalizefake.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a request body into the operation's input object, or into a {@link WireError} that says
 * what is wrong with it: not JSON, not an object, or a member whose JSON type its shape does not
 * allow (a number for a string, say). Members the model does not know are ignored, as AWS does.
 *
 * <p>A body is first bound in one pass by a mapper that converts no JSON type into another ({@link
 * Json#strictMapper()}), which is what almost every request needs. Only when that fails is the body
 * read as a tree and checked member by member, so that the error names the member; the one-pass
 * binding never accepts a body that the check refuses.
 */
final class RequestBinder {

  private static final String MODEL_PACKAGE = "io.personalizefake.model.";
  private static final RequestBinder INSTANCE = new RequestBinder();

  private final ServiceModel model = ServiceModel.get();
  private final ObjectMapper mapper = Json.mapper();
  private final ObjectReader reader =
      Json.mapper()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .without(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
  private final Map<String, Input> inputs = new HashMap<>();

  private record Input(Shape shape, Class<?> type, ObjectReader strict) {}

  private RequestBinder() {
    ObjectMapper strict = Json.strictMapper();
    for (ServiceModel.Operation op : model.operations().values()) {
      try {
        Class<?> type = modelClass(op.input());
        inputs.put(op.name(), new Input(model.shape(op.input()), type, strict.readerFor(type)));
      } catch (ClassNotFoundException e) {
        // an operation without a model class is not served
      }
    }
  }

  static RequestBinder get() {
    return INSTANCE;
  }

  /** The model class generated for {@code shape}, the type the wire binds it to. */
  static Class<?> modelClass(String shape) throws ClassNotFoundException {
    return Class.forName(MODEL_PACKAGE + shape);
  }

  /**
   * The input of {@code operation} that {@code body} holds; throws a {@link WireError} if it holds
   * none.
   */
  Object bind(String operation, byte[] body) throws JsonProcessingException {
    Object bound = bindInOnePass(operation, body);
    return bound != null ? bound : bindChecked(operation, body);
  }

  /** The input bound in one pass, or null when the body needs the member-by-member check. */
  @Nullable Object bindInOnePass(String operation, byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return input(operation).strict().readValue(body);
    } catch (IOException | RuntimeException e) {
      return null; // the checked binding finds the problem again and names it
    }
  }

  /** The input after checking every member's JSON type; the slow path that names what is wrong. */
  Object bindChecked(String operation, byte[] body) throws JsonProcessingException {
    Input input = input(operation);
    ObjectNode tree = parse(body);
    List<String> problems = new ArrayList<>(0);
    checkTypes(input.shape(), tree, "", problems);
    if (!problems.isEmpty()) {
      throw new WireError(400, "SerializationException", String.join("; ", problems));
    }
    return mapper.treeToValue(tree, input.type());
  }

  private Input input(String operation) {
    Input input = inputs.get(operation);
    if (input == null) {
      throw new IllegalArgumentException("no input shape for " + operation);
    }
    return input;
  }

  ObjectNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return mapper.createObjectNode();
    }
    JsonNode node;
    try {
      node = reader.readTree(bytes);
    } catch (MismatchedInputException e) {
      // only FAIL_ON_TRAILING_TOKENS raises this here; Jackson's own text names its classes
      throw new WireError(
          400,
          "SerializationException",
          "The request body is not valid JSON: more data follows the top-level value.");
    } catch (JsonProcessingException e) {
      throw new WireError(
          400,
          "SerializationException",
          "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new WireError(400, "SerializationException", "The request body could not be read.");
    }
    if (node == null || node.isMissingNode()) {
      return mapper.createObjectNode();
    }
    if (!node.isObject()) {
      throw new WireError(
          400,
          "SerializationException",
          "The request body must be a JSON object, not " + kind(node) + ".");
    }
    return (ObjectNode) node;
  }

  /**
   * Checks that every known member has the JSON type its shape needs; unknown members are ignored.
   */
  void checkTypes(Shape shape, JsonNode node, String path, List<String> problems) {
    if (node.isNull()) {
      return;
    }
    switch (shape.type()) {
      case "structure" -> {
        if (!node.isObject()) {
          problems.add(mismatch(path, "an object", node));
          return;
        }
        for (Map.Entry<String, String> m : shape.members().entrySet()) {
          JsonNode child = node.get(m.getKey());
          if (child != null) {
            checkTypes(model.shape(m.getValue()), child, join(path, m.getKey()), problems);
          }
        }
      }
      case "list" -> {
        if (!node.isArray()) {
          problems.add(mismatch(path, "an array", node));
          return;
        }
        Shape element = model.shape(shape.member());
        for (int i = 0; i < node.size(); i++) {
          checkTypes(element, node.get(i), path + "[" + i + "]", problems);
        }
      }
      case "map" -> {
        if (!node.isObject()) {
          problems.add(mismatch(path, "an object", node));
          return;
        }
        Shape value = model.shape(shape.value());
        node.fields()
            .forEachRemaining(
                e -> checkTypes(value, e.getValue(), join(path, e.getKey()), problems));
      }
      case "string" -> {
        if (!node.isTextual()) {
          problems.add(mismatch(path, "a string", node));
        }
      }
      case "integer", "long" -> {
        boolean ok =
            node.isIntegralNumber()
                && (shape.type().equals("long") ? node.canConvertToLong() : node.canConvertToInt());
        if (!ok) {
          problems.add(mismatch(path, "a whole number", node));
        }
      }
      case "double", "float" -> {
        if (!node.isNumber()) {
          problems.add(mismatch(path, "a number", node));
        }
      }
      case "boolean" -> {
        if (!node.isBoolean()) {
          problems.add(mismatch(path, "true or false", node));
        }
      }
      case "timestamp" -> {
        if (!node.isNumber()) {
          problems.add(mismatch(path, "epoch seconds", node));
        }
      }
      default -> problems.add("Member '" + path + "' has a type the fake cannot read.");
    }
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private static String mismatch(String path, String expected, JsonNode node) {
    return "Member '" + path + "' must be " + expected + ", not " + kind(node) + ".";
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isIntegralNumber()) {
      return "the whole number " + node.asText();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
