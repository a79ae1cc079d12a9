package io.personalizefake.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.json.Json;
import io.personalizefake.service.PersonalizeService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The AWS JSON 1.1 protocol of Amazon Personalize, in one place for every transport: routes {@code
 * POST /} by {@code X-Amz-Target}, checks the body's JSON types against the service model, calls
 * {@link PersonalizeService}, and renders the reply or the AWS error. It never answers with a stack
 * trace: a failure of the fake itself is an {@code InternalFailure} with status 500.
 *
 * <p>Signatures are not checked. The region of the call (which region's resources it sees) is the
 * {@value #REGION_HEADER} header's when the request has one (the in-process SDK clients send it
 * instead of signing), else the region of the {@code Authorization} header's credential scope, else
 * the fake's region. A header that does not name a region is refused with a 400 {@code
 * InvalidInputException}.
 */
public final class AwsJsonHandler {

  /** Bodies larger than this are refused; the largest valid request is far smaller. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** The request header that names the call's region; it wins over the signature's region. */
  public static final String REGION_HEADER = "x-personalize-fake-region";

  static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final Pattern CREDENTIAL_REGION =
      Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");

  private final PersonalizeFake fake;

  /**
   * The fake's service of each region seen, so that a call does not look it up (and check its name)
   * again.
   */
  private final ConcurrentHashMap<String, PersonalizeService> services = new ConcurrentHashMap<>();

  private final ServiceModel model = ServiceModel.get();
  private final ObjectMapper mapper = Json.mapper();
  private final RequestBinder binder = RequestBinder.get();

  /** The operations served, by their whole {@code X-Amz-Target} value. */
  private final Map<String, Operation> targets = new HashMap<>();

  private final String targetPrefix = model.targetPrefix() + ".";

  private record Operation(String name, MethodHandle method, ObjectWriter writer) {}

  public AwsJsonHandler(PersonalizeFake fake) {
    this.fake = fake;
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (ServiceModel.Operation op : model.operations().values()) {
      String methodName = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
      try {
        Class<?> in = RequestBinder.modelClass(op.input());
        Class<?> out = RequestBinder.modelClass(op.output());
        MethodHandle h =
            lookup.findVirtual(
                PersonalizeService.class, methodName, MethodType.methodType(out, in));
        targets.put(targetPrefix + op.name(), new Operation(op.name(), h, mapper.writerFor(out)));
      } catch (ReflectiveOperationException e) {
        // an operation of the model that the service does not offer (yet) stays unknown
      }
    }
  }

  /** The operations this handler serves, by name. */
  public Set<String> operations() {
    return targets.values().stream().map(Operation::name).collect(Collectors.toUnmodifiableSet());
  }

  public WireResponse handle(WireRequest request) {
    String requestId = fake.nextRequestId();
    try {
      return dispatch(request, requestId);
    } catch (WireError e) {
      return error(e.status(), e.code(), e.getMessage(), requestId);
    } catch (PersonalizeFakeException e) {
      return error(e.httpStatus(), e.errorCode(), e.getMessage(), requestId);
    } catch (JsonProcessingException e) {
      return error(
          400,
          "SerializationException",
          "The request body could not be decoded: " + e.getOriginalMessage(),
          requestId);
    } catch (Throwable e) {
      return error(
          500,
          "InternalFailure",
          "The fake failed to process the request: " + e.getClass().getSimpleName(),
          requestId);
    }
  }

  private WireResponse dispatch(WireRequest request, String requestId) throws Throwable {
    if (!"POST".equals(request.method()) || !"/".equals(request.path())) {
      throw new WireError(
          404,
          "UnknownOperationException",
          "No operation at " + request.method() + " " + request.path() + ".");
    }
    String target = request.header("X-Amz-Target");
    if (target == null || !target.startsWith(targetPrefix)) {
      throw new WireError(
          400,
          "UnknownOperationException",
          target == null
              ? "The X-Amz-Target header is missing."
              : "Unknown target " + quote(target) + ".");
    }
    Operation op = targets.get(target);
    if (op == null) {
      throw new WireError(
          400, "UnknownOperationException", "Unknown operation " + quote(target) + ".");
    }
    String contentType = request.header("Content-Type");
    if (contentType != null && !isJson(contentType)) {
      throw new WireError(
          400,
          "SerializationException",
          "Content-Type must be " + CONTENT_TYPE + ", not " + quote(contentType) + ".");
    }
    if (request.body().length > MAX_BODY_BYTES) {
      throw new WireError(
          413,
          "SerializationException",
          "The request body has "
              + request.body().length
              + " bytes; at most "
              + MAX_BODY_BYTES
              + " are accepted.");
    }
    String region = regionOf(request);
    Object input = binder.bind(op.name(), request.body());
    PersonalizeService service = services.get(region);
    if (service == null) {
      service = services.computeIfAbsent(region, fake::service);
    }
    Object output = op.method().invoke(service, input);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("x-amzn-RequestId", requestId);
    return new WireResponse(200, headers, op.writer().writeValueAsBytes(output));
  }

  /**
   * Whether the media type, before any parameters and trimmed as {@link String#trim} does, is JSON
   * 1.1 or plain JSON.
   */
  static boolean isJson(String contentType) {
    int end = contentType.indexOf(';');
    if (end < 0) {
      end = contentType.length();
    }
    int start = 0;
    while (start < end && contentType.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && contentType.charAt(end - 1) <= ' ') {
      end--;
    }
    return isType(contentType, start, end, CONTENT_TYPE)
        || isType(contentType, start, end, "application/json");
  }

  private static boolean isType(String s, int start, int end, String type) {
    return end - start == type.length() && s.regionMatches(true, start, type, 0, type.length());
  }

  private String regionOf(WireRequest request) {
    String named = request.header(REGION_HEADER);
    if (named != null) {
      if (!Arns.isRegionName(named)) {
        throw new WireError(
            400,
            "InvalidInputException",
            "The "
                + REGION_HEADER
                + " header must name a region such as us-east-1, not "
                + quote(named)
                + ".");
      }
      return named;
    }
    String auth = request.header("Authorization");
    if (auth != null) {
      Matcher m = CREDENTIAL_REGION.matcher(auth);
      if (m.find()) {
        return m.group(1);
      }
    }
    return fake.region();
  }

  static String quote(String s) {
    String shown = s.length() > 100 ? s.substring(0, 100) + "..." : s;
    return "'" + shown + "'";
  }

  /**
   * An error of the AWS JSON shape with a new request id, for a layer in front of this handler (an
   * HTTP server refusing a request it cannot read as HTTP), so that every error a client sees has
   * the same shape.
   */
  public WireResponse refuse(int status, String code, String message) {
    return error(status, code, message, fake.nextRequestId());
  }

  private WireResponse error(int status, String code, @Nullable String message, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("x-amzn-RequestId", requestId);
    headers.put("x-amzn-ErrorType", code);
    ObjectNode body = mapper.createObjectNode();
    body.put("__type", code);
    body.put("message", message == null ? code : message);
    return new WireResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
