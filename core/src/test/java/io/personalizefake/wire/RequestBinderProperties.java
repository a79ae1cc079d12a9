package io.personalizefake.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.internal.validation.ServiceModel.Shape;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The one-pass binding of request bodies never accepts what the member-by-member check refuses, and
 * binds every well-typed body the check accepts, to the same input: the errors a client sees are
 * the check's, whichever path a body takes.
 */
class RequestBinderProperties {

  private static final ServiceModel MODEL = ServiceModel.get();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> OPERATIONS = new ArrayList<>(MODEL.operations().keySet());

  private final RequestBinder binder = RequestBinder.get();

  /** A body for an operation: well-typed, or with wrong JSON types mixed in. */
  record Body(String operation, String json, boolean wellTyped) {
    byte[] bytes() {
      return json.getBytes(StandardCharsets.UTF_8);
    }
  }

  @Property(tries = 10_000)
  void the_one_pass_binding_agrees_with_the_checked_binding(@ForAll("bodies") Body body) {
    Object onePass = binder.bindInOnePass(body.operation(), body.bytes());
    Object checked;
    try {
      checked = binder.bindChecked(body.operation(), body.bytes());
    } catch (Exception refused) {
      assertThat(onePass).as("bound in one pass, refused by the check: %s", body.json()).isNull();
      return;
    }
    if (onePass != null || body.wellTyped()) {
      assertThat(onePass).as("one-pass binding of %s", body.json()).isEqualTo(checked);
    }
  }

