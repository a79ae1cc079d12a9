package io.personalizefake.sdk;

import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that hands the SDK's real HTTP request to the fake's protocol handler
 * instead of a socket, so the SDK's own marshalling and error parsing run (and its signing, when
 * the client has credentials other than {@link FakePersonalizeClients#credentials()}).
 */
public final class InProcessHttpClient implements SdkHttpClient {

  private final AwsJsonHandler handler;

  public InProcessHttpClient(AwsJsonHandler handler) {
    this.handler = handler;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        byte[] body =
            request
                .contentStreamProvider()
                .map(
                    p -> {
                      try (InputStream in = p.newStream()) {
                        return in.readAllBytes();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .orElse(new byte[0]);
        WireResponse response = handler.handle(toWire(request.httpRequest(), body));
        return HttpExecuteResponse.builder()
            .response(toSdk(response))
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
            .build();
      }

      @Override
      public void abort() {
        // the call runs to its end in the caller's thread; there is nothing to abort
      }
    };
  }

  static WireRequest toWire(SdkHttpRequest r, byte[] body) {
    Map<String, String> headers = WireRequest.headerMap();
    r.forEachHeader((name, values) -> headers.put(name, values.size() == 1 ? values.get(0) : String.join(",", values)));
    String path = r.encodedPath().isEmpty() ? "/" : r.encodedPath();
    return new WireRequest(r.method().name(), path, headers, body);
  }

  static SdkHttpFullResponse toSdk(WireResponse response) {
    SdkHttpFullResponse.Builder b = SdkHttpResponse.builder().statusCode(response.status());
    response.headers().forEach(b::putHeader);
    b.putHeader("Content-Length", Integer.toString(response.body().length));
    return b.build();
  }

  @Override
  public String clientName() {
    return "personalize-fake-in-process";
  }

  @Override
  public void close() {
    // nothing to release: no sockets, no threads
  }
}
