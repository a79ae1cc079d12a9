package io.personalizefake.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.internal.store.CountRecord;
import io.personalizefake.internal.store.DueEntry;
import io.personalizefake.internal.store.FaultRecord;
import io.personalizefake.internal.store.IndexEntry;
import io.personalizefake.internal.store.MetaRecord;
import io.personalizefake.internal.store.MetricsRecord;
import io.personalizefake.internal.store.RecordCodec;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Storage} must do, as tests. A store's test extends this class and says how to
 * open the store on a folder (a memory store ignores the folder) and whether it keeps its records
 * when it is closed and opened again. The records it stores are core record types, so a store that
 * encodes records is tested with records its codec knows.
 */
public abstract class StorageContract {

  @TempDir protected Path dir;

  private final List<Storage> opened = new ArrayList<>();

  /** Opens the store on {@code dir}; a persistent store opens what was written there before. */
  protected abstract Storage open(Path dir);

  /** Whether a store reopened on the same folder sees what was committed before it was closed. */
  protected abstract boolean persistent();

  private Storage store() {
    Storage s = open(dir);
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(
        s -> {
          try {
            s.close();
          } catch (RuntimeException ignored) {
            // already closed by the test
          }
        });
  }

  private static @Nullable StoredRecord get(Storage s, Key key) {
    return s.read(tx -> tx.get(key));
  }

  private static String value(Storage s, Key key) {
    return s.<String>read(tx -> ((IndexEntry) tx.get(key)).arn());
  }

  private static IndexEntry rec(String scope, String kind, String id, String value) {
    return new IndexEntry(new Key(scope, kind, id), value);
  }

  @Test
  void a_record_reads_back_exactly_as_it_was_put() {
    Storage s = store();
    IndexEntry r = rec("123456789012/us-east-1", "r", "arn:aws:personalize:us-east-1:1:x/y", "v");
    s.write(
        tx -> {
          tx.put(r);
          return null;
        });
    assertThat(get(s, r.key())).isEqualTo(r);
    assertThat(get(s, new Key("123456789012/us-east-1", "r", "other"))).isNull();
  }

  /** One record of every type the core stores, with every optional part filled in. */
  public static List<StoredRecord> everyRecordType() {
    String scope = "123456789012/us-east-1";
    Instant t = Instant.parse("2021-01-22T12:00:00.250Z");
    String arn = "arn:aws:personalize:us-east-1:123456789012:campaign/c";
    Campaign campaign =
        Campaign.builder()
            .name("c")
            .campaignArn(arn)
            .solutionVersionArn("arn:aws:personalize:us-east-1:123456789012:solution/s/0a1b2c3d")
            .minProvisionedTPS(2)
            .campaignConfig(c -> c.itemExplorationConfig(Map.of("explorationWeight", "0.5")))
            .status("ACTIVE")
            .creationDateTime(t)
            .lastUpdatedDateTime(t.plusSeconds(1))
            .latestCampaignUpdate(
                u ->
                    u.solutionVersionArn(
                            "arn:aws:personalize:us-east-1:123456789012:solution/s/0a1b2c3e")
                        .minProvisionedTPS(3)
                        .status("CREATE PENDING")
                        .creationDateTime(t.plusSeconds(1))
                        .lastUpdatedDateTime(t.plusSeconds(1)))
            .build();
    List<Step> plan =
        List.of(
            new Step(Status.CREATE_IN_PROGRESS, Duration.ofSeconds(10), null, true),
            new Step(Status.CREATE_FAILED, null, "injected", true),
            Step.removal(Duration.ZERO));
    return List.of(
        new ResourceRecord(
            new Key(scope, ResourceRecord.KIND, arn),
            ResourceType.CAMPAIGN,
            arn,
            7,
            campaign,
            plan,
            t.plusSeconds(11)),
        new IndexEntry(new Key(scope, IndexEntry.KIND, "CAMPAIGN\u0001*\u0001x"), arn),
        new DueEntry(
            new Key(scope, DueEntry.KIND, "0000000001611316811250\u00010000000000000000007"), arn),
        new MetaRecord(MetaRecord.KEY, -42, 3, 8),
        new CountRecord(new Key(scope, CountRecord.KIND, "CAMPAIGN"), 1, 0),
        new FaultRecord(new Key(scope, FaultRecord.KIND, "SOLUTION_VERSION"), "no data", 2),
        new MetricsRecord(
            new Key(scope, MetricsRecord.KIND, arn),
            Map.of("coverage", 0.25, "precision_at_5", 1.0)));
  }

