package io.personalizefake.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.ControlHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link PersonalizeFake} over HTTP/1.1 with keep-alive: the AWS JSON 1.1 protocol at
 * {@code POST /} and the fake's control endpoint under {@code /_fake/}. Bound to 127.0.0.1 unless
 * told otherwise; the control endpoint answers only clients on a loopback address unless {@link
 * Builder#allowRemoteControl} says so.
 *
 * <pre>{@code
 * try (PersonalizeFakeServer server = PersonalizeFakeServer.start(fake, 0)) {
 *   URI endpoint = server.endpoint(); // http://127.0.0.1:<free port>
 * }
 * }</pre>
 */
public final class PersonalizeFakeServer implements AutoCloseable {

  static {
    // without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every keep-alive request waits about 40 ms
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final ExecutorService executor;
  private final AwsJsonHandler protocol;
  private final ControlHandler control;
  private final boolean allowRemoteControl;
  private final URI endpoint;

  private PersonalizeFakeServer(Builder b) throws IOException {
    this.protocol = new AwsJsonHandler(b.fake);
    this.control = new ControlHandler(b.fake);
    InetAddress address = InetAddress.getByName(b.host);
    this.allowRemoteControl = b.allowRemoteControl;
    this.http = HttpServer.create(new InetSocketAddress(address, b.port), 256);
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            b.threads,
            r -> {
              Thread t = new Thread(r, "personalize-fake-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(executor);
    http.createContext("/", this::exchange);
    http.start();
    String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    this.endpoint = URI.create("http://" + host + ":" + http.getAddress().getPort());
  }

  /** Starts a server for {@code fake} on 127.0.0.1; port 0 picks a free port. */
  public static PersonalizeFakeServer start(PersonalizeFake fake, int port) {
    return builder(fake).port(port).start();
  }

  public static Builder builder(PersonalizeFake fake) {
    return new Builder(fake);
  }

  /** Where clients send requests, e.g. {@code http://127.0.0.1:4566}. */
  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Stops accepting requests, lets those in flight finish briefly, and stops the threads. */
  @Override
  public void close() {
    http.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body;
      long declared = contentLength(ex);
      if (declared > AwsJsonHandler.MAX_BODY_BYTES) {
        // refuse without reading a body that is too large; the connection is closed afterwards
        body = new byte[AwsJsonHandler.MAX_BODY_BYTES + 1];
        ex.getResponseHeaders().set("Connection", "close");
      } else {
        body = readAtMost(ex.getRequestBody(), AwsJsonHandler.MAX_BODY_BYTES + 1);
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
      String path = ex.getRequestURI().getRawPath();
      WireRequest request = new WireRequest(ex.getRequestMethod(), path, headers, body);
      WireResponse response;
      if (ControlHandler.handles(path)) {
        boolean local = ex.getRemoteAddress().getAddress().isLoopbackAddress();
        response = local || allowRemoteControl ? control.handle(request) : forbidden();
      } else {
        response = protocol.handle(request);
      }
      response.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      byte[] out = response.body();
      ex.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
    }
  }

  private static WireResponse forbidden() {
    return new WireResponse(
        403,
        Map.of("Content-Type", "application/json"),
        "{\"message\":\"The control endpoint is not reachable from this address.\"}".getBytes(StandardCharsets.UTF_8));
  }

  private static long contentLength(HttpExchange ex) {
    List<String> v = ex.getRequestHeaders().get("Content-Length");
    if (v == null || v.isEmpty()) {
      return -1;
    }
    try {
      return Long.parseLong(v.get(0).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit) {
      // drain what is left so the connection can be reused, without keeping it
      in.transferTo(OutputStream.nullOutputStream());
    }
    return bytes;
  }

  /** Configures a server. */
  public static final class Builder {
    private final PersonalizeFake fake;
    private String host = "127.0.0.1";
    private int port = 0;
    private int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
    private boolean allowRemoteControl;

    private Builder(PersonalizeFake fake) {
      this.fake = Objects.requireNonNull(fake, "fake");
    }

    /** The address to listen on; default 127.0.0.1. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /** How many requests are served at once; default four per core, at least 8. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Lets clients on other hosts use the control endpoint when the server is not on loopback. */
    public Builder allowRemoteControl(boolean allow) {
      this.allowRemoteControl = allow;
      return this;
    }

    public PersonalizeFakeServer start() {
      try {
        return new PersonalizeFakeServer(this);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot listen on " + host + ":" + port, e);
      }
    }
  }
}
