package io.personalizefake.wire;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.ClockState;
import io.personalizefake.FakeAdmin;
import io.personalizefake.FakeSnapshot;
import io.personalizefake.FaultRule;
import io.personalizefake.Journal;
import io.personalizefake.OperationError;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.json.Json;
import io.personalizefake.model.ResourceType;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The test controls of a {@link FakeAdmin} over HTTP, under {@code /_fake/}, a path the AWS
 * protocol never uses: one route per control, each binding its JSON body to a small record, calling
 * the interface and rendering the answer. The routes, bodies and answers are listed on the
 * project's test-controls page; {@code io.personalizefake.client.FakeAdminClient} calls them.
 *
 * <p>Every error has the AWS JSON shape, {@code {"__type": code, "message": text}} with the {@code
 * x-amzn-ErrorType} and {@code x-amzn-RequestId} headers: 400 {@code SerializationException} for a
 * body that is not JSON of the route's shape, 400 {@code InvalidInputException} for a value the
 * control refuses, 404 {@code UnknownOperationException} for a path no route serves, 404 {@code
 * ResourceNotFoundException} for an unknown fault rule, 409 {@code ConflictException} when the
 * fake's state does not allow the control (nothing pending to fire, a clock that is not a fake
 * clock), 409 {@code AwaitFailedException} when a waiter cannot reach its state, 500 {@code
 * InternalFailure} for a failure of the fake.
 */
public final class AdminRoutes {

  /** The path prefix of the control endpoint. */
  public static final String PREFIX = "/_fake/";

  /** The error codes of the control endpoint, besides the service's own. */
  public static final String SERIALIZATION = "SerializationException";

  public static final String INVALID_INPUT = "InvalidInputException";
  public static final String UNKNOWN_ROUTE = "UnknownOperationException";
  public static final String NOT_FOUND = "ResourceNotFoundException";
  public static final String CONFLICT = "ConflictException";
  public static final String AWAIT_FAILED = "AwaitFailedException";
  public static final String INTERNAL = "InternalFailure";

  /** A control's answer to one request. */
  @FunctionalInterface
  private interface Control<B> {
    Object answer(B body, String rest) throws Exception;
  }

  /**
   * One route: a method, a path under the prefix (a trailing {@code /} matches every path below it,
   * whose rest the control gets), the body's type and the control.
   */
  private record Route<B>(String method, String path, Class<B> body, Control<B> control) {
    boolean matches(String method, String path) {
      return this.method.equals(method)
          && (this.path.endsWith("/") ? path.startsWith(this.path) : path.equals(this.path));
    }
  }

  private static final Map<String, Object> EMPTY = Map.of();

  private final FakeAdmin admin;
  private final Supplier<String> requestIds;
  private final ObjectMapper mapper = Json.mapper();
  private final ObjectMapper bodies = bodyMapper();
  private final List<Route<?>> routes;

  /** The routes of {@code fake}, whose request ids they use. */
  public AdminRoutes(PersonalizeFake fake) {
    this(fake, fake::nextRequestId);
  }

