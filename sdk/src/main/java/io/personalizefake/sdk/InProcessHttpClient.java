package io.personalizefake.sdk;

import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
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

  private static final byte[] EMPTY = new byte[0];

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
            request.contentStreamProvider().map(p -> read(p, request.httpRequest())).orElse(EMPTY);
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

  /**
   * The body, read into an array of its declared length when the request has one (the SDK always
   * declares it), so that no buffer is grown and copied.
   */
  private static byte[] read(ContentStreamProvider provider, SdkHttpRequest r) {
    try (InputStream in = provider.newStream()) {
      Optional<String> declared = r.firstMatchingHeader("Content-Length");
      if (declared.isPresent()) {
        int length = Integer.parseInt(declared.get().trim());
        byte[] body = in.readNBytes(length);
        if (body.length == length && in.read() < 0) {
          return body;
        }
        throw new IllegalStateException(
            "The request body does not have the " + length + " bytes its Content-Length declares.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SDK's request as the protocol handler takes it. Headers are looked up in the SDK's request,
   * not copied; the region header, when the request has none, is the region that the host of an
   * in-process endpoint names.
   */
  static WireRequest toWire(SdkHttpRequest r, byte[] body) {
    String path = r.encodedPath().isEmpty() ? "/" : r.encodedPath();
    String hostRegion = FakePersonalizeClients.regionOfHost(r.host());
    return new WireRequest(
        r.method().name(),
        path,
        name -> {
          String value = header(r, name);
          return value == null
                  && hostRegion != null
                  && AwsJsonHandler.REGION_HEADER.equalsIgnoreCase(name)
              ? hostRegion
              : value;
        },
        body);
  }

  private static @Nullable String header(SdkHttpRequest r, String name) {
    List<String> values = r.matchingHeaders(name);
    return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : String.join(",", values);
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
