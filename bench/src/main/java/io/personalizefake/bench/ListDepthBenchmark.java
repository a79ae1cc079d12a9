package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.ListDatasetGroupsRequest;
import io.personalizefake.model.ListDatasetGroupsResponse;
import io.personalizefake.service.PersonalizeService;
import java.nio.file.Path;
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
 * ListDatasetGroups on a store of 100,000 dataset groups: the first page of 100 (the baseline)
 * against the page that starts after 90,000 groups, reached with the token the walk handed out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ListDepthBenchmark {

  static final int GROUPS = 100_000;
  static final int DEEP_PAGE = 900;

  @Param({"memory", "mapdb-batched"})
  public String store;

  private Path dir;
  private PersonalizeFake fake;
  private PersonalizeService service;
  private ListDatasetGroupsRequest first;
  private ListDatasetGroupsRequest deep;

  @Setup(Level.Trial)
  public void setUp() {
    dir = Stores.tempDir("list-bench");
    fake = Stores.fake(Stores.open(store, dir));
    service = fake.service();
    for (int i = 0; i < GROUPS; i++) {
      service.createDatasetGroup(CreateDatasetGroupRequest.builder().name("group-" + i).build());
    }
    fake.settleAll();
    first = ListDatasetGroupsRequest.builder().build();
    String token = null;
    for (int page = 0; page < DEEP_PAGE; page++) {
      ListDatasetGroupsResponse r =
          service.listDatasetGroups(ListDatasetGroupsRequest.builder().nextToken(token).build());
      token = r.nextToken();
    }
    deep = ListDatasetGroupsRequest.builder().nextToken(token).build();
    if (service.listDatasetGroups(deep).datasetGroups().size() != 100) {
      throw new IllegalStateException("the deep page is not a full page");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    fake.close();
    Stores.delete(dir);
  }

  @Benchmark
  public Object baseline_firstPage() {
    return service.listDatasetGroups(first);
  }

  @Benchmark
  public Object page900() {
    return service.listDatasetGroups(deep);
  }
}