  @Test
  void every_record_type_reads_back_equal_and_survives_the_codec() {
    RecordCodec codec = new RecordCodec();
    List<StoredRecord> records = everyRecordType();
    for (StoredRecord r : records) {
      assertThat(codec.decode(codec.encode(r))).isEqualTo(r);
      assertThat(RecordCodec.decodeKey(RecordCodec.encodeKey(r.key()))).isEqualTo(r.key());
    }
    Storage s = store();
    s.write(
        tx -> {
          records.forEach(tx::put);
          return null;
        });
    for (StoredRecord r : records) {
      assertThat(get(s, r.key())).isEqualTo(r);
    }
  }

  @Test
  void encoded_keys_sort_as_keys_do() {
    List<Key> keys =
        List.of(
            new Key("", "m", "meta"),
            new Key("a", "i", "x"),
            new Key("a", "i", "x\u0001y"),
            new Key("a", "ib", ""),
            new Key("a/b", "r", "arn"),
            new Key("ab", "d", "0"));
    List<String> encoded = keys.stream().map(RecordCodec::encodeKey).sorted().toList();
    assertThat(encoded.stream().map(RecordCodec::decodeKey).toList())
        .isEqualTo(keys.stream().sorted().toList());
  }

  @Test
  void a_put_replaces_and_a_delete_removes() {
    Storage s = store();
    Key k = new Key("s", "k", "a");
    s.write(
        tx -> {
          tx.put(new IndexEntry(k, "1"));
          tx.put(new IndexEntry(k, "2"));
          return null;
        });
    assertThat(value(s, k)).isEqualTo("2");
    s.write(
        tx -> {
          tx.delete(k);
          tx.delete(new Key("s", "k", "never-there"));
          return null;
        });
    assertThat(get(s, k)).isNull();
  }

  @Test
  void a_unit_sees_its_own_writes() {
    Storage s = store();
    Key k = new Key("s", "k", "a");
    String seen =
        s.write(
            tx -> {
              tx.put(new IndexEntry(k, "mine"));
              return ((IndexEntry) tx.get(k)).arn() + tx.scan(KeyRange.all("s", "k")).count();
            });
    assertThat(seen).isEqualTo("mine1");
  }

  @Test
  void scans_return_the_range_in_key_order_and_nothing_else() {
    Storage s = store();
    List<String> ids = List.of("b", "a", "ab", "b\u0001x", "c", "a\u0001z", "aa");
    s.write(
        tx -> {
          ids.forEach(id -> tx.put(rec("s1", "k", id, id)));
          tx.put(rec("s1", "j", "a", "other kind"));
          tx.put(rec("s1", "l", "a", "other kind"));
          tx.put(rec("s0", "k", "a", "other scope"));
          tx.put(rec("s2", "k", "a", "other scope"));
          return null;
        });
    List<String> all =
        s.read(tx -> tx.scan(KeyRange.all("s1", "k")).map(r -> r.key().id()).toList());
    assertThat(all).containsExactlyElementsOf(ids.stream().sorted().toList());
    List<String> prefixed =
        s.read(tx -> tx.scan(KeyRange.prefix("s1", "k", "a")).map(r -> r.key().id()).toList());
    assertThat(prefixed).containsExactly("a", "a\u0001z", "aa", "ab");
    List<String> after =
        s.read(
            tx ->
                tx.scan(KeyRange.prefix("s1", "k", "a").after("a\u0001z"))
                    .map(r -> r.key().id())
                    .toList());
    assertThat(after).containsExactly("aa", "ab");
    assertThat(s.<Long>read(tx -> tx.scan(KeyRange.all("s1", "none")).count())).isZero();
  }