  @Test
  void mistyped_members_are_refused_by_the_one_pass_binding() {
    String[] groups = {
      "{\"name\":5}", "{\"name\":true}", "{\"name\":1.5}", "{\"name\":{}}", "{\"name\":[\"g\"]}",
      "{\"name\":\"g\",\"roleArn\":[]}", "[]", "null", "\"g\"", "{\"name\":\"g\"} {}",
    };
    for (String json : groups) {
      assertThat(binder.bindInOnePass("CreateDatasetGroup", json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isNull();
    }
    String[] solutions = {
      "{\"name\":\"s\",\"solutionConfig\":\"\"}",
      "{\"name\":\"s\",\"solutionConfig\":[]}",
      "{\"name\":\"s\",\"solutionConfig\":\"x\"}",
      "{\"name\":\"s\",\"performHPO\":\"true\"}",
      "{\"name\":\"s\",\"performHPO\":1}",
      "{\"name\":\"s\",\"solutionConfig\":{\"algorithmHyperParameters\":[]}}",
      "{\"name\":\"s\",\"solutionConfig\":{\"algorithmHyperParameters\":{\"a\":5}}}",
      "{\"name\":\"s\",\"solutionConfig\":{\"eventValueThreshold\":{}}}",
      "{\"name\":\"s\",\"solutionConfig\":{\"autoMLConfig\":{\"recipeList\":\"arn\"}}}",
      "{\"name\":\"s\",\"solutionConfig\":{\"autoMLConfig\":{\"recipeList\":[5]}}}",
    };
    for (String json : solutions) {
      assertThat(binder.bindInOnePass("CreateSolution", json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isNull();
    }
    // a structure of one string member, given the string alone
    assertThat(
            binder.bindInOnePass(
                "CreateDatasetImportJob",
                "{\"dataSource\":\"s3://b/k\"}".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(
            binder.bindInOnePass(
                "ListDatasetGroups", "{\"maxResults\":\"5\"}".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(
            binder.bindInOnePass(
                "ListDatasetGroups", "{\"maxResults\":5.0}".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(
            binder.bindInOnePass(
                "ListDatasetGroups",
                "{\"maxResults\":4294967296}".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThatThrownBy(
            () ->
                binder.bindChecked(
                    "CreateDatasetGroup", "{\"name\":5}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WireError.class)
        .hasMessage("Member 'name' must be a string, not the whole number 5.");
  }

  @Test
  void a_well_typed_body_is_bound_in_one_pass() {
    byte[] body =
        ("{\"name\":\"s\",\"performHPO\":true,\"solutionConfig\":{\"algorithmHyperParameters\":{\"a\":\"5\"},"
                + "\"autoMLConfig\":{\"recipeList\":[\"arn\"]}},\"unknown\":[1]}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(binder.bindInOnePass("CreateSolution", body))
        .isNotNull()
        .isEqualTo(bindChecked("CreateSolution", body));
  }

  private Object bindChecked(String operation, byte[] body) {
    try {
      return binder.bindChecked(operation, body);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Provide
  Arbitrary<Body> bodies() {
    return Arbitraries.randomValue(this::body);
  }

  private Body body(Random random) {
    String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
    Shape input = MODEL.shape(MODEL.operation(operation).input());
    boolean wellTyped = random.nextInt(3) == 0;
    JsonNode root = value(input, random, wellTyped ? 0.0 : 0.05 + 0.4 * random.nextDouble(), 0);
    String json = root.toString();
    if (!wellTyped && random.nextInt(20) == 0) {
      json = json + " " + json; // trailing data
    }
    return new Body(operation, json, wellTyped);
  }

  /**
   * A value of {@code shape}, each value replaced by one of any JSON type with {@code wrong}
   * probability.
   */
  private JsonNode value(Shape shape, Random random, double wrong, int depth) {
    if (depth > 0 && random.nextDouble() < wrong) {
      return anyValue(random, depth);
    }
    return switch (shape.type()) {
      case "structure" -> {
        ObjectNode o = NODES.objectNode();
        for (Map.Entry<String, String> m : shape.members().entrySet()) {
          if (depth < 4 && (shape.required().contains(m.getKey()) || random.nextBoolean())) {
            o.set(m.getKey(), value(MODEL.shape(m.getValue()), random, wrong, depth + 1));
          }
        }
        if (random.nextInt(4) == 0) {
          o.set("notAMember", anyValue(random, depth + 1));
        }
        yield o;
      }
      case "list" -> {
        ArrayNode a = NODES.arrayNode();
        for (int i = random.nextInt(depth < 3 ? 3 : 1); i > 0; i--) {
          a.add(value(MODEL.shape(shape.member()), random, wrong, depth + 1));
        }
        yield a;
      }
      case "map" -> {
        ObjectNode o = NODES.objectNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          o.set(
              "k" + random.nextInt(100),
              value(MODEL.shape(shape.value()), random, wrong, depth + 1));
        }
        yield o;
      }
      case "string" -> NODES.textNode(string(random));
      case "integer" ->
          NODES.numberNode(random.nextBoolean() ? random.nextInt(200) - 50 : random.nextInt());
      case "long" -> NODES.numberNode(random.nextLong());
      case "double", "float" ->
          random.nextBoolean()
              ? NODES.numberNode(random.nextDouble() * 100)
              : NODES.numberNode(random.nextInt(10));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "timestamp" ->
          random.nextBoolean()
              ? NODES.numberNode(1_500_000_000L + random.nextInt(100_000_000))
              : NODES.numberNode(new java.math.BigDecimal("1543864685.016"));
      default -> throw new IllegalStateException(shape.type());
    };
  }

  private JsonNode anyValue(Random random, int depth) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.textNode(string(random));
      case 1 -> NODES.textNode("");
      case 2 -> NODES.textNode(random.nextBoolean() ? "5" : random.nextBoolean() ? "true" : "1.5");
      case 3 -> NODES.numberNode(random.nextInt(10));
      case 4 -> NODES.numberNode(random.nextLong());
      case 5 -> NODES.numberNode(new BigInteger("99999999999999999999999"));
      case 6 -> NODES.numberNode(random.nextDouble());
      case 7 -> NODES.numberNode(new java.math.BigDecimal("5.0"));
      case 8 -> NODES.booleanNode(random.nextBoolean());
      case 9 -> NODES.nullNode();
      case 10 -> NODES.arrayNode();
      case 11 -> depth < 5 ? NODES.arrayNode().add(anyValue(random, depth + 1)) : NODES.arrayNode();
      case 12 -> NODES.objectNode();
      case 13 ->
          depth < 5
              ? NODES.objectNode().set("tagKey", anyValue(random, depth + 1))
              : NODES.objectNode();
      case 14 -> NODES.numberNode(random.nextBoolean() ? 1 : 0);
      default -> NODES.arrayNode().add(NODES.nullNode());
    };
  }

  private static String string(Random random) {
    String[] samples = {
      "g",
      "arn:aws:personalize:us-east-1:000000000000:dataset-group/g",
      "a b",
      "é",
      "{}",
      "5",
      "true",
      ""
    };
    return samples[random.nextInt(samples.length)];
  }
}