  public AdminRoutes(FakeAdmin admin, Supplier<String> requestIds) {
    this.admin = admin;
    this.requestIds = requestIds;
    this.routes =
        List.of(
            get("info", () -> info()),
            get("clock", this::clock),
            post(
                "clock/advance",
                Seconds.class,
                b -> {
                  admin.advance(b.duration());
                  return clock();
                }),
            post(
                "clock/set",
                Now.class,
                b -> {
                  admin.setClock(b.instant());
                  return clock();
                }),
            post("settle", () -> run(admin::settleEveryRegion)),
            post(
                "settle-all",
                () -> {
                  admin.settleAll();
                  return clock();
                }),
            post(
                "await-active",
                Arn.class,
                b -> {
                  admin.awaitActive(b.required());
                  return clock();
                }),
            post(
                "await-deleted",
                Arn.class,
                b -> {
                  admin.awaitDeleted(b.required());
                  return clock();
                }),
            post(
                "advance",
                Arn.class,
                b -> {
                  admin.advance(b.required());
                  return clock();
                }),
            post("reset", () -> run(admin::reset)),
            get("snapshot", () -> snapshot(admin.snapshot())),
            post(
                "restore",
                SnapshotBody.class,
                b -> {
                  admin.restore(b.snapshot());
                  return EMPTY;
                }),
            get("quotas", this::quotas),
            post("quotas", JsonNode.class, (b, rest) -> setQuotas(b)),
            post(
                "metrics",
                MetricsBody.class,
                b -> {
                  admin.setMetrics(b.arn(), b.values());
                  return EMPTY;
                }),
            get("faults", this::faults),
            post("faults", FaultBody.class, (b, rest) -> rule(addFault(b))),
            delete(
                "faults",
                () -> {
                  admin.clearFaultRules();
                  return faults();
                }),
            new Route<>(
                "DELETE",
                "faults/",
                Void.class,
                (b, id) -> {
                  String decoded = URLDecoder.decode(id, StandardCharsets.UTF_8);
                  if (!admin.removeFaultRule(decoded)) {
                    throw new NotFound("No fault rule " + decoded + ".");
                  }
                  return faults();
                }),
            get("journal", this::journal),
            delete("journal", () -> run(admin::clearJournal)));
  }

  public static boolean handles(String path) {
    return path.startsWith(PREFIX);
  }

  public WireResponse handle(WireRequest request) {
    String path =
        request.path().startsWith(PREFIX) ? request.path().substring(PREFIX.length()) : "";
    for (Route<?> route : routes) {
      if (route.matches(request.method(), path)) {
        return answer(
            route,
            request,
            path.substring(route.path().endsWith("/") ? route.path().length() : path.length()));
      }
    }
    return error(
        404,
        UNKNOWN_ROUTE,
        "No control operation at " + request.method() + " " + request.path() + ".");
  }

