package io.personalizefake.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Timings;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.json.Json;
import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AWS JSON 1.1 protocol and the control endpoint as a client that is not an AWS SDK sees them:
 * raw requests with {@code java.net.http.HttpClient} (and, for connection handling, a raw socket)
 * against a {@link PersonalizeFakeServer} ({@code wire.md} §1, §2, §6).
 */
class WireProtocolTest {

  static final Instant T0 = Instant.parse("2021-01-22T12:00:00.250Z");
  static final String JSON_1_1 = ServedFake.JSON_1_1;
  static final String GROUP_ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-group/";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private FakeClock clock;
  private ServedFake served;
  private PersonalizeFake fake;
  private URI endpoint;

  @AfterEach
  void stop() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  /** A fake with a frozen clock at {@link #T0} and the given timings, served on a free port. */
  private void serve(Timings timings) {
    serve(b -> b.timings(timings));
  }

  /**
   * A fake with a frozen clock at {@link #T0}, seed 7 and {@code config}, served on a free port.
   */
  private void serve(Consumer<PersonalizeFake.Builder> config) {
    clock = FakeClock.frozenAt(T0);
    PersonalizeFake.Builder builder = PersonalizeFake.builder().clock(clock).seed(7);
    config.accept(builder);
    served = ServedFake.start(builder);
    toClose.add(served);
    fake = served.fake;
    endpoint = served.endpoint;
  }

  private void serve() {
    serve(Timings.instant());
  }

  // ---------------------------------------------------------------- request helpers

  private HttpResponse<String> call(String operation, String body) throws Exception {
    return served.call(operation, body);
  }

