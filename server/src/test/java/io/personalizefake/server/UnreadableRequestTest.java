package io.personalizefake.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.json.Json;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request the server cannot read as HTTP/1.1 gets an error of the same AWS JSON shape as every
 * other (the {@code __type} and {@code message} body, {@code x-amzn-ErrorType} and {@code
 * x-amzn-RequestId}), so an SDK reports it with its code. Sent as a new user would, over a raw
 * socket.
 */
class UnreadableRequestTest {

  private static final String TARGET =
      "X-Amz-Target: AmazonPersonalize.ListRecipes\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\n";

  private ServedFake served;

  @BeforeEach
  void serve() {
    served = ServedFake.start(PersonalizeFake.builder().clock(FakeClock.frozen()));
  }

  @AfterEach
  void stop() {
    served.close();
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of(
            "a 64 KiB header",
            "POST / HTTP/1.1\r\nHost: localhost\r\n"
                + TARGET
                + "X-Big: "
                + "a".repeat(64 * 1024)
                + "\r\nContent-Length: 2\r\n\r\n{}"),
        Arguments.of(
            "a URI over 16 KiB",
            "POST /"
                + "u".repeat(17 * 1024)
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + TARGET
                + "Content-Length: 2\r\n\r\n{}"),
        Arguments.of(
            "both chunked encoding and a Content-Length",
            "POST / HTTP/1.1\r\nHost: localhost\r\n"
                + TARGET
                + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"),
        Arguments.of(
            "a negative Content-Length",
            "POST / HTTP/1.1\r\nHost: localhost\r\n" + TARGET + "Content-Length: -5\r\n\r\n{}"),
        Arguments.of(
            "a Content-Length that is not a number",
            "POST / HTTP/1.1\r\nHost: localhost\r\n" + TARGET + "Content-Length: two\r\n\r\n{}"),
        Arguments.of(
            "a chunk size that is not a number",
            "POST / HTTP/1.1\r\nHost: localhost\r\n"
                + TARGET
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
        Arguments.of("a garbage request line", "HELLO THERE\r\n\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void an_unreadable_request_gets_an_aws_shaped_error(String what, String request)
      throws Exception {
    try (Socket socket = new Socket(served.endpoint.getHost(), served.endpoint.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      WireProtocolTest.RawResponse r = WireProtocolTest.RawResponse.read(in);

      assertThat(r.status).as(what).isEqualTo(400);
      JsonNode body = Json.mapper().readTree(r.body);
      assertThat(body.path("__type").asText()).as(what).isEqualTo("SerializationException");
      assertThat(body.path("message").asText()).as(what).isNotEmpty();
      assertThat(r.header("x-amzn-ErrorType")).as(what).isEqualTo("SerializationException");
      assertThat(r.header("x-amzn-RequestId")).as(what).matches("[0-9a-f-]{36}");
      assertThat(r.header("Content-Type")).as(what).startsWith("application/x-amz-json-1.1");
      assertThat(r.header("Connection")).as(what).isEqualToIgnoringCase("close");
    }
    // the server still answers a well-formed call afterwards
    assertThat(served.call("ListRecipes", "{}").statusCode()).isEqualTo(200);
  }
}
