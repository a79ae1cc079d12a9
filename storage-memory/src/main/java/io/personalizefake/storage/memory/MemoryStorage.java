package io.personalizefake.storage.memory;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.RecordBuckets;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.spi.UndoLog;
import io.personalizefake.spi.WriteTx;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the records themselves, so that a read serializes nothing, in {@link RecordBuckets}: a hash
 * map per scope and kind for point reads, sorted only once a kind is scanned. Write units run one
 * at a time under a write lock and keep an undo log, so a unit that throws leaves the records as it
 * found them; read units share a read lock and so never see half of a write.
 */
public final class MemoryStorage implements Storage {

  private final RecordBuckets<StoredRecord> records = new RecordBuckets<>();
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
        tx.undo.rollback();
        throw e;
      } finally {
        tx.undo.end();
      }
    } finally {
      l.unlock();
    }
  }

  /** How many records the store holds (all kinds). */
  public int size() {
    return records.size();
  }

  /** Never: a write unit takes a lock and changes maps in memory. */
  @Override
  public boolean writesMayBlock() {
    return false;
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

  private class Reader implements ReadTx {
    @Override
    public @Nullable StoredRecord get(Key key) {
      return records.get(key);
    }

    @Override
    public @Nullable StoredRecord first(KeyRange range) {
      Map.Entry<String, StoredRecord> e = records.first(range);
      return e == null ? null : e.getValue();
    }

    @Override
    public Stream<StoredRecord> scanAll() {
      return records.scanAll().map(Map.Entry::getValue);
    }

    @Override
    public Stream<StoredRecord> scan(KeyRange range) {
      return records.scan(range).map(Map.Entry::getValue);
    }
  }

  private final class Writer extends Reader implements WriteTx {
    final UndoLog<StoredRecord> undo = new UndoLog<>(records);

    @Override
    public void put(StoredRecord record) {
      undo.put(record.key(), record);
    }

    @Override
    public void delete(Key key) {
      undo.remove(key);
    }
  }
}
