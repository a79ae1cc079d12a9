package io.personalizefake.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.ClockState;
import io.personalizefake.FakeAdmin;
import io.personalizefake.FakeSnapshot;
import io.personalizefake.FaultRule;
import io.personalizefake.Journal;
import io.personalizefake.OperationError;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import io.personalizefake.wire.AdminRoutes;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FakeAdmin} that drives a fake in another process (a standalone server, a container)
 * through its control endpoint, with the same calls and the same exceptions as the fake in process:
 * {@link IllegalArgumentException} for a value the control refuses, {@link IllegalStateException}
 * when the fake's state does not allow it, {@link AssertionError} when a waiter cannot reach its
 * state.
 *
 * <pre>{@code
 * FakeAdmin admin = FakeAdminClient.connect(URI.create("http://127.0.0.1:4566"));
 * admin.faults().failCreates(ResourceType.SOLUTION_VERSION, "Insufficient data", 1);
 * admin.awaitActive(campaignArn);
 * assertThat(admin.journal().requests(CreateCampaignRequest.class)).hasSize(1);
 * }</pre>
 */
public final class FakeAdminClient implements FakeAdmin {

  /** Carries one control request and its answer. */
  @FunctionalInterface
  public interface Transport {
    /**
     * Sends {@code body} (JSON, or empty) to {@code path} under the server; the status and body.
     */
    Answer send(String method, String path, byte[] body);
  }

  /** A control endpoint's answer. */
  public record Answer(int status, byte[] body) {}

  private final Transport transport;
  private final ObjectMapper mapper = Json.mapper();

  private FakeAdminClient(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** The controls of the server at {@code endpoint}, e.g. {@code http://127.0.0.1:4566}. */
  public static FakeAdminClient connect(URI endpoint) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String base = endpoint.toString().replaceAll("/+$", "");
    return new FakeAdminClient(
        (method, path, body) -> {
          HttpRequest request =
              HttpRequest.newBuilder(URI.create(base + path))
                  .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                  .header("Content-Type", "application/json")
                  .build();
          try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
          } catch (IOException e) {
            throw new IllegalStateException("the fake at " + base + " did not answer: " + e, e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + base, e);
          }
        });
  }

  /** The controls served by {@code routes} in this JVM, with no socket. */
  public static FakeAdminClient of(AdminRoutes routes) {
    return new FakeAdminClient(
        (method, path, body) -> {
          WireResponse r = routes.handle(new WireRequest(method, path, Map.of(), body));
          return new Answer(r.status(), r.body());
        });
  }

  /** The controls reached through {@code transport}. */
  public static FakeAdminClient over(Transport transport) {
    return new FakeAdminClient(transport);
  }

  @Override
  public String accountId() {
    return get("info").path("accountId").asText();
  }

  @Override
  public String region() {
    return get("info").path("region").asText();
  }

  @Override
  public long seed() {
    return get("info").path("seed").asLong();
  }

  @Override
  public ClockState clockState() {
    return clock(get("clock"));
  }

  @Override
  public void advance(Duration amount) {
    call("POST", "clock/advance", body("seconds", seconds(amount)));
  }

  @Override
  public void setClock(Instant instant) {
    call("POST", "clock/set", body("now", epochSeconds(instant)));
  }

  @Override
  public void settleEveryRegion() {
    call("POST", "settle", null);
  }

  @Override
  public void settleAll() {
    call("POST", "settle-all", null);
  }

  @Override
  public String awaitActive(String arn) {
    call("POST", "await-active", body("arn", arn));
    return arn;
  }

  @Override
  public void awaitDeleted(String arn) {
    call("POST", "await-deleted", body("arn", arn));
  }

  @Override
  public void advance(String arn) {
    call("POST", "advance", body("arn", arn));
  }

  @Override
  public FaultRule failCreates(String region, ResourceType type, String reason, long times) {
    ObjectNode b = mapper.createObjectNode();
    b.put("resourceType", type.name()).put("region", region).put("failureReason", reason);
    b.put("times", times);
    return rule(call("POST", "faults", b));
  }

  @Override
  public FaultRule failCreateOf(String arn, String failureReason) {
    ObjectNode b = mapper.createObjectNode();
    b.put("arn", arn).put("failureReason", failureReason);
    return rule(call("POST", "faults", b));
  }

  @Override
  public FaultRule addOperationError(OperationError e) {
    ObjectNode b = mapper.createObjectNode();
    b.put("operation", e.operation()).put("errorCode", e.errorCode());
    if (e.message() != null) {
      b.put("message", e.message());
    }
    if (e.httpStatus() != null) {
      b.put("httpStatus", e.httpStatus());
    }
    if (e.times() < 0 && e.everyNth() == 1) {
      b.put("always", true);
    } else if (e.times() < 0) {
      b.put("everyNthCall", e.everyNth());
    } else {
      b.put("times", e.times());
    }
    return rule(call("POST", "faults", b));
  }

  @Override
  public List<FaultRule> faultRules() {
    return rules(get("faults"));
  }

  @Override
  public boolean removeFaultRule(String id) {
    Answer a = transport.send("DELETE", AdminRoutes.PREFIX + "faults/" + encode(id), new byte[0]);
    if (a.status() == 404) {
      return false;
    }
    read(a);
    return true;
  }