  private HttpRequest.Builder post(String path, String body) {
    return served.post(path, body);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return served.send(request);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET());
  }

  private String createGroup(String name) throws Exception {
    HttpResponse<String> r = call("CreateDatasetGroup", "{\"name\":\"" + name + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r).path("datasetGroupArn").asText();
  }

  private String snapshot() throws Exception {
    HttpResponse<String> r = get("/_fake/snapshot");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return MAPPER.readTree(r.body());
  }

  /**
   * An AWS JSON 1.1 error: status, both places of the code, a request id, a message, no internals.
   */
  private static void assertAwsError(HttpResponse<String> r, int status, String type)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue(type);
    assertThat(r.headers().firstValue("x-amzn-RequestId"))
        .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertThat(r.headers().firstValue("Content-Type")).hasValue(JSON_1_1);
    JsonNode body = json(r);
    assertThat(body.path("__type").asText()).isEqualTo(type);
    assertThat(body.path("message").asText()).isNotBlank();
    assertNoInternals(r.body());
  }

  private static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain("\tat ")
        .doesNotContain("io.personalizefake")
        .doesNotContain("java.lang")
        .doesNotContain("com.fasterxml")
        .doesNotContain("Exception:");
  }

  /** Sends a request that must be refused with {@code type}, and checks that no state changed. */
  private void assertRefusedWithoutStateChange(HttpRequest.Builder request, int status, String type)
      throws Exception {
    String before = snapshot();
    assertAwsError(send(request), status, type);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  private HttpRequest.Builder target(String operation, String body) {
    return post("/", body)
        .header("X-Amz-Target", "AmazonPersonalize." + operation)
        .header("Content-Type", JSON_1_1);
  }

  // ---------------------------------------------------------------- §2.1 decoding failures

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"g2\"",
        "{name:\"g2\"}",
        "{\"name\":\"g2\"} {}",
        "{\"name\":\"g2\",}",
        "{'name':'g2'}",
        "{\"name\":\"g2\",\"maxResults\":NaN}",
        "not json at all",
      })
  void malformed_json_is_a_serialization_exception_that_changes_nothing(String body)
      throws Exception {
    serve();
    createGroup("existing");
    assertRefusedWithoutStateChange(
        target("CreateDatasetGroup", body), 400, "SerializationException");
  }

  @Test
  void a_body_that_is_not_utf8_is_a_serialization_exception() throws Exception {
    serve();
    createGroup("existing");
    byte[] latin1 = "{\"name\":\"gr\u00fcn\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertRefusedWithoutStateChange(
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .POST(BodyPublishers.ofByteArray(latin1))
            .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
            .header("Content-Type", JSON_1_1),
        400,
        "SerializationException");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"name\":\"g2\"}]", "\"g2\"", "42", "true", "null"})
  void a_body_that_is_not_an_object_is_a_serialization_exception(String body) throws Exception {
    serve();
    createGroup("existing");
    assertRefusedWithoutStateChange(
        target("CreateDatasetGroup", body), 400, "SerializationException");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // string where an integer belongs
        "ListDatasetGroups|{\"maxResults\":\"3\"}",
        // integers with a fraction or an exponent, or beyond 32 bits
        "ListDatasetGroups|{\"maxResults\":3.5}",
        "ListDatasetGroups|{\"maxResults\":3.0}",
        "ListDatasetGroups|{\"maxResults\":1e1}",
        "ListDatasetGroups|{\"maxResults\":4294967296}",
        // a number, a boolean, an array or an object where a string belongs
        "CreateDatasetGroup|{\"name\":5}",
        "CreateDatasetGroup|{\"name\":true}",
        "CreateDatasetGroup|{\"name\":[\"g2\"]}",
        "CreateDatasetGroup|{\"name\":{\"value\":\"g2\"}}",
        // a string where a structure belongs
        "CreateDatasetImportJob|{\"jobName\":\"j\",\"datasetArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset/existing/INTERACTIONS\","
            + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"dataSource\":\"s3://bucket/x.csv\"}",
        // an object where a list belongs, nested two levels deep
        "CreateSolution|{\"name\":\"s\",\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/existing\","
            + "\"performAutoML\":true,\"solutionConfig\":{\"autoMLConfig\":{\"recipeList\":{\"0\":\"arn:aws:personalize:::recipe/aws-hrnn\"}}}}",
        // a boolean sent as a string
        "CreateSolution|{\"name\":\"s\",\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/existing\","
            + "\"performAutoML\":\"true\"}",
        // a map value of the wrong type
        "CreateSolution|{\"name\":\"s\",\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/existing\","
            + "\"recipeArn\":\"arn:aws:personalize:::recipe/aws-hrnn\",\"solutionConfig\":{\"algorithmHyperParameters\":{\"hidden_dimension\":55}}}",
        // a string where a double belongs
        "CreateSolution|{\"name\":\"s\",\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/existing\","
            + "\"recipeArn\":\"arn:aws:personalize:::recipe/aws-hrnn\",\"solutionConfig\":{\"hpoConfig\":{\"algorithmHyperParameterRanges\":"
            + "{\"continuousHyperParameterRanges\":[{\"name\":\"x\",\"minValue\":\"0.1\",\"maxValue\":0.9}]}}}}",
        // a list element of the wrong type
        "CreateBatchInferenceJob|{\"jobName\":\"b\",\"solutionVersionArn\":\"arn:aws:personalize:us-east-1:123456789012:solution/s/12345678\","
            + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"jobInput\":{\"s3DataSource\":{\"path\":\"s3://b/in\"}},"
            + "\"jobOutput\":{\"s3DataDestination\":{\"path\":\"s3://b/out\"}},\"numResults\":\"25\"}",
      })
  void a_member_of_the_wrong_json_type_is_a_serialization_exception(String operationAndBody)
      throws Exception {
    serve();
    createGroup("existing");
    String[] parts = operationAndBody.split("\\|", 2);
    assertRefusedWithoutStateChange(target(parts[0], parts[1]), 400, "SerializationException");
  }

  @Test
  void a_wrong_type_message_names_the_member_path() throws Exception {
    serve();
    HttpResponse<String> r =
        call(
            "CreateSolution",
            "{\"name\":\"s\",\"datasetGroupArn\":\""
                + GROUP_ARN
                + "g\",\"performAutoML\":true,"
                + "\"solutionConfig\":{\"autoMLConfig\":{\"recipeList\":{}}}}");
    assertAwsError(r, 400, "SerializationException");
    assertThat(json(r).path("message").asText()).contains("solutionConfig.autoMLConfig.recipeList");
  }

  @Test
  void a_type_error_is_reported_before_constraint_violations() throws Exception {
    serve();
    // the name breaks its pattern too, but decoding comes first (README.md §Request validation
    // order)
    HttpResponse<String> r =
        call("CreateDatasetGroup", "{\"name\":\"not a valid name!\",\"roleArn\":17}");
    assertAwsError(r, 400, "SerializationException");
  }

  @Test
  void a_body_over_one_mebibyte_is_refused_with_413_without_reading_it() throws Exception {
    serve();
    createGroup("existing");
    String before = snapshot();
    // a declared length far over the limit: the server answers without waiting for the body
    int declared = 8 << 20;
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AmazonPersonalize.CreateDatasetGroup\r\n"
                  + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: "
                  + declared
                  + "\r\n\r\n{\"name\":\"huge\",\"x\":\"")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawResponse r = RawResponse.read(socket.getInputStream());
      assertThat(r.status).isEqualTo(413);
      assertThat(r.header("x-amzn-ErrorType")).isEqualTo("SerializationException");
      assertThat(r.header("x-amzn-RequestId")).isNotBlank();
      assertThat(MAPPER.readTree(r.body).path("__type").asText())
          .isEqualTo("SerializationException");
      assertNoInternals(new String(r.body, StandardCharsets.UTF_8));
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_streamed_body_over_one_mebibyte_is_refused_with_413() throws Exception {
    serve();
    createGroup("existing");
    byte[] huge = new byte[AwsJsonHandler.MAX_BODY_BYTES + 1024];
    byte[] head = "{\"name\":\"huge\",\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
    Arrays.fill(huge, (byte) 'x');
    System.arraycopy(head, 0, huge, 0, head.length);
    huge[huge.length - 2] = '"';
    huge[huge.length - 1] = '}';
    // without a Content-Length (chunked), the server reads up to the limit and drains the rest
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
            .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
            .header("Content-Type", JSON_1_1);
    assertRefusedWithoutStateChange(request, 413, "SerializationException");
  }

  @Test
  void a_body_of_exactly_one_mebibyte_is_still_read() throws Exception {
    serve();
    StringBuilder body = new StringBuilder("{\"name\":\"big\",\"padding\":\"");
    int close = "\"}".length();
    while (body.length() < AwsJsonHandler.MAX_BODY_BYTES - close) {
      body.append('x');
    }
    body.append("\"}");
    assertThat(body.length()).isEqualTo(AwsJsonHandler.MAX_BODY_BYTES);
    HttpResponse<String> r = call("CreateDatasetGroup", body.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("datasetGroupArn").asText()).isEqualTo(GROUP_ARN + "big");
  }

  // ---------------------------------------------------------------- §1 routing and §2.1 headers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AmazonPersonalize.NoSuchOperation",
        "AmazonPersonalize.CreateRecommender",
        "AmazonPersonalize.TagResource",
        "AmazonPersonalize.",
        "AmazonPersonalize.createDatasetGroup",
        "AmazonPersonalizeRuntime.CreateDatasetGroup",
        "CreateDatasetGroup",
      })
  void an_unknown_target_is_an_unknown_operation_exception(String target) throws Exception {
    serve();
    createGroup("existing");
    assertRefusedWithoutStateChange(
        post("/", "{\"name\":\"g2\"}")
            .header("Content-Type", JSON_1_1)
            .header("X-Amz-Target", target),
        400,
        "UnknownOperationException");
  }

  @Test
  void a_missing_target_is_an_unknown_operation_exception() throws Exception {
    serve();
    createGroup("existing");
    assertRefusedWithoutStateChange(
        post("/", "{\"name\":\"g2\"}").header("Content-Type", JSON_1_1),
        400,
        "UnknownOperationException");
  }

  @Test
  void header_names_are_case_insensitive() throws Exception {
    serve();
    HttpResponse<String> r =
        send(
            post("/", "{\"name\":\"lower\"}")
                .header("x-amz-target", "AmazonPersonalize.CreateDatasetGroup")
                .header("content-type", JSON_1_1));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("datasetGroupArn").asText()).isEqualTo(GROUP_ARN + "lower");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/x-amz-json-1.0"
      })
  void a_wrong_content_type_is_a_serialization_exception(String contentType) throws Exception {
    serve();
    createGroup("existing");
    assertRefusedWithoutStateChange(
        post("/", "{\"name\":\"g2\"}")
            .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
            .header("Content-Type", contentType),
        400,
        "SerializationException");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-amz-json-1.1",
        "application/json",
        "application/x-amz-json-1.1; charset=utf-8",
        "APPLICATION/JSON"
      })
  void both_json_content_types_are_accepted(String contentType) throws Exception {
    serve();
    HttpResponse<String> r =
        send(
            post("/", "{\"name\":\"g\"}")
                .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
                .header("Content-Type", contentType));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void a_missing_content_type_is_accepted() throws Exception {
    serve();
    HttpResponse<String> r =
        send(
            post("/", "{\"name\":\"g\"}")
                .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void an_empty_body_counts_as_an_empty_object() throws Exception {
    serve();
    createGroup("existing");
    HttpResponse<String> list =
        send(
            HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(BodyPublishers.noBody())
                .header("X-Amz-Target", "AmazonPersonalize.ListDatasetGroups")
                .header("Content-Type", JSON_1_1));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(json(list).path("datasetGroups")).hasSize(1);
    assertThat(json(list).has("nextToken")).isFalse();
    // an empty Create reaches the validator: the missing name is a constraint violation, not a
    // decoding error
    String before = snapshot();
    HttpResponse<String> create =
        send(
            HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(BodyPublishers.noBody())
                .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
                .header("Content-Type", JSON_1_1));
    assertAwsError(create, 400, "InvalidInputException");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void unknown_members_are_ignored_at_every_level() throws Exception {
    serve();
    HttpResponse<String> r =
        call(
            "CreateDatasetGroup",
            "{\"name\":\"tagged\",\"domain\":\"ECOMMERCE\",\"tags\":[{\"tagKey\":\"team\",\"tagValue\":\"recs\"}],"
                + "\"somethingElse\":{\"deeply\":[1,2.5,null,{\"x\":true}]}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String group = json(r).path("datasetGroupArn").asText();
    HttpResponse<String> schema =
        call(
            "CreateSchema",
            "{\"name\":\"s\",\"domain\":\"VIDEO_ON_DEMAND\",\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Interactions\\\","
                + "\\\"fields\\\":[{\\\"name\\\":\\\"USER_ID\\\",\\\"type\\\":\\\"string\\\"},{\\\"name\\\":\\\"ITEM_ID\\\",\\\"type\\\":\\\"string\\\"},"
                + "{\\\"name\\\":\\\"TIMESTAMP\\\",\\\"type\\\":\\\"long\\\"}],\\\"version\\\":\\\"1.0\\\"}\"}");
    assertThat(schema.statusCode()).as(schema.body()).isEqualTo(200);
    HttpResponse<String> dataset =
        call(
            "CreateDataset",
            "{\"name\":\"d\",\"datasetType\":\"Interactions\",\"datasetGroupArn\":\""
                + group
                + "\",\"schemaArn\":\""
                + json(schema).path("schemaArn").asText()
                + "\",\"tags\":[]}");
    assertThat(dataset.statusCode()).as(dataset.body()).isEqualTo(200);
    HttpResponse<String> job =
        call(
            "CreateDatasetImportJob",
            "{\"jobName\":\"j\",\"datasetArn\":\""
                + json(dataset).path("datasetArn").asText()
                + "\","
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"importMode\":\"FULL\",\"publishAttributionMetricsToS3\":false,"
                + "\"dataSource\":{\"dataLocation\":\"s3://bucket/x.csv\",\"unknownNested\":\"ignored\"}}");
    assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
    HttpResponse<String> described =
        call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + group + "\",\"extra\":1}");
    assertThat(described.statusCode()).isEqualTo(200);
    assertThat(json(described).path("datasetGroup").has("tags")).isFalse();
    assertThat(json(described).path("datasetGroup").has("domain")).isFalse();
  }

  @Test
  void json_null_counts_as_absent() throws Exception {
    serve();
    // a roleArn alone would be refused (it needs a kmsKeyArn); null roleArn and kmsKeyArn are
    // simply absent
    HttpResponse<String> r =
        call("CreateDatasetGroup", "{\"name\":\"g\",\"roleArn\":null,\"kmsKeyArn\":null}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode group =
        json(call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "g\"}"))
            .path("datasetGroup");
    assertThat(group.has("roleArn")).isFalse();
    assertThat(group.has("kmsKeyArn")).isFalse();
    HttpResponse<String> list =
        call("ListDatasetGroups", "{\"maxResults\":null,\"nextToken\":null}");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(json(list).path("datasetGroups")).hasSize(1);
    // a null required member is missing, which is a constraint violation
    String before = snapshot();
    assertAwsError(call("CreateDatasetGroup", "{\"name\":null}"), 400, "InvalidInputException");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void nulls_inside_structures_lists_and_maps_are_absent_too() throws Exception {
    serve();
    HttpResponse<String> r =
        call(
            "CreateSolution",
            "{\"name\":\"s\",\"datasetGroupArn\":\""
                + GROUP_ARN
                + "missing\",\"recipeArn\":\"arn:aws:personalize:::recipe/aws-hrnn\","
                + "\"solutionConfig\":{\"eventValueThreshold\":null,\"autoMLConfig\":null,\"algorithmHyperParameters\":null}}");
    // decoded fine; the unknown dataset group is the first problem found
    assertAwsError(r, 400, "ResourceNotFoundException");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /",
        "PUT /",
        "DELETE /",
        "POST /other",
        "POST /other/",
        "GET /other",
        "POST /recommendations",
        "POST /events"
      })
  void requests_outside_the_protocol_are_404_unknown_operation(String methodAndPath)
      throws Exception {
    serve();
    createGroup("existing");
    String[] parts = methodAndPath.split(" ", 2);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(parts[1]))
            .method(
                parts[0],
                parts[0].equals("GET") || parts[0].equals("DELETE")
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString("{\"name\":\"g2\"}"))
            .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
            .header("Content-Type", JSON_1_1);
    assertRefusedWithoutStateChange(request, 404, "UnknownOperationException");
  }

  @Test
  void query_strings_are_ignored() throws Exception {
    serve();
    HttpResponse<String> r =
        send(
            post("/?foo=bar&x=1", "{\"name\":\"q\"}")
                .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
                .header("Content-Type", JSON_1_1));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("datasetGroupArn").asText()).isEqualTo(GROUP_ARN + "q");
  }

  @Test
  void the_region_comes_from_the_credential_scope_of_the_authorization_header() throws Exception {
    serve();
    HttpResponse<String> r =
        send(
            post("/", "{\"name\":\"g\"}")
                .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
                .header("Content-Type", JSON_1_1)
                .header("X-Amz-Date", "20210122T120000Z")
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210122/eu-west-1/personalize/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("datasetGroupArn").asText())
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-group/g");
    // a call without the header sees the fake's own region, where nothing was created
    assertThat(json(call("ListDatasetGroups", "{}")).path("datasetGroups")).isEmpty();
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  // ---------------------------------------------------------------- §2.2-2.4 responses, §6 worked
  // exchange

  @Test
  void the_worked_exchange_of_wire_md_section_6() throws Exception {
    serve();
    HttpResponse<String> created = call("CreateDatasetGroup", "{\"name\": \"movies-dev-1\"}");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).isEqualTo("{\"datasetGroupArn\":\"" + GROUP_ARN + "movies-dev-1\"}");

    HttpResponse<String> r =
        call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "movies-dev-1\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(JSON_1_1);
    assertThat(r.headers().firstValue("x-amzn-RequestId"))
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).isEmpty();
    assertThat(json(r))
        .isEqualTo(
            MAPPER.readTree(
                "{\"datasetGroup\":{\"name\":\"movies-dev-1\",\"datasetGroupArn\":\""
                    + GROUP_ARN
                    + "movies-dev-1\","
                    + "\"status\":\"ACTIVE\",\"creationDateTime\":1611316800.25,\"lastUpdatedDateTime\":1611316800.25}}"));
    // plain decimal notation, no exponent, no trailing zeros
    assertThat(r.body())
        .contains("\"creationDateTime\":1611316800.25,")
        .contains("\"lastUpdatedDateTime\":1611316800.25");
    assertThat(r.body()).doesNotContain("null");

    HttpResponse<String> missing =
        call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "nope\"}");
    assertAwsError(missing, 400, "ResourceNotFoundException");
    assertThat(json(missing).path("message").asText()).contains(GROUP_ARN + "nope");
  }

  @Test
  void timestamps_at_a_whole_second_are_integers() throws Exception {
    serve();
    clock.set(Instant.parse("2021-01-22T12:00:01Z"));
    createGroup("whole");
    HttpResponse<String> r =
        call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "whole\"}");
    assertThat(r.body()).contains("\"creationDateTime\":1611316801,");
    clock.advance(Duration.ofMillis(1));
    createGroup("milli");
    assertThat(
            call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "milli\"}").body())
        .contains("\"creationDateTime\":1611316801.001,");
  }

  @Test
  void deletes_answer_200_with_an_empty_object() throws Exception {
    serve();
    createGroup("doomed");
    HttpResponse<String> r =
        call("DeleteDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "doomed\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{}");
    assertThat(r.headers().firstValue("x-amzn-RequestId")).isPresent();
  }

  @Test
  void every_service_error_is_400_with_type_header_and_request_id() throws Exception {
    serve();
    createGroup("existing");
    assertAwsError(
        call("CreateDatasetGroup", "{\"name\":\"bad name!\"}"), 400, "InvalidInputException");
    assertAwsError(
        call("CreateDatasetGroup", "{\"name\":\"existing\"}"),
        400,
        "ResourceAlreadyExistsException");
    assertAwsError(
        call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "nope\"}"),
        400,
        "ResourceNotFoundException");
    assertAwsError(
        call("ListDatasetGroups", "{\"nextToken\":\"not-a-token\"}"),
        400,
        "InvalidNextTokenException");
    HttpResponse<String> schema =
        call(
            "CreateSchema",
            "{\"name\":\"s\",\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Interactions\\\",\\\"fields\\\":["
                + "{\\\"name\\\":\\\"USER_ID\\\",\\\"type\\\":\\\"string\\\"},{\\\"name\\\":\\\"ITEM_ID\\\",\\\"type\\\":\\\"string\\\"},"
                + "{\\\"name\\\":\\\"TIMESTAMP\\\",\\\"type\\\":\\\"long\\\"}]}\"}");
    String schemaArn = json(schema).path("schemaArn").asText();
    call(
        "CreateDataset",
        "{\"name\":\"d\",\"datasetType\":\"Interactions\",\"datasetGroupArn\":\""
            + GROUP_ARN
            + "existing\",\"schemaArn\":\""
            + schemaArn
            + "\"}");
    assertAwsError(
        call("DeleteSchema", "{\"schemaArn\":\"" + schemaArn + "\"}"),
        400,
        "ResourceInUseException");
  }

  @Test
  void limit_exceeded_is_400_too() throws Exception {
    serve(b -> b.quota(Quotas.Quota.DATASET_GROUPS, 1));
    createGroup("first");
    assertRefusedWithoutStateChange(
        target("CreateDatasetGroup", "{\"name\":\"second\"}"), 400, "LimitExceededException");
  }

  @Test
  void request_ids_repeat_with_the_seed() {
    assertThat(requestIds(7))
        .isEqualTo(requestIds(7))
        .doesNotHaveDuplicates()
        .allSatisfy(
            id ->
                assertThat(id)
                    .matches(
                        "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    assertThat(requestIds(8)).doesNotContainAnyElementsOf(requestIds(7));
  }

  @Test
  void request_ids_do_not_change_the_other_identifiers() {
    // spec README, Identifiers: request ids come from their own generator
    assertThat(idsAfterWireCalls(10)).isEqualTo(idsAfterWireCalls(0));
  }

  /**
   * The event tracker ARN and tracking id that a fake with seed 7 gives after {@code calls} wire
   * calls.
   */
  private static List<String> idsAfterWireCalls(int calls) {
    try (PersonalizeFake fake =
        PersonalizeFake.builder().seed(7).timings(Timings.instant()).build()) {
      AwsJsonHandler handler = new AwsJsonHandler(fake);
      for (int i = 0; i < calls; i++) {
        handler.handle(
            new WireRequest(
                "POST",
                "/",
                Map.of("X-Amz-Target", "AmazonPersonalize.ListRecipes"),
                "{}".getBytes(StandardCharsets.UTF_8)));
      }
      String group = fake.service().createDatasetGroup(b -> b.name("g")).datasetGroupArn();
      fake.settleAll();
      var tracker = fake.service().createEventTracker(b -> b.name("t").datasetGroupArn(group));
      return List.of(tracker.eventTrackerArn(), tracker.trackingId());
    }
  }

  /** The request ids of the same ten calls, one refused, to a new fake with {@code seed}. */
  private static List<String> requestIds(long seed) {
    try (PersonalizeFake fake = PersonalizeFake.builder().seed(seed).build()) {
      AwsJsonHandler handler = new AwsJsonHandler(fake);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String target = i == 5 ? "AmazonPersonalize.Nothing" : "AmazonPersonalize.ListRecipes";
        WireResponse r =
            handler.handle(
                new WireRequest(
                    "POST",
                    "/",
                    Map.of("X-Amz-Target", target),
                    "{}".getBytes(StandardCharsets.UTF_8)));
        ids.add(r.headers().get("x-amzn-RequestId"));
      }
      return ids;
    }
  }

  @Test
  void request_ids_are_fresh_for_every_response() throws Exception {
    serve();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r =
          i % 2 == 0
              ? call("ListRecipes", "{}")
              : call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "x\"}");
      ids.add(r.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }
    assertThat(ids).hasSize(20);
  }

  @Test
  void serving_over_http_draws_no_identifiers_from_the_seeded_source() throws Exception {
    // the same seed gives the same solution-version and tracker ids whether or not HTTP calls
    // happened first
    serve();
    for (int i = 0; i < 5; i++) {
      call("ListRecipes", "{}");
      call("DescribeDatasetGroup", "{\"datasetGroupArn\":\"" + GROUP_ARN + "x\"}");
    }
    createGroup("g");
    String tracker =
        json(call(
                "CreateEventTracker",
                "{\"name\":\"t\",\"datasetGroupArn\":\"" + GROUP_ARN + "g\"}"))
            .path("eventTrackerArn")
            .asText();

    PersonalizeFake direct =
        PersonalizeFake.builder().clock(FakeClock.frozenAt(T0)).seed(7).build();
    toClose.add(direct);
    direct.service().createDatasetGroup(b -> b.name("g"));
    assertThat(
            direct
                .service()
                .createEventTracker(b -> b.name("t").datasetGroupArn(GROUP_ARN + "g"))
                .eventTrackerArn())
        .isEqualTo(tracker);
  }

  // ---------------------------------------------------------------- control endpoint

  @Test
  void the_control_clock_shows_and_moves_a_frozen_clock() throws Exception {
    serve();
    HttpResponse<String> now = get("/_fake/clock");
    assertThat(now.statusCode()).isEqualTo(200);
    assertThat(json(now)).isEqualTo(MAPPER.readTree("{\"now\":1611316800.25,\"frozen\":true}"));

    HttpResponse<String> advanced = send(post("/_fake/clock/advance", "{\"seconds\":1.5}"));
    assertThat(advanced.statusCode()).as(advanced.body()).isEqualTo(200);
    assertThat(json(advanced).path("now").decimalValue()).isEqualByComparingTo("1611316801.75");
    assertThat(clock.instant()).isEqualTo(T0.plusMillis(1500));

    HttpResponse<String> set = send(post("/_fake/clock/set", "{\"now\":1611316900}"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(clock.instant()).isEqualTo(Instant.ofEpochSecond(1611316900));
    assertThat(get("/_fake/clock").body()).contains("\"now\":1611316900").doesNotContain("E+");
  }

  @Test
  void the_control_clock_refuses_going_back_and_bad_bodies() throws Exception {
    serve();
    assertThat(send(post("/_fake/clock/advance", "{\"seconds\":-1}")).statusCode()).isEqualTo(400);
    assertThat(send(post("/_fake/clock/advance", "{\"seconds\":\"10\"}")).statusCode())
        .isEqualTo(400);
    assertThat(send(post("/_fake/clock/advance", "{}")).statusCode()).isEqualTo(400);
    assertThat(send(post("/_fake/clock/advance", "{not json")).statusCode()).isEqualTo(400);
    assertThat(send(post("/_fake/clock/set", "{\"now\":1}")).statusCode()).isEqualTo(400);
    assertThat(send(post("/_fake/clock/set", "{\"now\":\"tomorrow\"}")).statusCode())
        .isEqualTo(400);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void advancing_the_control_clock_moves_a_realistic_resource_to_active() throws Exception {
    serve(Timings.realistic());
    String arn = createGroup("slow");
    String describe = "{\"datasetGroupArn\":\"" + arn + "\"}";
    assertThat(
            json(call("DescribeDatasetGroup", describe))
                .path("datasetGroup")
                .path("status")
                .asText())
        .isEqualTo("CREATE PENDING");

    send(post("/_fake/clock/advance", "{\"seconds\":9.999}"));
    assertThat(
            json(call("DescribeDatasetGroup", describe))
                .path("datasetGroup")
                .path("status")
                .asText())
        .isEqualTo("CREATE PENDING");
    send(post("/_fake/clock/advance", "{\"seconds\":0.001}"));
    assertThat(
            json(call("DescribeDatasetGroup", describe))
                .path("datasetGroup")
                .path("status")
                .asText())
        .isEqualTo("CREATE IN_PROGRESS");
    HttpResponse<String> advanced = send(post("/_fake/clock/advance", "{\"seconds\":60}"));
    assertThat(advanced.statusCode()).isEqualTo(200);
    JsonNode group = json(call("DescribeDatasetGroup", describe)).path("datasetGroup");
    assertThat(group.path("status").asText()).isEqualTo("ACTIVE");
    // the transition records its due time (creation + 2 x 10 s), not the time it was noticed
    assertThat(group.path("creationDateTime").decimalValue()).isEqualByComparingTo("1611316800.25");
    assertThat(group.path("lastUpdatedDateTime").decimalValue())
        .isEqualByComparingTo("1611316820.25");
  }

  @Test
  void control_settle_applies_due_transitions_without_any_other_call() throws Exception {
    serve(Timings.realistic());
    createGroup("slow");
    clock.advance(Duration.ofMinutes(1));
    // nothing has run since the clock moved, so the store still holds the pending status
    assertThat(statusInStore("slow")).isEqualTo("CREATE PENDING");
    HttpResponse<String> settled = send(post("/_fake/settle", ""));
    assertThat(settled.statusCode()).isEqualTo(200);
    assertThat(settled.body()).isEqualTo("{}");
    assertThat(statusInStore("slow")).isEqualTo("ACTIVE");
  }

  @Test
  void control_snapshot_settles_first_as_the_in_process_snapshot_does() throws Exception {
    serve(Timings.realistic());
    createGroup("slow");
    clock.advance(Duration.ofMinutes(1));
    assertThat(statusInSnapshot("slow")).isEqualTo("ACTIVE");
  }

  /** The status as stored, read without any call that would settle first. */
  private String statusInStore(String groupName) {
    return fake.storage()
        .read(
            tx ->
                tx.scanAll()
                    .filter(ResourceRecord.class::isInstance)
                    .map(ResourceRecord.class::cast)
                    .filter(r -> r.arn().equals(GROUP_ARN + groupName))
                    .map(r -> Json.mapper().valueToTree(r.body()).path("status").asText())
                    .findFirst()
                    .orElseThrow());
  }

  private String statusInSnapshot(String groupName) throws Exception {
    for (JsonNode r : MAPPER.readTree(snapshot()).path("resources")) {
      if (r.path("arn").asText().equals(GROUP_ARN + groupName)) {
        return r.path("resource").path("status").asText();
      }
    }
    throw new AssertionError("no " + groupName + " in the snapshot");
  }

  @Test
  void control_snapshot_lists_every_resource_with_its_describe_shape() throws Exception {
    serve();
    assertThat(MAPPER.readTree(snapshot()).path("resources")).isEmpty();
    createGroup("a");
    createGroup("b");
    JsonNode resources = MAPPER.readTree(snapshot()).path("resources");
    assertThat(resources).hasSize(2);
    Map<String, JsonNode> byArn = new LinkedHashMap<>();
    resources.forEach(r -> byArn.put(r.path("arn").asText(), r));
    assertThat(byArn).containsOnlyKeys(GROUP_ARN + "a", GROUP_ARN + "b");
    JsonNode a = byArn.get(GROUP_ARN + "a");
    assertThat(a.path("type").asText()).isEqualTo("DATASET_GROUP");
    assertThat(a.path("scope").asText()).contains("123456789012").contains("us-east-1");
    assertThat(a.path("resource").path("name").asText()).isEqualTo("a");
    assertThat(a.path("resource").path("datasetGroupArn").asText()).isEqualTo(GROUP_ARN + "a");
    assertThat(a.path("resource").path("creationDateTime").decimalValue())
        .isEqualByComparingTo("1611316800.25");
  }

  @Test
  void control_reset_drops_all_state_and_keeps_the_configuration() throws Exception {
    serve();
    createGroup("a");
    clock.advance(Duration.ofSeconds(5));
    HttpResponse<String> reset = send(post("/_fake/reset", ""));
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(snapshot()).path("resources")).isEmpty();
    assertThat(json(call("ListDatasetGroups", "{}")).path("datasetGroups")).isEmpty();
    assertThat(json(get("/_fake/clock")).path("now").decimalValue())
        .isEqualByComparingTo("1611316805.25");
    // the name can be used again
    assertThat(createGroup("a")).isEqualTo(GROUP_ARN + "a");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /_fake/nothing",
        "POST /_fake/clock",
        "GET /_fake/settle",
        "GET /_fake/reset",
        "POST /_fake/snapshot",
        "DELETE /_fake/clock"
      })
  void unknown_control_routes_are_404(String methodAndPath) throws Exception {
    serve();
    String[] parts = methodAndPath.split(" ", 2);
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(endpoint.resolve(parts[1]))
                .method(
                    parts[0],
                    parts[0].equals("POST")
                        ? BodyPublishers.ofString("{}")
                        : BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).path("message").asText()).isNotBlank();
    assertThat(clock.instant()).isEqualTo(T0);
  }

  // ---------------------------------------------------------------- connections and concurrency

  @Test
  void two_hundred_sequential_requests_share_one_client() throws Exception {
    serve();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r =
          i % 4 == 0
              ? call("CreateDatasetGroup", "{\"name\":\"seq-" + i + "\"}")
              : call("ListRecipes", "{\"maxResults\":2}");
      assertThat(r.statusCode()).as("request %d: %s", i, r.body()).isEqualTo(200);
      assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      ids.add(r.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }
    assertThat(ids).hasSize(200);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(50);
  }

  @Test
  void the_server_turns_off_nagle_so_keep_alive_responses_do_not_wait_for_delayed_acks() {
    // with Nagle's algorithm on, a response could wait ~40 ms for the client's delayed ACK
    clock = FakeClock.frozenAt(T0);
    fake = PersonalizeFake.builder().clock(clock).build();
    toClose.add(fake);
    PersonalizeFakeServer server = PersonalizeFakeServer.start(fake, 0);
    toClose.add(server);
    assertThat(server.tcpNoDelay()).isTrue();
  }

  @Test
  void one_connection_carries_many_requests_including_errors() throws Exception {
    serve();
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (int i = 0; i < 50; i++) {
        String body = i % 5 == 4 ? "{broken" : "{\"name\":\"conn-" + i + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(
            ("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AmazonPersonalize.CreateDatasetGroup\r\n"
                    + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(bytes);
        out.write(request.toByteArray());
        out.flush();
        RawResponse r = RawResponse.read(in);
        assertThat(r.status).as("request %d", i).isEqualTo(i % 5 == 4 ? 400 : 200);
        assertThat(r.header("Connection")).as("request %d", i).isNotEqualToIgnoringCase("close");
      }
    }
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(40);
  }

  @Test
  void eight_threads_creating_a_hundred_groups_each_all_succeed_and_are_all_listed()
      throws Exception {
    serve(b -> b.quota(Quotas.Quota.DATASET_GROUPS, 1000)); // the default quota is 500
    int threads = 8;
    int each = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    toClose.add(pool::shutdownNow);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  statuses.add(
                      call(
                              "CreateDatasetGroup",
                              String.format(Locale.ROOT, "{\"name\":\"t%d-g%03d\"}", thread, i))
                          .statusCode());
                }
                return statuses;
              }));
    }
    start.countDown();
    for (Future<List<Integer>> f : results) {
      assertThat(f.get(120, TimeUnit.SECONDS)).hasSize(each).containsOnly(200);
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    Set<String> listed = new HashSet<>();
    String token = null;
    int pages = 0;
    do {
      String body =
          token == null
              ? "{\"maxResults\":100}"
              : "{\"maxResults\":100,\"nextToken\":\"" + token + "\"}";
      JsonNode page = json(call("ListDatasetGroups", body));
      page.path("datasetGroups")
          .forEach(g -> assertThat(listed.add(g.path("name").asText())).isTrue());
      token = page.has("nextToken") ? page.path("nextToken").asText() : null;
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(8);
    assertThat(listed).hasSize(threads * each);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < each; i++) {
        assertThat(listed).contains(String.format(Locale.ROOT, "t%d-g%03d", t, i));
      }
    }
  }

  // ---------------------------------------------------------------- raw HTTP/1.1 reading

  /** One HTTP/1.1 response read from a socket: status line, headers, a Content-Length body. */
  static final class RawResponse {
    final int status;
    final Map<String, String> headers;
    final byte[] body;

    private RawResponse(int status, Map<String, String> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    static RawResponse read(InputStream in) throws IOException {
      String statusLine = line(in);
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        headers.put(
            h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      byte[] body = in.readNBytes(length);
      if (body.length != length) {
        throw new IOException(
            "connection closed after " + body.length + " of " + length + " body bytes");
      }
      return new RawResponse(status, headers, body);
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (c != '\r') {
          buf.write(c);
        }
      }
      if (c == -1 && buf.size() == 0) {
        throw new IOException("connection closed");
      }
      return buf.toString(StandardCharsets.US_ASCII);
    }
  }
}
