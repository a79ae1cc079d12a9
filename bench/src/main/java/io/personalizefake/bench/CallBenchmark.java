package io.personalizefake.bench;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.model.DescribeDatasetGroupRequest;
import io.personalizefake.model.DescribeDatasetGroupResponse;
import io.personalizefake.sdk.FakePersonalizeClients;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

/**
 * The cost of one Describe call: a {@code ConcurrentHashMap.get} (the baseline), the bare {@link
 * PersonalizeService}, the JSON 1.1 protocol handler alone, the real SDK client in process as
 * {@link FakePersonalizeClients#sync} makes it (marshalling, unsigned request naming its region,
 * protocol handler, parsing), and the same client given other credentials, so that it signs with
 * SigV4, all in the same run.
 *
 * <p>JMH runs one benchmark after the other; on a machine shared with other work the load can
 * change between them. {@code java -cp bench/target/benchmarks.jar
 * io.personalizefake.bench.CallBenchmark [rounds]} measures the same calls interleaved instead:
 * each round times 20,000 calls of each kind in turn, and it prints the median of the rounds'
 * medians and of their ratios to the bare service, and the CPU time the calling thread used per
 * call (which leaves out the time the machine spent elsewhere: other processes, a hypervisor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallBenchmark {

  private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
  private PersonalizeFake fake;
  private PersonalizeService service;
  private PersonalizeClient sdk;
  private PersonalizeClient sdkSigned;
  private PersonalizeClient sdkCanned;
  private String arn;
  private DescribeDatasetGroupRequest request;
  private software.amazon.awssdk.services.personalize.model.DescribeDatasetGroupRequest sdkRequest;
  private AwsJsonHandler handler;
  private WireRequest wireRequest;

  @Setup
  public void setUp() {
    fake =
        PersonalizeFake.builder()
            .clock(FakeClock.frozen())
            .seed(1)
            .quota(Quotas.Quota.DATASET_GROUPS, 1_000_000)
            .build();
    service = fake.service();
    sdk = FakePersonalizeClients.sync(fake);
    sdkSigned =
        FakePersonalizeClients.syncBuilder(fake)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .build();
    for (int i = 0; i < 1000; i++) {
      String a =
          service
              .createDatasetGroup(b -> b.name("group-" + Integer.toString(map.size())))
              .datasetGroupArn();
      map.put(a, a);
    }
    arn = service.createDatasetGroup(b -> b.name("target")).datasetGroupArn();
    map.put(arn, arn);
    request = DescribeDatasetGroupRequest.builder().datasetGroupArn(arn).build();
    sdkRequest =
        software.amazon.awssdk.services.personalize.model.DescribeDatasetGroupRequest.builder()
            .datasetGroupArn(arn)
            .build();
    handler = new AwsJsonHandler(fake);
    wireRequest =
        new WireRequest(
            "POST",
            "/",
            Map.of(
                "X-Amz-Target",
                "AmazonPersonalize.DescribeDatasetGroup",
                "Content-Type",
                "application/x-amz-json-1.1"),
            ("{\"datasetGroupArn\":\"" + arn + "\"}").getBytes(StandardCharsets.UTF_8));
    service.describeDatasetGroup(request); // settle what creating left due
    sdkCanned = cannedClient(handler.handle(wireRequest));
  }

  @TearDown
  public void tearDown() {
    sdk.close();
    sdkSigned.close();
    sdkCanned.close();
    fake.close();
  }

  @Benchmark
  public Object baseline_concurrentHashMap_get() {
    return map.get(arn);
  }

  @Benchmark
  public DescribeDatasetGroupResponse describe_service() {
    return service.describeDatasetGroup(request);
  }

  /** The fake's share of an SDK call: the protocol handler on the bytes the SDK would send. */
  @Benchmark
  public Object describe_wire_handler() {
    return handler.handle(wireRequest);
  }

  @Benchmark
  public Object describe_sdk_in_process() {
    return sdk.describeDatasetGroup(sdkRequest);
  }

  /**
   * The SDK's own floor: the same client, but its HTTP client answers every call with the reply the
   * fake gave once, without the fake. What the SDK costs beyond this is the fake's share.
   */
  @Benchmark
  public Object describe_sdk_canned_reply() {
    return sdkCanned.describeDatasetGroup(sdkRequest);
  }

  /** The in-process client given credentials of its own: SigV4 signing on every call. */
  @Benchmark
  public Object describe_sdk_in_process_signed() {
    return sdkSigned.describeDatasetGroup(sdkRequest);
  }

  private PersonalizeClient cannedClient(WireResponse reply) {
    SdkHttpClient canned =
        new SdkHttpClient() {
          @Override
          public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
              @Override
              public HttpExecuteResponse call() {
                SdkHttpFullResponse.Builder r =
                    SdkHttpResponse.builder().statusCode(reply.status());
                reply.headers().forEach(r::putHeader);
                r.putHeader("Content-Length", Integer.toString(reply.body().length));
                return HttpExecuteResponse.builder()
                    .response(r.build())
                    .responseBody(
                        AbortableInputStream.create(new ByteArrayInputStream(reply.body())))
                    .build();
              }

              @Override
              public void abort() {}
            };
          }

          @Override
          public void close() {}
        };
    return FakePersonalizeClients.syncBuilder(fake).httpClient(canned).build();
  }

  /** The interleaved measurement described above. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int warmUpRounds = 3;
    int calls = 20_000;
    CallBenchmark b = new CallBenchmark();
    b.setUp();
    Map<String, java.util.function.Supplier<Object>> kinds = new java.util.LinkedHashMap<>();
    kinds.put("PersonalizeService.describeDatasetGroup", b::describe_service);
    kinds.put("protocol handler alone", b::describe_wire_handler);
    kinds.put("SDK client, canned reply (no fake)", b::describe_sdk_canned_reply);
    kinds.put("SDK client in process (unsigned)", b::describe_sdk_in_process);
    kinds.put("SDK client in process, SigV4-signed", b::describe_sdk_in_process_signed);
    Map<String, List<Double>> medians = new java.util.LinkedHashMap<>();
    Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[calls];
    for (int r = 0; r < warmUpRounds + rounds; r++) {
      for (Map.Entry<String, java.util.function.Supplier<Object>> k : kinds.entrySet()) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          long start = System.nanoTime();
          k.getValue().get();
          nanos[i] = System.nanoTime() - start;
        }
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(nanos);
        if (r >= warmUpRounds) {
          medians
              .computeIfAbsent(k.getKey(), x -> new ArrayList<>())
              .add(nanos[calls / 2] / 1000.0);
          cpu.computeIfAbsent(k.getKey(), x -> new ArrayList<>()).add(cpuNanos / 1000.0 / calls);
        }
      }
    }
    List<Double> service = medians.get("PersonalizeService.describeDatasetGroup");
    System.out.println(
        "| call | median of the rounds' medians | fastest round's median | added to the bare service (median of rounds)"
            + " | the thread's CPU time per call (median of rounds) |");
    System.out.println("| --- | --- | --- | --- | --- |");
    for (Map.Entry<String, List<Double>> m : medians.entrySet()) {
      List<Double> added = new ArrayList<>();
      for (int i = 0; i < m.getValue().size(); i++) {
        added.add(m.getValue().get(i) - service.get(i));
      }
      List<Double> sorted = new ArrayList<>(m.getValue());
      List<Double> cpuSorted = new ArrayList<>(cpu.get(m.getKey()));
      Collections.sort(sorted);
      Collections.sort(added);
      Collections.sort(cpuSorted);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f us | %.2f us | %.2f us | %.2f us |%n",
          m.getKey(),
          sorted.get(sorted.size() / 2),
          sorted.get(0),
          added.get(added.size() / 2),
          cpuSorted.get(cpuSorted.size() / 2));
    }
    b.tearDown();
  }
}
