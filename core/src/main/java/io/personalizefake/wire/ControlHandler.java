package io.personalizefake.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.internal.store.ResourceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The fake's own control endpoint, for tests written in any language, under {@code /_fake/}, a
 * path the AWS protocol never uses:
 *
 * <ul>
 *   <li>{@code GET /_fake/clock}: {@code {"now": <epoch seconds>, "frozen": true|false}}
 *   <li>{@code POST /_fake/clock/advance} with {@code {"seconds": n}}: moves the clock forward
 *   <li>{@code POST /_fake/clock/set} with {@code {"now": <epoch seconds>}}: sets the clock
 *   <li>{@code POST /_fake/settle}: applies every status change that is due
 *   <li>{@code POST /_fake/reset}: drops all state, keeps the configuration
 *   <li>{@code GET /_fake/snapshot}: every stored resource as its Describe shape
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
          if (!body.path("seconds").isNumber() || body.path("seconds").decimalValue().signum() < 0) {
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
          fakeClock().set(Instant.ofEpochMilli(body.path("now").decimalValue().movePointRight(3).longValue()));
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
        default -> problem(404, "No control operation at " + route + ".");
      };
    } catch (IllegalArgumentException | IllegalStateException e) {
      return problem(400, e.getMessage());
    } catch (IOException e) {
      return problem(400, "The body is not valid JSON.");
    }
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
    headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
    return new WireResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
