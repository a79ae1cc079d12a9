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
 * Keeps the records themselves, so that a read serializes nothing: in a hash map by key, for the
 * point reads that most calls make, and sorted by id within each scope and kind, for scans. Write
 * units run one at a time under a write lock and keep an undo log, so a unit that throws leaves
 * the maps as it found them; read units share a read lock and so never see half of a write.
 */
public final class MemoryStorage implements Storage {

  /** One scope and kind: the unit a scan stays within. Sorts as {@link Key} does. */
  private record Bucket(String scope, String kind) implements Comparable<Bucket> {
    @Override
    public int compareTo(Bucket other) {
      int c = scope.compareTo(other.scope);
      return c != 0 ? c : kind.compareTo(other.kind);
    }
  }

  private final Map<Key, StoredRecord> records = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Bucket, ConcurrentSkipListMap<String, StoredRecord>> sorted = new ConcurrentSkipListMap<>();
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
    return records.size();
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

  private @Nullable StoredRecord putRecord(Key key, StoredRecord record) {
    sorted.computeIfAbsent(new Bucket(key.scope(), key.kind()), b -> new ConcurrentSkipListMap<>()).put(key.id(), record);
    return records.put(key, record);
  }

  private @Nullable StoredRecord removeRecord(Key key) {
    StoredRecord old = records.remove(key);
    if (old != null) {
      ConcurrentSkipListMap<String, StoredRecord> ids = sorted.get(new Bucket(key.scope(), key.kind()));
      if (ids != null) {
        ids.remove(key.id());
      }
    }
    return old;
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
      return records.get(key);
    }

    @Override
    public @Nullable StoredRecord first(KeyRange range) {
      ConcurrentSkipListMap<String, StoredRecord> ids = sorted.get(new Bucket(range.scope(), range.kind()));
      if (ids == null) {
        return null;
      }
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
      return sorted.values().stream().flatMap(ids -> ids.values().stream());
    }

    @Override
    public Stream<StoredRecord> scan(KeyRange range) {
      ConcurrentSkipListMap<String, StoredRecord> ids = sorted.get(new Bucket(range.scope(), range.kind()));
      if (ids == null) {
        return Stream.empty();
      }
      return ids.tailMap(range.lowerBound().id(), true).entrySet().stream()
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
