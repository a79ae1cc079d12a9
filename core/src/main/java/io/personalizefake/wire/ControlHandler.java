package io.personalizefake.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.FakeClock;
import io.personalizefake.FaultRule;
import io.personalizefake.FaultRules;
import io.personalizefake.Journal;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's own control endpoint, for tests written in any language, under {@code /_fake/}, a path
 * the AWS protocol never uses:
 *
 * <ul>
 *   <li>{@code GET /_fake/clock}: {@code {"now": <epoch seconds>, "frozen": true|false}}
 *   <li>{@code POST /_fake/clock/advance} with {@code {"seconds": n}}: moves the clock forward
 *   <li>{@code POST /_fake/clock/set} with {@code {"now": <epoch seconds>}}: sets the clock
 *   <li>{@code POST /_fake/settle}: applies every status change that is due
 *   <li>{@code POST /_fake/reset}: drops all state, keeps the configuration
 *   <li>{@code GET /_fake/snapshot}: every stored resource as its Describe shape
 *   <li>{@code POST /_fake/settle-all}: fires status changes (moving the clock) until nothing is in
 *       flight
 *   <li>{@code POST /_fake/await-active} with {@code {"arn": "..."}}: moves the clock until the
 *       resource is ACTIVE; 409 with the reason when it fails or cannot get there
 *   <li>{@code GET /_fake/quotas}, {@code POST /_fake/quotas} with {@code {"campaigns": 50, ...}}
 *   <li>{@code GET /_fake/faults}: the injected fault rules; {@code POST /_fake/faults} adds one:
 *       {@code {"operation": "CreateCampaign", "errorCode": "LimitExceededException", "times": 2}}
 *       (or {@code "everyNthCall": 3}, or {@code "always": true}; optional {@code "message"},
 *       {@code "httpStatus"}), {@code {"resourceType": "SOLUTION_VERSION", "failureReason": "...",
 *       "times": 1}} (optional {@code "region"}) or {@code {"arn": "...", "failureReason": "..."}};
 *       {@code DELETE /_fake/faults/<id>} removes one, {@code DELETE /_fake/faults} all
 *   <li>{@code GET /_fake/journal}: the calls the fake answered; {@code DELETE /_fake/journal}
 *       forgets them
 * </ul>
 *
 * Moving the clock needs a fake built with a {@link FakeClock}.
 */
public final class ControlHandler {

  /** The path prefix of the control endpoint. */
  public static final String PREFIX = "/_fake/";

  private final PersonalizeFake fake;
  private final ObjectMapper mapper = Json.mapper();

  public ControlHandler(PersonalizeFake fake) {
    this.fake = fake;
  }

  public static boolean handles(String path) {
    return path.startsWith(PREFIX);
  }