  @Test
  void scan_all_returns_every_record_in_key_order() {
    Storage s = store();
    s.write(
        tx -> {
          tx.put(rec("b", "k", "1", "v"));
          tx.put(rec("a", "z", "2", "v"));
          tx.put(rec("a", "k", "3", "v"));
          tx.put(rec("", "m", "meta", "v"));
          return null;
        });
    List<String> all =
        s.read(tx -> tx.scanAll().map(r -> r.key().scope() + "/" + r.key().kind()).toList());
    assertThat(all).containsExactly("/m", "a/k", "a/z", "b/k");
  }

  @Test
  void a_scan_that_stops_early_reads_only_what_it_needs() {
    Storage s = store();
    s.write(
        tx -> {
          IntStream.range(0, 1000)
              .forEach(i -> tx.put(rec("s", "k", String.format("%04d", i), "v")));
          return null;
        });
    List<String> first =
        s.read(tx -> tx.scan(KeyRange.all("s", "k")).limit(3).map(r -> r.key().id()).toList());
    assertThat(first).containsExactly("0000", "0001", "0002");
  }

  @Test
  void a_unit_that_throws_leaves_nothing_behind() {
    Storage s = store();
    Key kept = new Key("s", "k", "kept");
    s.write(
        tx -> {
          tx.put(new IndexEntry(kept, "before"));
          return null;
        });
    assertThatThrownBy(
            () ->
                s.write(
                    tx -> {
                      tx.put(new IndexEntry(kept, "changed"));
                      tx.put(rec("s", "k", "new", "v"));
                      tx.delete(kept);
                      tx.put(new IndexEntry(kept, "again"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(
            s.<List<StoredRecord>>read(
                tx -> tx.scan(KeyRange.all("s", "k")).collect(Collectors.toList())))
        .containsExactly(new IndexEntry(kept, "before"));
  }

  @Test
  void a_value_returned_by_a_unit_comes_back() {
    Storage s = store();
    assertThat(s.<Integer>write(tx -> 42)).isEqualTo(42);
    assertThat(s.<String>read(tx -> "x")).isEqualTo("x");
  }

  @Test
  void concurrent_units_never_lose_an_update() throws Exception {
    Storage s = store();
    Key counter = new Key("s", "k", "counter");
    s.write(
        tx -> {
          tx.put(new IndexEntry(counter, "0"));
          return null;
        });
    int threads = 4;
    int perThread = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  s.write(
                      tx -> {
                        int n = Integer.parseInt(((IndexEntry) tx.get(counter)).arn());
                        tx.put(new IndexEntry(counter, Integer.toString(n + 1)));
                        return null;
                      });
                  // a reader never sees a torn state: the counter is always a number
                  s.read(tx -> Integer.parseInt(((IndexEntry) tx.get(counter)).arn()));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(value(s, counter)).isEqualTo(Integer.toString(threads * perThread));
  }

  @Test
  void a_reopened_store_sees_every_committed_unit() {
    Storage s = store();
    s.write(
        tx -> {
          tx.put(rec("s", "k", "a", "1"));
          tx.put(rec("s", "k", "b", "2"));
          return null;
        });
    s.write(
        tx -> {
          tx.delete(new Key("s", "k", "a"));
          return null;
        });
    s.close();
    Storage again = store();
    List<StoredRecord> all = again.read(tx -> tx.scan(KeyRange.all("s", "k")).toList());
    if (persistent()) {
      assertThat(all).extracting(r -> r.key().id()).containsExactly("b");
    } else {
      assertThat(all).isEmpty();
    }
  }
}
