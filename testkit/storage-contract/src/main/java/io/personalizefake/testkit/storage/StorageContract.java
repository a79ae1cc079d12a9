package io.personalizefake.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Storage} must do, as tests. A store's test extends this class, says how to open
 * the store on a folder with a given {@link RecordSerializer} (a memory store ignores both), and
 * declares the {@link Feature}s the store has; a test that needs a feature is skipped for a store
 * without it. The records are the contract's own {@link Entry}, so the contract tests the store,
 * not the core's serializer (which core tests on its own).
 */
@ExtendWith(StorageContract.FeatureCondition.class)
public abstract class StorageContract {

  /** What a store may or may not do; {@link #features()} declares a store's. */
  public enum Feature {
    /** A store reopened on the same folder sees every unit committed before it was closed. */
    PERSISTENT,
    /** A store reopened on the same folder starts empty. */
    FORGETS_ON_CLOSE,
    /** {@link Storage#writesMayBlock()} is false: write units never wait outside the JVM. */
    NEVER_BLOCKS,
    /** {@link Storage#writesMayBlock()} is true. */
    MAY_BLOCK
  }

  /** The features a test needs; it is skipped for a store that lacks one. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface Require {
    Feature[] value();
  }

  @TempDir protected Path dir;

  private final List<Storage> opened = new ArrayList<>();

  /**
   * Opens the store on {@code dir}, encoding records with {@code serializer} if it keeps bytes; a
   * persistent store opens what was written there before.
   */
  protected abstract Storage open(Path dir, RecordSerializer serializer);

  /** The features this store has. */
  protected abstract Set<Feature> features();

  /** A record of the contract's own: a key and a string. */
  public record Entry(Key key, String value) implements StoredRecord {}

  /** Writes an {@link Entry} as its key's parts and its value, each in modified UTF-8. */
  public static final RecordSerializer ENTRIES =
      new RecordSerializer() {
        @Override
        public byte[] encode(StoredRecord record) {
          Entry e = (Entry) record;
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(e.key().scope());
            out.writeUTF(e.key().kind());
            out.writeUTF(e.key().id());
            out.writeUTF(e.value());
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
          return bytes.toByteArray();
        }

        @Override
        public StoredRecord decode(byte[] bytes) {
          try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return new Entry(new Key(in.readUTF(), in.readUTF(), in.readUTF()), in.readUTF());
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        }
      };

  /** Skips a test whose {@link Require} names a feature the store does not declare. */
  static final class FeatureCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Require require =
          context.getTestMethod().map(m -> m.getAnnotation(Require.class)).orElse(null);
      Object instance = context.getTestInstance().orElse(null);
      if (require == null || !(instance instanceof StorageContract contract)) {
        return ConditionEvaluationResult.enabled("needs no feature");
      }
      Set<Feature> missing = EnumSet.noneOf(Feature.class);
      missing.addAll(List.of(require.value()));
      missing.removeAll(contract.features());
      return missing.isEmpty()
          ? ConditionEvaluationResult.enabled("the store has " + List.of(require.value()))
          : ConditionEvaluationResult.disabled("the store lacks " + missing);
    }
  }

  private Storage store() {
    Storage s = open(dir, ENTRIES);
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
    return s.<String>read(tx -> ((Entry) tx.get(key)).value());
  }

  private static Entry rec(String scope, String kind, String id, String value) {
    return new Entry(new Key(scope, kind, id), value);
  }

  @Test
  void a_record_reads_back_exactly_as_it_was_put() {
    Storage s = store();
    Entry r = rec("123456789012/us-east-1", "r", "arn:aws:personalize:us-east-1:1:x/y", "v");
    s.write(
        tx -> {
          tx.put(r);
          return null;
        });
    assertThat(get(s, r.key())).isEqualTo(r);
    assertThat(get(s, new Key("123456789012/us-east-1", "r", "other"))).isNull();
  }

  @Test
  @Require(Feature.PERSISTENT)
  void a_reopened_store_reads_back_every_record_exactly() {
    Storage s = store();
    List<Entry> entries =
        List.of(
            rec("", "m", "meta", "v"),
            rec("a", "i", "x\u0001y", ""),
            rec("a/b", "r", "arn:aws:personalize:us-east-1:1:x/y", "line\nbreak \u00e9\u0000"));
    s.write(
        tx -> {
          entries.forEach(tx::put);
          return null;
        });
    s.close();
    Storage again = store();
    List<StoredRecord> read = again.read(tx -> tx.scanAll().toList());
    assertThat(read).containsExactlyElementsOf(entries);
  }

  @Test
  @Require(Feature.FORGETS_ON_CLOSE)
  void a_reopened_store_starts_empty() {
    Storage s = store();
    s.write(
        tx -> {
          tx.put(rec("s", "k", "a", "1"));
          return null;
        });
    s.close();
    assertThat(store().<Long>read(tx -> tx.scanAll().count())).isZero();
  }

  @Test
  @Require(Feature.NEVER_BLOCKS)
  void a_store_that_never_blocks_says_so() {
    assertThat(store().writesMayBlock()).isFalse();
  }

  @Test
  @Require(Feature.MAY_BLOCK)
  void a_store_whose_writes_may_block_says_so() {
    assertThat(store().writesMayBlock()).isTrue();
  }

  @Test
  void a_put_replaces_and_a_delete_removes() {
    Storage s = store();
    Key k = new Key("s", "k", "a");
    s.write(
        tx -> {
          tx.put(new Entry(k, "1"));
          tx.put(new Entry(k, "2"));
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
              tx.put(new Entry(k, "mine"));
              return ((Entry) tx.get(k)).value() + tx.scan(KeyRange.all("s", "k")).count();
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
          tx.put(new Entry(kept, "before"));
          return null;
        });
    assertThatThrownBy(
            () ->
                s.write(
                    tx -> {
                      tx.put(new Entry(kept, "changed"));
                      tx.put(rec("s", "k", "new", "v"));
                      tx.delete(kept);
                      tx.put(new Entry(kept, "again"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(
            s.<List<StoredRecord>>read(
                tx -> tx.scan(KeyRange.all("s", "k")).collect(Collectors.toList())))
        .containsExactly(new Entry(kept, "before"));
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
          tx.put(new Entry(counter, "0"));
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
                        int n = Integer.parseInt(((Entry) tx.get(counter)).value());
                        tx.put(new Entry(counter, Integer.toString(n + 1)));
                        return null;
                      });
                  // a reader never sees a torn state: the counter is always a number
                  s.read(tx -> Integer.parseInt(((Entry) tx.get(counter)).value()));
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
  @Require(Feature.PERSISTENT)
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
    assertThat(all).extracting(r -> r.key().id()).containsExactly("b");
  }
}
