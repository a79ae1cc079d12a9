package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.ListDatasetGroupsRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time from {@code PersonalizeFake.builder().build()} to the first answered call (a
 * ListDatasetGroups): cold, once in each of many fresh JVMs, and warm, over and over in one JVM.
 * The cold baseline is a first {@code ConcurrentHashMap.put} in a fresh JVM, the harness's own
 * floor.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

  /** Builds a fake with the default settings and answers one call. */
  static Object buildAndCall() {
    PersonalizeFake fake = PersonalizeFake.builder().build();
    Object r = fake.service().listDatasetGroups(ListDatasetGroupsRequest.builder().build());
    fake.close();
    return r;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(20)
  public Object baseline_cold_mapPut() {
    ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
    map.put("k", "v");
    return map;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(20)
  public Object cold_buildAndFirstCall() {
    return buildAndCall();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public Object warm_buildAndFirstCall() {
    return buildAndCall();
  }
}
