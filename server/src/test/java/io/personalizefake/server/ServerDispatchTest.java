package io.personalizefake.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.storage.mapdb.MapDbStorage;
import io.personalizefake.wire.AwsJsonHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the server runs a call (on the event loop for the in-memory store, on a worker thread for
 * MapDB), replies in request order on a connection, and the {@code x-personalize-fake-region}
 * header.
 */
class ServerDispatchTest {

  static final String JSON_1_1 = ServedFake.JSON_1_1;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private ServedFake served;
  private PersonalizeFake fake;
  private URI endpoint;

  @AfterEach
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  private void serve(String store) {
    PersonalizeFake.Builder b =
        PersonalizeFake.builder().clock(FakeClock.frozenAt(Instant.parse("2021-01-22T12:00:00Z")));
    if (store.equals("mapdb")) {
      b.storage(MapDbStorage.open(dir.resolve("data")));
    }
    served = ServedFake.start(b);
    fake = served.fake;
    endpoint = served.endpoint;
  }

  private HttpResponse<String> call(String operation, String body, String... headers)
      throws Exception {
    return served.call(operation, body, headers);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "mapdb"})
  void pipelined_requests_on_one_connection_are_answered_in_order(String store) throws Exception {
    serve(store);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    int n = 30;
    for (int i = 0; i < n; i++) {
      // creates, lists and control requests mixed, all sent before any reply is read
      String request =
          switch (i % 3) {
            case 0 -> post("/", "CreateDatasetGroup", "{\"name\":\"p-" + i + "\"}");
            case 1 -> post("/", "ListDatasetGroups", "{}");
            default -> "GET /_fake/snapshot HTTP/1.1\r\nHost: localhost\r\n\r\n";
          };
      all.writeBytes(request.getBytes(StandardCharsets.UTF_8));
    }
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(all.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      for (int i = 0; i < n; i++) {
        WireProtocolTest.RawResponse r = WireProtocolTest.RawResponse.read(in);
        assertThat(r.status).as("reply %d", i).isEqualTo(200);
        JsonNode body = MAPPER.readTree(r.body);
        switch (i % 3) {
          case 0 ->
              assertThat(body.path("datasetGroupArn").asText())
                  .as("reply %d", i)
                  .endsWith("/p-" + i);
          // each list sees exactly the groups created before it on this connection
          case 1 -> assertThat(body.path("datasetGroups")).as("reply %d", i).hasSize(i / 3 + 1);
          default -> assertThat(body.isObject()).isTrue();
        }
      }
    }
  }

  private static String post(String path, String operation, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: AmazonPersonalize."
        + operation
        + "\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: "
        + bytes.length
        + "\r\n\r\n"
        + body;
  }

  @Test
  void a_server_on_mapdb_serves_calls_from_many_connections() throws Exception {
    serve("mapdb");
    List<Thread> threads = new ArrayList<>();
    List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int thread = t;
      Thread worker =
          new Thread(
              () -> {
                HttpClient own =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 10; i++) {
                  try {
                    HttpRequest r =
                        HttpRequest.newBuilder(endpoint.resolve("/"))
                            .POST(
                                BodyPublishers.ofString("{\"name\":\"t" + thread + "-" + i + "\"}"))
                            .header("X-Amz-Target", "AmazonPersonalize.CreateDatasetGroup")
                            .header("Content-Type", JSON_1_1)
                            .build();
                    statuses.add(own.send(r, BodyHandlers.discarding()).statusCode());
                  } catch (Exception e) {
                    statuses.add(-1);
                  }
                }
              });
      worker.start();
      threads.add(worker);
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    assertThat(statuses).hasSize(40).containsOnly(200);
    assertThat(fake.service().listDatasetGroups(b -> b.maxResults(100)).datasetGroups())
        .hasSize(40);
  }

  // ---------------------------------------------------------------- x-personalize-fake-region

  @Test
  void the_region_header_selects_the_region() throws Exception {
    serve("memory");
    HttpResponse<String> r =
        call("CreateDatasetGroup", "{\"name\":\"g\"}", AwsJsonHandler.REGION_HEADER, "eu-west-1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(MAPPER.readTree(r.body()).path("datasetGroupArn").asText())
        .isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-group/g");
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @Test
  void the_region_header_wins_over_the_signature_region() throws Exception {
    serve("memory");
    HttpResponse<String> r =
        call(
            "CreateDatasetGroup",
            "{\"name\":\"g\"}",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20210122/eu-west-1/personalize/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef",
            "X-Personalize-Fake-Region",
            "ap-southeast-2");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(MAPPER.readTree(r.body()).path("datasetGroupArn").asText())
        .isEqualTo("arn:aws:personalize:ap-southeast-2:123456789012:dataset-group/g");
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"EU-WEST-1", "eu_west_1", "mars", "us-east-1a", "../us-east-1"})
  void a_region_header_that_names_no_region_is_refused(String value) throws Exception {
    serve("memory");
    HttpResponse<String> r =
        call("CreateDatasetGroup", "{\"name\":\"g\"}", AwsJsonHandler.REGION_HEADER, value);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidInputException");
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(body.path("__type").asText()).isEqualTo("InvalidInputException");
    assertThat(body.path("message").asText()).contains(AwsJsonHandler.REGION_HEADER);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }
}
