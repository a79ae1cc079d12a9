package io.personalizefake.bench;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.server.PersonalizeFakeServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for the HTTP server: {@code N} client threads, each with its own keep-alive
 * connection, send requests for a fixed time; it prints requests per second and latency
 * percentiles. In the same run it measures two servers that answer {@code {}} to everything ({@link
 * BareHttpServer}): a bare Netty server built like the fake's, the baseline of what HTTP itself
 * costs here, and the JDK's HTTP server the fake used before.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.personalizefake.bench.HttpLoad [--endpoint URL]
 *      [--seconds 10] [--threads 1,4]
 * </pre>
 *
 * Without {@code --endpoint} it starts a fake server in this JVM (the load then shares the two
 * cores with the server, as it does with a server in another process on the same machine).
 */
public final class HttpLoad {

  private HttpLoad() {}

  record Result(
      String name, int threads, long requests, double seconds, long[] nanos, long errors) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMicros(double p) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(nanos.length - 1, Math.ceil(p / 100.0 * nanos.length) - 1);
      return nanos[Math.max(0, i)] / 1000.0;
    }
  }

  public static void main(String[] args) throws Exception {
    String endpoint = null;
    int seconds = 10;
    int[] threads = {1, 4};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--endpoint" -> endpoint = args[++i];
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--threads" ->
            threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PersonalizeFakeServer own = null;
    if (endpoint == null) {
      own =
          PersonalizeFakeServer.start(
              PersonalizeFake.builder().clock(FakeClock.following()).build(), 0);
      endpoint = own.endpoint().toString();
    }
    URI bareNetty = URI.create("http://127.0.0.1:" + BareHttpServer.netty(0) + "/");
    URI bareJdk = URI.create("http://127.0.0.1:" + BareHttpServer.jdk(0, false) + "/");
    URI fakeUri = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");

    String group = "load-" + Long.toHexString(System.nanoTime());
    send(HttpClient.newHttpClient(), fakeUri, "CreateDatasetGroup", "{\"name\":\"" + group + "\"}");
    String describe =
        "{\"datasetGroupArn\":\"arn:aws:personalize:us-east-1:123456789012:dataset-group/"
            + group
            + "\"}";

    List<Result> results = new ArrayList<>();
    for (int t : threads) {
      results.add(
          run(
              "baseline: bare Netty server",
              bareNetty,
              t,
              seconds,
              n -> "DescribeDatasetGroup",
              n -> describe));
      results.add(
          run(
              "bare JDK HttpServer",
              bareJdk,
              t,
              seconds,
              n -> "DescribeDatasetGroup",
              n -> describe));
      results.add(
          run(
              "DescribeDatasetGroup",
              fakeUri,
              t,
              seconds,
              n -> "DescribeDatasetGroup",
              n -> describe));
      results.add(
          run(
              "CreateDatasetGroup",
              fakeUri,
              t,
              seconds,
              n -> "CreateDatasetGroup",
              n -> "{\"name\":\"" + group + "-" + n + "\"}"));
    }
    System.out.println();
    System.out.println(
        "| operation | client threads | requests/s | p50 us | p90 us | p99 us | errors | p50 / baseline p50 |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Result r : results) {
      Result base =
          results.stream()
              .filter(b -> b.threads == r.threads && b.name.startsWith("baseline"))
              .findFirst()
              .orElseThrow();
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %.2f |%n",
          r.name,
          r.threads,
          r.perSecond(),
          r.percentileMicros(50),
          r.percentileMicros(90),
          r.percentileMicros(99),
          r.errors,
          r.percentileMicros(50) / base.percentileMicros(50));
    }
    if (own != null) {
      own.close();
    }
    System.exit(0);
  }

  interface Body {
    String of(long n);
  }

  private static Result run(String name, URI uri, int threads, int seconds, Body target, Body body)
      throws Exception {
    // warm up for a third of the time, then measure
    measure(uri, threads, Math.max(1, seconds / 3), target, body);
    Result r = measure(uri, threads, seconds, target, body);
    System.out.printf(
        Locale.ROOT,
        "%s, %d threads: %.0f req/s, p50 %.1f us%n",
        name,
        threads,
        r.perSecond(),
        r.percentileMicros(50));
    return new Result(name, threads, r.requests, r.seconds, r.nanos, r.errors);
  }

  private static final AtomicLong SEQ = new AtomicLong();

  private static Result measure(URI uri, int threads, int seconds, Body target, Body body)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<long[]> samples = new ArrayList<>();
    long[] counts = new long[threads];
    long[] errors = new long[threads];
    CountDownLatch done = new CountDownLatch(threads);
    var pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[4_000_000];
      samples.add(mine);
      int index = t;
      pool.execute(
          () -> {
            HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            int n = 0;
            try {
              while (System.nanoTime() < end && n < mine.length) {
                long s = System.nanoTime();
                int status =
                    send(client, uri, target.of(SEQ.get()), body.of(SEQ.incrementAndGet()));
                mine[n++] = System.nanoTime() - s;
                if (status != 200) {
                  errors[index]++;
                }
              }
            } catch (Exception e) {
              errors[index]++;
            } finally {
              counts[index] = n;
              done.countDown();
            }
          });
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int k = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(samples.get(t), 0, all, k, (int) counts[t]);
      k += (int) counts[t];
    }
    Arrays.sort(all);
    return new Result("", threads, total, elapsed, all, Arrays.stream(errors).sum());
  }

  private static int send(HttpClient client, URI uri, String operation, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "AmazonPersonalize." + operation)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