  public WireResponse handle(WireRequest request) {
    try {
      String route = request.method() + " " + request.path();
      return switch (route) {
        case "GET /_fake/clock" -> ok(clock());
        case "POST /_fake/clock/advance" -> {
          JsonNode body = body(request);
          if (!body.path("seconds").isNumber()
              || body.path("seconds").decimalValue().signum() < 0) {
            yield problem(400, "Send {\"seconds\": n} with n >= 0.");
          }
          long millis = body.path("seconds").decimalValue().movePointRight(3).longValue();
          fakeClock().advance(Duration.ofMillis(millis));
          yield ok(clock());
        }
        case "POST /_fake/clock/set" -> {
          JsonNode body = body(request);
          if (!body.path("now").isNumber()) {
            yield problem(400, "Send {\"now\": <epoch seconds>}.");
          }
          fakeClock()
              .set(
                  Instant.ofEpochMilli(
                      body.path("now").decimalValue().movePointRight(3).longValue()));
          yield ok(clock());
        }
        case "POST /_fake/settle" -> {
          fake.settleEveryRegion();
          yield ok(mapper.createObjectNode());
        }
        case "POST /_fake/reset" -> {
          fake.reset();
          yield ok(mapper.createObjectNode());
        }
        case "GET /_fake/snapshot" -> ok(snapshot());
        case "POST /_fake/settle-all" -> {
          fake.settleAll();
          yield ok(clock());
        }
        case "POST /_fake/await-active" -> {
          JsonNode body = body(request);
          if (!body.path("arn").isTextual()) {
            yield problem(400, "Send {\"arn\": \"...\"}.");
          }
          try {
            fake.awaitActive(body.path("arn").asText());
          } catch (AssertionError e) {
            yield problem(409, e.getMessage());
          }
          yield ok(clock());
        }
        case "GET /_fake/quotas" -> ok(quotas());
        case "POST /_fake/quotas" -> {
          JsonNode body = body(request);
          if (!body.isObject()) {
            yield problem(400, "Send {\"<quota name>\": <value>, ...}.");
          }
          Map<Quota, Long> changes = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> e :
              (Iterable<Map.Entry<String, JsonNode>>) body::fields) {
            if (!e.getValue().canConvertToLong() || e.getValue().asLong() < 0) {
              yield problem(400, "The quota " + e.getKey() + " needs a whole number >= 0.");
            }
            changes.put(Quota.named(e.getKey()), e.getValue().asLong());
          }
          changes.forEach(fake::quota);
          yield ok(quotas());
        }
        case "GET /_fake/faults" -> ok(faults());
        case "POST /_fake/faults" -> ok(rule(addFault(body(request))));
        case "DELETE /_fake/faults" -> {
          fake.faults().clear();
          yield ok(faults());
        }
        case "GET /_fake/journal" -> ok(journal());
        case "DELETE /_fake/journal" -> {
          fake.journal().clear();
          yield ok(mapper.createObjectNode());
        }
        default -> {
          if (request.method().equals("DELETE") && request.path().startsWith(FAULTS)) {
            String id =
                URLDecoder.decode(
                    request.path().substring(FAULTS.length()), StandardCharsets.UTF_8);
            yield fake.faults().remove(id)
                ? ok(faults())
                : problem(404, "No fault rule " + id + ".");
          }
          yield problem(404, "No control operation at " + route + ".");
        }
      };
    } catch (IllegalArgumentException | IllegalStateException e) {
      return problem(400, e.getMessage());
    } catch (IOException e) {
      return problem(400, "The body is not valid JSON.");
    }
  }

  private static final String FAULTS = PREFIX + "faults/";

  private FaultRule addFault(JsonNode body) {
    if (body.path("operation").isTextual()) {
      FaultRules.OperationErrorBuilder b =
          fake.faults().raise(required(body, "errorCode")).on(body.path("operation").asText());
      if (body.path("message").isTextual()) {
        b.withMessage(body.path("message").asText());
      }
      if (body.has("httpStatus")) {
        b.withHttpStatus(body.path("httpStatus").asInt());
      }
      if (body.has("everyNthCall")) {
        return b.everyNthCall(body.path("everyNthCall").asInt());
      }
      if (body.path("always").asBoolean(false)) {
        return b.always();
      }
      return b.times(body.path("times").asLong(1));
    }
    if (body.path("arn").isTextual()) {
      return fake.faults().failCreateOf(body.path("arn").asText(), required(body, "failureReason"));
    }
    if (body.path("resourceType").isTextual()) {
      ResourceType type;
      try {
        type = ResourceType.valueOf(body.path("resourceType").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "no resource type " + body.path("resourceType").asText());
      }
      String region = body.path("region").asText(fake.region());
      return fake.faults()
          .failCreates(region, type, required(body, "failureReason"), body.path("times").asLong(1));
    }
    throw new IllegalArgumentException(
        "Send {\"operation\", \"errorCode\"}, {\"resourceType\", \"failureReason\"} or {\"arn\", \"failureReason\"}"
            + ".");
  }

  private static String required(JsonNode body, String member) {
    if (!body.path(member).isTextual() || body.path(member).asText().isEmpty()) {
      throw new IllegalArgumentException("The member " + member + " is required.");
    }
    return body.path(member).asText();
  }

  private ObjectNode faults() {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode rules = root.putArray("rules");
    fake.faults().list().forEach(r -> rules.add(rule(r)));
    return root;
  }

  private ObjectNode rule(FaultRule r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", r.id());
    n.put("kind", r.kind().name());
    n.put("target", r.target());
    if (r.region() != null) {
      n.put("region", r.region());
    }
    if (r.errorCode() != null) {
      n.put("errorCode", r.errorCode());
    }
    n.put("message", r.message());
    n.put("remaining", r.remaining());
    n.put("everyNthCall", r.everyNth());
    return n;
  }

  private ObjectNode quotas() {
    ObjectNode root = mapper.createObjectNode();
    Quotas q = fake.quotas();
    for (Quota quota : Quota.values()) {
      root.put(quota.quotaName(), q.get(quota));
    }
    return root;
  }

  private ObjectNode journal() {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode calls = root.putArray("calls");
    for (Journal.Entry e : fake.journal().entries()) {
      ObjectNode n = calls.addObject();
      n.put("sequence", e.sequence());
      n.set("at", mapper.valueToTree(e.at()));
      n.put("region", e.region());
      n.put("operation", e.operation());
      n.set("request", mapper.valueToTree(e.request()));
      if (e.errorCode() != null) {
        n.put("errorCode", e.errorCode());
        n.put("errorMessage", e.errorMessage());
      }
    }
    return root;
  }

  private JsonNode body(WireRequest request) throws IOException {
    if (request.body().length == 0) {
      return mapper.createObjectNode();
    }
    return mapper.readTree(request.body());
  }

  private FakeClock fakeClock() {
    return fake.fakeClock();
  }

  private ObjectNode clock() {
    ObjectNode n = mapper.createObjectNode();
    Instant now = fake.clock() instanceof FakeClock fc ? fc.peek() : fake.clock().instant();
    n.set("now", mapper.valueToTree(now)); // epoch seconds as the protocol writes them
    n.put("frozen", fake.clock() instanceof FakeClock fc && fc.isFrozen());
    return n;
  }

  private ObjectNode snapshot() {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode resources = root.putArray("resources");
    fake.storage()
        .read(
            tx -> {
              tx.scanAll()
                  .filter(ResourceRecord.class::isInstance)
                  .map(ResourceRecord.class::cast)
                  .forEach(
                      r -> {
                        ObjectNode n = resources.addObject();
                        n.put("scope", r.key().scope());
                        n.put("type", r.type().name());
                        n.put("arn", r.arn());
                        n.set("resource", mapper.valueToTree(r.body()));
                      });
              return null;
            });
    return root;
  }

  private WireResponse ok(JsonNode body) {
    return respond(200, body);
  }

  private WireResponse problem(int status, String message) {
    ObjectNode n = mapper.createObjectNode();
    n.put("message", message);
    return respond(status, n);
  }

  private WireResponse respond(int status, JsonNode body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("x-amzn-RequestId", fake.nextRequestId());
    return new WireResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
