package io.personalizefake.bench;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Storage;
import io.personalizefake.storage.mapdb.Durability;
import io.personalizefake.storage.mapdb.MapDbStorage;
import io.personalizefake.storage.memory.MemoryStorage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
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
 * The cost of one CreateDatasetGroup with each store (memory, MapDB per-call, MapDB batched), next
 * to a bare {@code FileChannel.force} of a small append and a MapDB transactional commit of one
 * put. Run with {@code -t 4} as well, to see per-call calls share their fsync. {@link #main}
 * measures reopening a store of 100,000 dataset groups.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class StorageBenchmark {

  @Param({"memory", "mapdb-per-call", "mapdb-batched"})
  public String store;

  /**
   * Dataset groups created (with batched durability, then the store reopened) before the trial, so
   * that the creates measured land on a large store: with {@code -p prefill=100000} a MapDB
   * checkpoint rewrites a file of 200,000 records. The store keeps growing during the trial, so the
   * warmup decides how large it is when sampling starts.
   */
  @Param({"0"})
  public int prefill;

  private Path dir;
  private PersonalizeFake fake;
  private PersonalizeService service;
  private final AtomicLong names = new AtomicLong();

  private FileChannel bare;
  private DB mapdb;
  private org.mapdb.BTreeMap<String, byte[]> mapdbMap;
  private final byte[] payload = new byte[300];

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("storage-bench");
    if (prefill > 0 && !store.equals("memory")) {
      fill(dir.resolve("store"), prefill);
    }
    Storage storage =
        switch (store) {
          case "memory" -> MemoryStorage.create();
          case "mapdb-per-call" -> MapDbStorage.open(dir.resolve("store"));
          case "mapdb-batched" ->
              MapDbStorage.builder(dir.resolve("store"))
                  .durability(Durability.batched(Duration.ofMillis(50)))
                  .open();
          default -> throw new IllegalArgumentException(store);
        };
    fake =
        PersonalizeFake.builder()
            .storage(storage)
            .clock(FakeClock.frozen())
            .seed(1)
            .quota(Quotas.Quota.DATASET_GROUPS, Long.MAX_VALUE)
            .build();
    service = fake.service();
    if (prefill > 0 && store.equals("memory")) {
      for (int i = 0; i < prefill; i++) {
        int k = i;
        service.createDatasetGroup(b -> b.name("p" + k));
      }
    }
    bare =
        FileChannel.open(
            dir.resolve("bare.log"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
    mapdb =
        DBMaker.fileDB(dir.resolve("tx.db").toFile())
            .transactionEnable()
            .fileChannelEnable()
            .make();
    mapdbMap = mapdb.treeMap("m", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    fake.close();
    bare.close();
    mapdb.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public String createDatasetGroup() {
    return service.createDatasetGroup(b -> b.name("g" + names.incrementAndGet())).datasetGroupArn();
  }

  /** One small append and fdatasync: the floor of a durable call. Same for every store param. */
  @Benchmark
  public void bareFsync() throws IOException {
    synchronized (this) {
      bare.write(ByteBuffer.wrap(payload));
      bare.force(false);
    }
  }

  /** One put and a MapDB transactional commit. Same for every store param. */
  @Benchmark
  public void mapdbCommit() {
    synchronized (this) {
      mapdbMap.put("k" + names.incrementAndGet(), payload);
      mapdb.commit();
    }
  }

  /**
   * Creates {@code n} dataset groups in a MapDB store at {@code dir} with batched durability, and
   * closes it.
   */
  static void fill(Path dir, int n) {
    try (PersonalizeFake fake =
        PersonalizeFake.builder()
            .storage(
                MapDbStorage.builder(dir)
                    .durability(Durability.batched(Duration.ofMillis(100)))
                    .open())
            .clock(FakeClock.frozen())
            .quota(Quotas.Quota.DATASET_GROUPS, Long.MAX_VALUE)
            .build()) {
      PersonalizeService s = fake.service();
      for (int i = 0; i < n; i++) {
        int k = i;
        s.createDatasetGroup(b -> b.name("p" + k));
      }
    }
  }

  /**
   * Builds a store of 100,000 dataset groups in {@code args[0]} (a new folder), then times
   * reopening it.
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("reopen-bench");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long t0 = System.nanoTime();
    fill(dir, n);
    System.out.printf(
        "created %d dataset groups in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      try (MapDbStorage store = MapDbStorage.open(dir)) {
        long opened = System.nanoTime();
        System.out.printf(
            "reopen %d: %d records opened in %d ms%n",
            round, store.size(), (opened - t) / 1_000_000);
      }
    }
  }
}
