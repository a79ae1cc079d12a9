package io.personalizefake.controls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.json.Json;
import io.personalizefake.wire.AdminRoutes;
import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test controls of the control endpoint, as a client in another language uses them. */
class ControlEndpointTest {

  private final Stack s = new Stack(b -> b.timings(Timings.realistic()));
  private final AdminRoutes control = new AdminRoutes(s.fake);
  private final AwsJsonHandler aws = new AwsJsonHandler(s.fake);

  private WireResponse control(String method, String path, String body) {
    return control.handle(
        new WireRequest(method, path, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
  }

  private JsonNode json(WireResponse r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private WireResponse aws(String operation, String body) {
    return aws.handle(
        new WireRequest(
            "POST",
            "/",
            Map.of(
                "Content-Type",
                "application/x-amz-json-1.1",
                "X-Amz-Target",
                "AmazonPersonalize." + operation),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void an_operation_error_added_over_the_endpoint_reaches_the_wire() throws Exception {
    WireResponse added =
        control(
            "POST",
            "/_fake/faults",
            "{\"operation\":\"CreateDatasetGroup\",\"errorCode\":\"LimitExceededException\",\"times\":1}");
    assertThat(added.status()).isEqualTo(200);
    assertThat(json(added).path("kind").asText()).isEqualTo("OPERATION_ERROR");
    WireResponse refused = aws("CreateDatasetGroup", "{\"name\":\"shop\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(json(refused).path("__type").asText()).isEqualTo("LimitExceededException");
    assertThat(aws("CreateDatasetGroup", "{\"name\":\"shop\"}").status()).isEqualTo(200);
  }

  @Test
  void a_throttling_rule_on_every_nth_call_and_a_server_error_status() throws Exception {
    control(
        "POST",
        "/_fake/faults",
        "{\"operation\":\"ListRecipes\",\"errorCode\":\"ThrottlingException\",\"everyNthCall\":2}");
    assertThat(aws("ListRecipes", "{}").status()).isEqualTo(200);
    WireResponse throttled = aws("ListRecipes", "{}");
    assertThat(throttled.status()).isEqualTo(400);
    assertThat(json(throttled).path("__type").asText()).isEqualTo("ThrottlingException");
    control("DELETE", "/_fake/faults", "");
    control(
        "POST",
        "/_fake/faults",
        "{\"operation\":\"ListRecipes\",\"errorCode\":\"InternalFailure\",\"always\":true}");
    assertThat(aws("ListRecipes", "{}").status()).isEqualTo(500);
  }

  @Test
  void rules_are_listed_and_removed_by_id() throws Exception {
    control(
        "POST",
        "/_fake/faults",
        "{\"resourceType\":\"SOLUTION_VERSION\",\"failureReason\":\"No data\",\"times\":2}");
    JsonNode rules = json(control("GET", "/_fake/faults", "")).path("rules");
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).path("remaining").asLong()).isEqualTo(2);
    String id = rules.get(0).path("id").asText();
    assertThat(
            control("DELETE", "/_fake/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8), "")
                .status())
        .isEqualTo(200);
    assertThat(json(control("GET", "/_fake/faults", "")).path("rules")).isEmpty();
    assertThat(
            control("DELETE", "/_fake/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8), "")
                .status())
        .isEqualTo(404);
  }

  @Test
  void a_create_failure_for_one_arn_and_await_active_report_it() throws Exception {
    String arn = "arn:aws:personalize:us-east-1:123456789012:dataset-group/shop";
    control(
        "POST",
        "/_fake/faults",
        "{\"arn\":\"" + arn + "\",\"failureReason\":\"Injected over HTTP\"}");
    aws("CreateDatasetGroup", "{\"name\":\"shop\"}");
    WireResponse waited = control("POST", "/_fake/await-active", "{\"arn\":\"" + arn + "\"}");
    assertThat(waited.status()).isEqualTo(409);
    assertThat(json(waited).path("message").asText())
        .contains("CREATE FAILED")
        .contains("Injected over HTTP");
  }

  @Test
  void await_active_and_settle_all_move_the_clock() throws Exception {
    String group = s.group("shop");
    WireResponse waited = control("POST", "/_fake/await-active", "{\"arn\":\"" + group + "\"}");
    assertThat(waited.status()).isEqualTo(200);
    assertThat(json(waited).path("now").decimalValue().longValue())
        .isEqualTo(Stack.START.plusSeconds(20).getEpochSecond());
    s.group("books");
    assertThat(control("POST", "/_fake/settle-all", "").status()).isEqualTo(200);
    assertThat(s.clock.peek()).isEqualTo(Stack.START.plusSeconds(40));
  }

  @Test
  void quotas_are_read_and_changed() throws Exception {
    assertThat(json(control("GET", "/_fake/quotas", "")).path("campaigns").asLong()).isEqualTo(5);
    WireResponse changed =
        control("POST", "/_fake/quotas", "{\"campaigns\":50,\"datasetGroups\":1}");
    assertThat(json(changed).path("campaigns").asLong()).isEqualTo(50);
    assertThat(s.fake.quotas().get(Quota.CAMPAIGNS)).isEqualTo(50);
    s.group("one");
    WireResponse refused = aws("CreateDatasetGroup", "{\"name\":\"two\"}");
    assertThat(json(refused).path("__type").asText()).isEqualTo("LimitExceededException");
    assertThat(control("POST", "/_fake/quotas", "{\"widgets\":1}").status()).isEqualTo(400);
    assertThat(control("POST", "/_fake/quotas", "{\"campaigns\":-1}").status()).isEqualTo(400);
    assertThat(s.fake.quotas().get(Quota.CAMPAIGNS)).isEqualTo(50);
  }

  @Test
  void the_journal_is_read_and_cleared() throws Exception {
    aws("CreateDatasetGroup", "{\"name\":\"shop\"}");
    aws(
        "DescribeDatasetGroup",
        "{\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/none\"}");
    JsonNode calls = json(control("GET", "/_fake/journal", "")).path("calls");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).path("operation").asText()).isEqualTo("CreateDatasetGroup");
    assertThat(calls.get(0).path("request").path("name").asText()).isEqualTo("shop");
    assertThat(calls.get(1).path("errorCode").asText()).isEqualTo("ResourceNotFoundException");
    control("DELETE", "/_fake/journal", "");
    assertThat(json(control("GET", "/_fake/journal", "")).path("calls")).isEmpty();
  }

  @Test
  void malformed_fault_requests_are_refused_and_add_nothing() throws Exception {
    assertThat(
            control("POST", "/_fake/faults", "{\"operation\":\"CreateWidget\",\"errorCode\":\"X\"}")
                .status())
        .isEqualTo(400);
    assertThat(control("POST", "/_fake/faults", "{\"operation\":\"ListRecipes\"}").status())
        .isEqualTo(400);
    assertThat(
            control(
                    "POST",
                    "/_fake/faults",
                    "{\"resourceType\":\"WIDGET\",\"failureReason\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(control("POST", "/_fake/faults", "{}").status()).isEqualTo(400);
    assertThat(control("POST", "/_fake/faults", "not json").status()).isEqualTo(400);
    assertThat(json(control("GET", "/_fake/faults", "")).path("rules")).isEmpty();
  }
}