  @Override
  public void clearFaultRules() {
    call("DELETE", "faults", null);
  }

  @Override
  public Quotas quotas() {
    JsonNode n = get("quotas");
    Quotas q = Quotas.defaults();
    for (Quota quota : Quota.values()) {
      q = q.with(quota, n.path(quota.quotaName()).asLong(q.get(quota)));
    }
    return q;
  }

  @Override
  public void quota(Quota quota, long value) {
    call("POST", "quotas", body(quota.quotaName(), value));
  }

  @Override
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    ObjectNode b = mapper.createObjectNode();
    b.put("solutionVersionArn", solutionVersionArn);
    b.set("metrics", mapper.valueToTree(metrics));
    call("POST", "metrics", b);
  }

  @Override
  public List<Journal.Entry> journalEntries() {
    List<Journal.Entry> entries = new ArrayList<>();
    for (JsonNode n : get("journal").path("calls")) {
      String operation = n.path("operation").asText();
      entries.add(
          new Journal.Entry(
              n.path("sequence").asLong(),
              instant(n.path("at")),
              n.path("region").asText(),
              operation,
              model(operation + "Request", n.path("request")),
              n.has("response") ? model(operation + "Response", n.path("response")) : null,
              text(n, "errorCode"),
              text(n, "errorMessage")));
    }
    return entries;
  }

  @Override
  public void clearJournal() {
    call("DELETE", "journal", null);
  }

  @Override
  public FakeSnapshot snapshot() {
    JsonNode n = get("snapshot");
    List<String> records = new ArrayList<>();
    n.path("records").forEach(r -> records.add(r.asText()));
    return FakeSnapshot.decode(n.path("accountId").asText(), instant(n.path("takenAt")), records);
  }

  @Override
  public void restore(FakeSnapshot snapshot) {
    ObjectNode b = mapper.createObjectNode();
    b.put("accountId", snapshot.accountId());
    b.put("takenAt", epochSeconds(snapshot.takenAt()));
    b.set("records", mapper.valueToTree(snapshot.encodedRecords()));
    call("POST", "restore", b);
  }

  @Override
  public void reset() {
    call("POST", "reset", null);
  }

  // --- reading answers

  private JsonNode get(String path) {
    return call("GET", path, null);
  }

  private JsonNode call(String method, String path, @Nullable JsonNode body) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return read(transport.send(method, AdminRoutes.PREFIX + path, bytes));
  }

  /** The answer's JSON, or the exception the fake in process would have thrown. */
  private JsonNode read(Answer a) {
    JsonNode n;
    try {
      n = a.body().length == 0 ? mapper.createObjectNode() : mapper.readTree(a.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "the control endpoint answered " + a.status() + " with a body that is not JSON", e);
    }
    if (a.status() == 200) {
      return n;
    }
    String code = n.path("__type").asText("");
    String message = n.path("message").asText("HTTP " + a.status());
    if (code.equals(AdminRoutes.AWAIT_FAILED)) {
      throw new AssertionError(message);
    }
    throw switch (code) {
      case AdminRoutes.INVALID_INPUT, AdminRoutes.SERIALIZATION ->
          new IllegalArgumentException(message);
      case ResourceNotFoundException.CODE -> new ResourceNotFoundException(message);
      case ResourceInUseException.CODE -> new ResourceInUseException(message);
      case ResourceAlreadyExistsException.CODE -> new ResourceAlreadyExistsException(message);
      case LimitExceededException.CODE -> new LimitExceededException(message);
      default -> new IllegalStateException(code + ": " + message);
    };
  }

  private static ClockState clock(JsonNode n) {
    return new ClockState(instant(n.path("now")), n.path("frozen").asBoolean());
  }

  private static List<FaultRule> rules(JsonNode n) {
    List<FaultRule> rules = new ArrayList<>();
    n.path("rules").forEach(r -> rules.add(rule(r)));
    return List.copyOf(rules);
  }

  private static FaultRule rule(JsonNode n) {
    return new FaultRule(
        n.path("id").asText(),
        FaultRule.Kind.valueOf(n.path("kind").asText()),
        n.path("target").asText(),
        text(n, "region"),
        text(n, "errorCode"),
        n.path("message").asText(),
        n.path("remaining").asLong(),
        n.path("everyNthCall").asInt(1));
  }

  /** The request or response of a journal entry as its model type, or as JSON when it has none. */
  private Object model(String shape, JsonNode json) {
    try {
      return mapper.treeToValue(json, Class.forName("io.personalizefake.model." + shape));
    } catch (ClassNotFoundException | JsonProcessingException e) {
      return json;
    }
  }

  private static @Nullable String text(JsonNode n, String member) {
    JsonNode v = n.path(member);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static Instant instant(JsonNode epochSeconds) {
    return Instant.ofEpochMilli(epochSeconds.decimalValue().movePointRight(3).longValue());
  }

  private static BigDecimal epochSeconds(Instant at) {
    return BigDecimal.valueOf(at.toEpochMilli()).movePointLeft(3);
  }

  private static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis()).movePointLeft(3);
  }

  private ObjectNode body(String member, Object value) {
    ObjectNode b = mapper.createObjectNode();
    b.set(member, mapper.valueToTree(value));
    return b;
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
