package io.personalizefake.storage.memory;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.spi.WriteTx;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the records themselves, so that a read serializes nothing, in one bucket per scope and
 * kind: a hash map by id for the point reads that most calls make, and, once the bucket was first
 * scanned, a map sorted by id as well (kinds that are only read by key never pay for sorting).
 * Write units run one at a time under a write lock and keep an undo log, so a unit that throws
 * leaves the buckets as it found them; read units share a read lock and so never see half of a
 * write.
 */
public final class MemoryStorage implements Storage {

  /** One scope and kind: the unit a scan stays within. Sorts as {@link Key} does. */
  private record BucketKey(String scope, String kind) implements Comparable<BucketKey> {
    @Override
    public int compareTo(BucketKey other) {
      int c = scope.compareTo(other.scope);
      return c != 0 ? c : kind.compareTo(other.kind);
    }
  }

  /** The records of one scope and kind. */
  private static final class Bucket {
    final ConcurrentHashMap<String, StoredRecord> byId = new ConcurrentHashMap<>();
    /** The same records sorted by id; null until the bucket is first scanned. */
    volatile @Nullable ConcurrentSkipListMap<String, StoredRecord> sorted;

    /** The sorted view, made on the first scan (under the read lock: no writer runs meanwhile). */
    ConcurrentSkipListMap<String, StoredRecord> sorted() {
      ConcurrentSkipListMap<String, StoredRecord> s = sorted;
      if (s == null) {
        synchronized (this) {
          s = sorted;
          if (s == null) {
            s = new ConcurrentSkipListMap<>(byId);
            sorted = s;
          }
        }
      }
      return s;
    }

    @Nullable StoredRecord put(String id, StoredRecord record) {
      ConcurrentSkipListMap<String, StoredRecord> s = sorted;
      if (s != null) {
        s.put(id, record);
      }
      return byId.put(id, record);
    }

    @Nullable StoredRecord remove(String id) {
      ConcurrentSkipListMap<String, StoredRecord> s = sorted;
      if (s != null) {
        s.remove(id);
      }
      return byId.remove(id);
    }
  }

  private final ConcurrentHashMap<BucketKey, Bucket> buckets = new ConcurrentHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  public static MemoryStorage create() {
    return new MemoryStorage();
  }

  @Override
  public <T> T read(Function<? super ReadTx, ? extends T> work) {
    ReentrantReadWriteLock.ReadLock l = lock.readLock();
    l.lock();
    try {
      requireOpen();
      return work.apply(new Reader());
    } finally {
      l.unlock();
    }
  }

  @Override
  public <T> T write(Function<? super WriteTx, ? extends T> work) {
    ReentrantReadWriteLock.WriteLock l = lock.writeLock();
    l.lock();
    try {
      requireOpen();
      Writer tx = new Writer();
      try {
        return work.apply(tx);
      } catch (RuntimeException | Error e) {
        tx.rollback();
        throw e;
      } finally {
        tx.done = true;
      }
    } finally {
      l.unlock();
    }
  }

  /** How many records the store holds (all kinds). */
  public int size() {
    int n = 0;
    for (Bucket b : buckets.values()) {
      n += b.byId.size();
    }
    return n;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  private @Nullable Bucket bucket(String scope, String kind) {
    return buckets.get(new BucketKey(scope, kind));
  }

  private @Nullable StoredRecord putRecord(Key key, StoredRecord record) {
    return buckets.computeIfAbsent(new BucketKey(key.scope(), key.kind()), k -> new Bucket()).put(key.id(), record);
  }

  private @Nullable StoredRecord removeRecord(Key key) {
    Bucket b = bucket(key.scope(), key.kind());
    return b == null ? null : b.remove(key.id());
  }

  /** Whether {@code id} lies in {@code range} (whose scope and kind are the bucket's). */
  private static boolean contains(KeyRange range, String id) {
    return id.startsWith(range.prefix()) && id.compareTo(range.after()) > 0;
  }

  /** Whether every id after {@code id} is outside {@code range} too. */
  private static boolean isPast(KeyRange range, String id) {
    return !id.startsWith(range.prefix()) && id.compareTo(range.prefix()) > 0;
  }

  private class Reader implements ReadTx {
    @Override
    public @Nullable StoredRecord get(Key key) {
      Bucket b = bucket(key.scope(), key.kind());
      return b == null ? null : b.byId.get(key.id());
    }

    @Override
    public @Nullable StoredRecord first(KeyRange range) {
      Bucket b = bucket(range.scope(), range.kind());
      if (b == null || b.byId.isEmpty()) {
        return null;
      }
      ConcurrentSkipListMap<String, StoredRecord> ids = b.sorted();
      Map.Entry<String, StoredRecord> e = ids.ceilingEntry(range.lowerBound().id());
      while (e != null) {
        if (contains(range, e.getKey())) {
          return e.getValue();
        }
        if (isPast(range, e.getKey())) {
          return null;
        }
        e = ids.higherEntry(e.getKey());
      }
      return null;
    }

    @Override
    public Stream<StoredRecord> scanAll() {
      return buckets.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .flatMap(e -> e.getValue().sorted().values().stream());
    }

    @Override
    public Stream<StoredRecord> scan(KeyRange range) {
      Bucket b = bucket(range.scope(), range.kind());
      if (b == null) {
        return Stream.empty();
      }
      return b.sorted().tailMap(range.lowerBound().id(), true).entrySet().stream()
          .takeWhile(e -> !isPast(range, e.getKey()))
          .filter(e -> contains(range, e.getKey()))
          .map(Map.Entry::getValue);
    }
  }

  private final class Writer extends Reader implements WriteTx {
    /** What each key the unit touched held before it (null: nothing). */
    private final Map<Key, @Nullable StoredRecord> before = new HashMap<>();
    boolean done;

    @Override
    public void put(StoredRecord record) {
      requireActive();
      Key key = record.key();
      remember(key, putRecord(key, record));
    }

    @Override
    public void delete(Key key) {
      requireActive();
      remember(key, removeRecord(key));
    }

    private void remember(Key key, @Nullable StoredRecord old) {
      if (!before.containsKey(key)) {
        before.put(key, old);
      }
    }

    void rollback() {
      before.forEach(
          (key, old) -> {
            if (old == null) {
              removeRecord(key);
            } else {
              putRecord(key, old);
            }
          });
    }

    private void requireActive() {
      if (done) {
        throw new IllegalStateException("the unit of work has ended");
      }
    }
  }
}
