package io.personalizefake.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The baseline of the HTTP load script: the same JDK HTTP server, socket options and thread pool
 * as the fake's server, answering {@code {}} to every request without doing anything.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.personalizefake.bench.BareHttpServer PORT}
 */
public final class BareHttpServer {

  private BareHttpServer() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = Integer.parseInt(args[0]);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    if (args.length < 2 || !args[1].equals("--on-dispatcher")) {
      server.setExecutor(Executors.newFixedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4)));
    }
    byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            ex.sendResponseHeaders(200, reply.length);
            try (OutputStream os = ex.getResponseBody()) {
              os.write(reply);
            }
          }
        });
    server.start();
    System.out.println("bare server listening on http://127.0.0.1:" + server.getAddress().getPort());
  }
}
