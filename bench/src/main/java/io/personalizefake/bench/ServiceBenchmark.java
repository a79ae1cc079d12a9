package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.DescribeDatasetGroupRequest;
import io.personalizefake.model.ListDatasetGroupsRequest;
import io.personalizefake.service.PersonalizeService;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process latency of DescribeDatasetGroup, CreateDatasetGroup and ListDatasetGroups (a first
 * page of 100) on the bare {@link PersonalizeService}, with each store, beside a {@code
 * ConcurrentHashMap.get} of an ARN in the same run.
 *
 * <p>Every iteration starts from a new store holding 1,000 dataset groups, so that the creates of
 * one iteration (hundreds of thousands in memory) do not pile up over the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ServiceBenchmark {

  static final int GROUPS = 1000;

  @Param({"memory", "mapdb-per-call", "mapdb-batched"})
  public String store;

  private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
  private Path dir;
  private PersonalizeFake fake;
  private PersonalizeService service;
  private String arn;
  private DescribeDatasetGroupRequest describe;
  private ListDatasetGroupsRequest list;
  private long names;

  @Setup(Level.Iteration)
  public void setUp() {
    dir = Stores.tempDir("service-bench");
    fake = Stores.fake(Stores.open(store, dir));
    service = fake.service();
    map.clear();
    for (int i = 0; i < GROUPS; i++) {
      String a =
          service
              .createDatasetGroup(CreateDatasetGroupRequest.builder().name("group-" + i).build())
              .datasetGroupArn();
      map.put(a, a);
    }
    arn = map.keySet().iterator().next();
    describe = DescribeDatasetGroupRequest.builder().datasetGroupArn(arn).build();
    list = ListDatasetGroupsRequest.builder().build();
    service.describeDatasetGroup(describe); // settles what the creates left due
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    fake.close();
    Stores.delete(dir);
  }

  @Benchmark
  public Object baseline_concurrentHashMap_get() {
    return map.get(arn);
  }

  @Benchmark
  public Object describeDatasetGroup() {
    return service.describeDatasetGroup(describe);
  }

  @Benchmark
  public Object createDatasetGroup() {
    return service.createDatasetGroup(
        CreateDatasetGroupRequest.builder().name("n" + names++).build());
  }

  /** The first page (100 of the 1,000 groups, more once creates ran in the same iteration). */
  @Benchmark
  public Object listDatasetGroups_firstPage() {
    return service.listDatasetGroups(list);
  }
}
