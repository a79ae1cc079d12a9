package io.personalizefake.server;

import io.personalizefake.PersonalizeFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A fake of the server tests, served on a free port of 127.0.0.1, with an HTTP/1.1 client for its
 * AWS JSON 1.1 calls. Closing it stops the server, then the fake.
 */
final class ServedFake implements AutoCloseable {

  static final String JSON_1_1 = "application/x-amz-json-1.1";

  final PersonalizeFake fake;
  final PersonalizeFakeServer server;
  final URI endpoint;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ServedFake(PersonalizeFake fake) {
    this.fake = fake;
    this.server = PersonalizeFakeServer.start(fake, 0);
    this.endpoint = server.endpoint();
  }

  static ServedFake start(PersonalizeFake.Builder builder) {
    return new ServedFake(builder.build());
  }

  /**
   * {@code AmazonPersonalize.<operation>} with {@code body}, and any further headers as name, value
   * pairs.
   */
  HttpResponse<String> call(String operation, String body, String... headers) throws Exception {
    HttpRequest.Builder r =
        post("/", body)
            .header("X-Amz-Target", "AmazonPersonalize." + operation)
            .header("Content-Type", JSON_1_1);
    if (headers.length > 0) {
      r.headers(headers);
    }
    return send(r);
  }

  HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(endpoint.resolve(path)).POST(BodyPublishers.ofString(body));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
    fake.close();
  }
}