  private <B> WireResponse answer(Route<B> route, WireRequest request, String rest) {
    B body;
    try {
      body = bind(route.body(), request.body());
    } catch (JsonProcessingException e) {
      return error(
          400,
          SERIALIZATION,
          "The body is not JSON of this control's shape: " + e.getOriginalMessage());
    } catch (IllegalArgumentException | java.io.IOException e) {
      return error(
          400, SERIALIZATION, "The body is not JSON of this control's shape: " + e.getMessage());
    }
    try {
      return respond(200, mapper.writeValueAsBytes(route.control().answer(body, rest)));
    } catch (NotFound e) {
      return error(404, NOT_FOUND, e.getMessage());
    } catch (PersonalizeFakeException e) {
      // a rule of the service refused the control (a solution version that does not exist)
      return error(
          e instanceof ResourceNotFoundException ? 404 : 400, e.errorCode(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return error(400, INVALID_INPUT, e.getMessage());
    } catch (IllegalStateException e) {
      return error(409, CONFLICT, e.getMessage());
    } catch (AssertionError e) {
      return error(409, AWAIT_FAILED, e.getMessage());
    } catch (Exception e) {
      return error(500, INTERNAL, "The control failed: " + e);
    }
  }

  private <B> @Nullable B bind(Class<B> type, byte[] body) throws java.io.IOException {
    if (type == Void.class) {
      return null;
    }
    if (body.length == 0) {
      return bodies.readValue("{}", type);
    }
    B bound = bodies.readValue(body, type);
    if (bound == null) {
      throw new IllegalArgumentException("the body is null");
    }
    return bound;
  }

  // --- bodies

  /** {@code {"seconds": n}} with n >= 0, milliseconds at most. */
  record Seconds(@Nullable BigDecimal seconds) {
    Duration duration() {
      if (seconds == null || seconds.signum() < 0) {
        throw new IllegalArgumentException("Send {\"seconds\": n} with n >= 0.");
      }
      return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }
  }

  /** {@code {"now": <epoch seconds>}}. */
  record Now(@Nullable BigDecimal now) {
    Instant instant() {
      if (now == null) {
        throw new IllegalArgumentException("Send {\"now\": <epoch seconds>}.");
      }
      return Instant.ofEpochMilli(now.movePointRight(3).longValue());
    }
  }

  /** {@code {"arn": "..."}}. */
  record Arn(@Nullable String arn) {
    String required() {
      if (arn == null || arn.isEmpty()) {
        throw new IllegalArgumentException("Send {\"arn\": \"...\"}.");
      }
      return arn;
    }
  }

  /** {@code {"solutionVersionArn": "...", "metrics": {"name": value, ...}}}. */
  record MetricsBody(@Nullable String solutionVersionArn, @Nullable Map<String, Double> metrics) {
    String arn() {
      return required("solutionVersionArn", solutionVersionArn);
    }

    Map<String, Double> values() {
      if (metrics == null) {
        throw new IllegalArgumentException("The member metrics is required.");
      }
      return metrics;
    }
  }

  /** What {@code GET /_fake/snapshot} answered: the account, the time and the records. */
  record SnapshotBody(
      @Nullable String accountId, @Nullable BigDecimal takenAt, @Nullable List<String> records) {
    FakeSnapshot snapshot() {
      if (takenAt == null || records == null) {
        throw new IllegalArgumentException(
            "Send what GET /_fake/snapshot answered: accountId, takenAt and records.");
      }
      return FakeSnapshot.decode(
          required("accountId", accountId),
          Instant.ofEpochMilli(takenAt.movePointRight(3).longValue()),
          records);
    }
  }

  /**
   * One fault rule: an operation error ({@code operation}, {@code errorCode}; {@code times}, or
   * {@code everyNthCall}, or {@code always}; optional {@code message}, {@code httpStatus}), the
   * next creates of a type ({@code resourceType}, {@code failureReason}, {@code times}; optional
   * {@code region}), or the create of one resource ({@code arn}, {@code failureReason}).
   */
  record FaultBody(
      @Nullable String operation,
      @Nullable String errorCode,
      @Nullable String message,
      @Nullable Integer httpStatus,
      @Nullable Long times,
      @Nullable Integer everyNthCall,
      @Nullable Boolean always,
      @Nullable String resourceType,
      @Nullable String region,
      @Nullable String failureReason,
      @Nullable String arn) {}

  // --- controls that need more than a line

  private FaultRule addFault(FaultBody b) {
    if (b.operation() != null) {
      boolean forever = Boolean.TRUE.equals(b.always()) || b.everyNthCall() != null;
      long times = forever ? -1 : b.times() != null ? b.times() : 1;
      if (times < 1 && !forever) {
        throw new IllegalArgumentException("times must be at least 1: " + times);
      }
      return admin.addOperationError(
          new OperationError(
              b.operation(),
              required("errorCode", b.errorCode()),
              b.message(),
              b.httpStatus(),
              times,
              b.everyNthCall() != null ? b.everyNthCall() : 1));
    }
    if (b.arn() != null) {
      return admin.failCreateOf(b.arn(), required("failureReason", b.failureReason()));
    }
    if (b.resourceType() != null) {
      ResourceType type;
      try {
        type = ResourceType.valueOf(b.resourceType());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("no resource type " + b.resourceType());
      }
      return admin.failCreates(
          b.region() != null ? b.region() : admin.region(),
          type,
          required("failureReason", b.failureReason()),
          b.times() != null ? b.times() : 1);
    }
    throw new IllegalArgumentException(
        "Send {\"operation\", \"errorCode\"}, {\"resourceType\", \"failureReason\"} or {\"arn\","
            + " \"failureReason\"}.");
  }

  private Map<String, Object> setQuotas(JsonNode body) {
    if (!body.isObject()) {
      throw new IllegalArgumentException("Send {\"<quota name>\": <value>, ...}.");
    }
    Map<Quota, Long> changes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      if (!e.getValue().canConvertToExactIntegral()
          || !e.getValue().canConvertToLong()
          || e.getValue().asLong() < 0) {
        throw new IllegalArgumentException(
            "The quota " + e.getKey() + " needs a whole number >= 0.");
      }
      changes.put(Quota.named(e.getKey()), e.getValue().asLong());
    }
    changes.forEach(admin::quota);
    return quotas();
  }

  // --- answers

  private Map<String, Object> info() {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("accountId", admin.accountId());
    n.put("region", admin.region());
    n.put("seed", admin.seed());
    return n;
  }

  private Map<String, Object> clock() {
    ClockState state = admin.clockState();
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("now", state.now()); // epoch seconds, as the protocol writes timestamps
    n.put("frozen", state.frozen());
    return n;
  }

  private Map<String, Object> quotas() {
    Map<String, Object> n = new LinkedHashMap<>();
    Quotas q = admin.quotas();
    for (Quota quota : Quota.values()) {
      n.put(quota.quotaName(), q.get(quota));
    }
    return n;
  }

  private Map<String, Object> faults() {
    List<Object> rules = new ArrayList<>();
    admin.faultRules().forEach(r -> rules.add(rule(r)));
    return Map.of("rules", rules);
  }

  /** A rule as the routes write it; {@code FakeAdminClient} reads it back. */
  public static Map<String, Object> rule(FaultRule r) {
    Map<String, Object> n = new LinkedHashMap<>();
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

  private Map<String, Object> journal() {
    List<Object> calls = new ArrayList<>();
    for (Journal.Entry e : admin.journalEntries()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("sequence", e.sequence());
      n.put("at", e.at());
      n.put("region", e.region());
      n.put("operation", e.operation());
      n.put("request", e.request());
      if (e.response() != null) {
        n.put("response", e.response());
      }
      if (e.errorCode() != null) {
        n.put("errorCode", e.errorCode());
        n.put("errorMessage", e.errorMessage());
      }
      calls.add(n);
    }
    return Map.of("calls", calls);
  }

  private static Map<String, Object> snapshot(FakeSnapshot s) {
    List<Object> resources = new ArrayList<>();
    for (FakeSnapshot.Resource r : s.resources()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("scope", s.accountId() + "/" + r.region());
      n.put("region", r.region());
      n.put("type", r.type().name());
      if (r.status() != null) {
        n.put("status", r.status());
      }
      n.put("arn", r.arn());
      n.put("resource", r.description());
      resources.add(n);
    }
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("accountId", s.accountId());
    n.put("takenAt", s.takenAt());
    n.put("resources", resources);
    n.put("records", s.encodedRecords());
    return n;
  }

  // --- plumbing

  private static Map<String, Object> run(Runnable control) {
    control.run();
    return EMPTY;
  }

  private static String required(String member, @Nullable String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("The member " + member + " is required.");
    }
    return value;
  }

  private static Route<Void> get(String path, Supplier<Object> control) {
    return new Route<>("GET", path, Void.class, (b, rest) -> control.get());
  }

  private static Route<Void> post(String path, Supplier<Object> control) {
    return new Route<>("POST", path, Void.class, (b, rest) -> control.get());
  }

  private static Route<Void> delete(String path, Supplier<Object> control) {
    return new Route<>("DELETE", path, Void.class, (b, rest) -> control.get());
  }

  private static <B> Route<B> post(String path, Class<B> body, Control<B> control) {
    return new Route<>("POST", path, body, control);
  }

  /** A body bound as {@code B}, answered by a function of it alone. */
  @FunctionalInterface
  private interface BodyControl<B> extends Control<B> {
    Object answer(B body) throws Exception;

    @Override
    default Object answer(B body, String rest) throws Exception {
      return answer(body);
    }
  }

  private static <B> Route<B> post(String path, Class<B> body, BodyControl<B> control) {
    return new Route<>("POST", path, body, control);
  }

  private WireResponse respond(int status, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("x-amzn-RequestId", requestIds.get());
    return new WireResponse(status, headers, body);
  }

  private WireResponse error(int status, String code, @Nullable String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", code);
    body.put("message", message == null ? code : message);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("x-amzn-ErrorType", code);
    headers.put("x-amzn-RequestId", requestIds.get());
    try {
      return new WireResponse(status, headers, mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bodies are bound strictly (no {@code "10"} for a number), into records by their components. */
  private static ObjectMapper bodyMapper() {
    ObjectMapper m = Json.strictMapper();
    m.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    return m;
  }

  /** A control found nothing by the id it was given. */
  private static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
