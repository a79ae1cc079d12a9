package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.RecordBuckets;
import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.spi.UndoLog;
import io.personalizefake.spi.WriteTx;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * Keeps the fake's records in files that survive a restart of the JVM.
 *
 * <pre>{@code
 * PersonalizeFake fake = PersonalizeFake.builder().storage(MapDbStorage.open(Path.of("data"))).build();
 * }</pre>
 *
 * <p>Reads are served from memory, from the {@link RecordBuckets} that {@code MemoryStorage} uses
 * too; records read from disk are decoded on first use. A write unit runs under a write lock with
 * an undo log; when it ends, its changes are encoded with the store's {@link RecordSerializer} and
 * appended to a log ({@code personalize-fake.db.log.N}, numbered segments) that a committer thread
 * syncs, several units per fsync. When the log has grown, a checkpointer thread writes a new MapDB
 * file ({@code personalize-fake.db}) from the last one and the log's changes while the committer
 * goes on appending to a new segment; the file is written whole under another name and moved into
 * place, never changed in place. A lock file ({@code personalize-fake.db.lock}) keeps a second
 * process out.
 *
 * <p>With {@link Durability#perCall()} (the default) a write unit returns once its changes are on
 * the disk. A read may see a unit that another thread has finished but whose fsync is still under
 * way; a write unit never returns before everything it saw is on the disk.
 */
public final class MapDbStorage implements Storage {

  /** The version of the files' layout; files of another version are refused, never reset. */
  public static final int FORMAT_VERSION = 2;

  /** The name of the MapDB file in a store folder. */
  public static final String FILE_NAME = "personalize-fake.db";

  private static final String FORMAT_VAR = "personalize-fake.format";
  private static final String RECORDS = "records";

  /** The number of the last log segment whose changes the MapDB file holds. */
  private static final String CHECKPOINTED_VAR = "personalize-fake.checkpointed";

  private static final long DEFAULT_CHECKPOINT_BYTES = 8L << 20;
  private static final long SYNC_STEP = 2L << 20;

  private final Path dbFile;
  private final RecordSerializer codec;

  /** A value is a {@link StoredRecord} or, until first read, its encoded bytes. */
  private final RecordBuckets<Object> records = new RecordBuckets<>();

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final FileChannel lockChannel;
  private final FileLock fileLock;

  /** The last snapshot, read-only; replaced by the checkpointer thread at each checkpoint. */
  private volatile DB db;

  private volatile BTreeMap<String, byte[]> stored;

  /** The bytes of keys and values in the last snapshot. */
  private volatile long snapshotBytes;

  private final ChangeLog log;
  private final Durability durability;
  private volatile boolean closed;

  /**
   * Opens (or creates) the store in folder {@code path}, or in file {@code path} if it names a
   * file; per-call durability.
   */
  public static MapDbStorage open(Path path) {
    return builder(path).open();
  }

  /** Opens the store at {@code path} with other settings. */
  public static Builder builder(Path path) {
    return new Builder(path);
  }

  /** Settings of a store; every setting but the path has a default. */
  public static final class Builder {
    private final Path path;
    private Durability durability = Durability.perCall();
    private long checkpointBytes = DEFAULT_CHECKPOINT_BYTES;
    private Runnable beforeCheckpoint = () -> {};
    private boolean scaleWithSnapshot = true;
    private @Nullable RecordSerializer serializer;

    private Builder(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    /** When changes reach the disk; default {@link Durability#perCall()}. */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * Test setting: checkpoints whenever the log reaches {@code bytes}, however large the MapDB
     * file, so that checkpoints run nearly all the time.
     */
    Builder checkpointEvery(long bytes) {
      checkpointBytes(bytes);
      this.scaleWithSnapshot = false;
      return this;
    }

    /** Test hook: runs on the checkpointing thread as each checkpoint begins. */
    Builder beforeCheckpoint(Runnable hook) {
      this.beforeCheckpoint = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * How large the log may grow before it is checkpointed into the MapDB file; default 8 MiB. The
     * log may also grow as large as the MapDB file's data before a checkpoint, so that rewriting
     * the file costs a bounded amount per byte logged.
     */
    public Builder checkpointBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("checkpointBytes must be positive: " + bytes);
      }
      this.checkpointBytes = bytes;
      return this;
    }

    /**
     * How records become bytes; default {@link RecordSerializer#standard()}, the serializer of
     * every record the fake's core stores.
     */
    public Builder serializer(RecordSerializer serializer) {
      this.serializer = Objects.requireNonNull(serializer, "serializer");
      return this;
    }

    public MapDbStorage open() {
      return new MapDbStorage(this);
    }
  }

  private MapDbStorage(Builder b) {
    this.durability = b.durability;
    this.codec = b.serializer != null ? b.serializer : RecordSerializer.standard();
    Path path = b.path.toAbsolutePath();
    boolean fileMode = Files.isRegularFile(path) || path.getFileName().toString().endsWith(".db");
    if (fileMode) {
      dbFile = path;
      mkdirs(path.getParent());
    } else {
      mkdirs(path);
      dbFile = path.resolve(FILE_NAME);
    }
    Path lockFile = sibling(".lock");
    FileChannel lc = null;
    FileLock fl;
    try {
      lc = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        fl = lc.tryLock();
      } catch (OverlappingFileLockException e) {
        fl = null;
      }
      if (fl == null) {
        throw new StoreFileException(
            fileMode ? dbFile : path,
            "the personalize-fake store "
                + (fileMode ? dbFile : path)
                + " is already open in another process or store (it holds "
                + lockFile
                + "); close that one first, or open another "
                + (fileMode ? "file" : "folder"));
      }
    } catch (IOException e) {
      closeQuietly(lc);
      throw new StoreFileException(lockFile, "cannot lock " + lockFile + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(lc);
      throw e;
    }
    lockChannel = lc;
    fileLock = fl;
    try {
      Files.deleteIfExists(sibling(".new"));
      if (!Files.exists(dbFile)) {
        writeSnapshot(dbFile, java.util.Collections.emptyIterator(), 0);
      }
      db = openDb(dbFile);
      stored = db.treeMap(RECORDS, Serializer.STRING, Serializer.BYTE_ARRAY).open();
      long checkpointed;
      HashMap<Key, Object> loaded = new HashMap<>();
      try {
        checkpointed = db.atomicLong(CHECKPOINTED_VAR).open().get();
        long bytes = 0;
        for (Map.Entry<String, byte[]> e : stored.entrySet()) {
          loaded.put(Key.decode(e.getKey()), e.getValue());
          bytes += e.getKey().length() + e.getValue().length;
        }
        snapshotBytes = bytes;
      } catch (RuntimeException e) {
        throw damaged(dbFile, e);
      }
      log =
          ChangeLog.open(
              sibling(".log"),
              FORMAT_VERSION,
              checkpointed,
              durability,
              b.checkpointBytes,
              Serializer.STRING,
              changes -> {
                for (ChangeLog.Change c : changes) {
                  Key key = Key.decode(c.key());
                  byte[] v = c.value();
                  if (v == null) {
                    loaded.remove(key);
                  } else {
                    loaded.put(key, v);
                  }
                }
              },
              new ChangeLog.Snapshots() {
                @Override
                public void write(long through, SortedMap<String, byte @Nullable []> changes) {
                  checkpoint(through, changes);
                }

                @Override
                public long dataBytes() {
                  return b.scaleWithSnapshot ? snapshotBytes : 0;
                }
              },
              b.beforeCheckpoint);
      loaded.forEach(records::put);
    } catch (IOException e) {
      closeDbQuietly();
      release(fl, lc);
      throw new StoreFileException(dbFile, "cannot open " + dbFile + ": " + e, e);
    } catch (RuntimeException | Error e) {
      closeDbQuietly();
      release(fl, lc);
      throw e;
    }
  }

  private void closeDbQuietly() {
    DB d = db;
    if (d != null) {
      try {
        d.close();
      } catch (RuntimeException ignored) {
        // reporting the first failure
      }
    }
  }

  private Path sibling(String suffix) {
    return dbFile.resolveSibling(dbFile.getFileName() + suffix);
  }

  /**
   * Writes {@code records} (in key order) as a complete MapDB file under a temporary name, syncs it
   * and moves it over {@code target} in one step, so that a crash leaves either the old file or the
   * new one. The file records that it covers the log's segments up to {@code through}. Returns the
   * bytes of keys and values written.
   */
  private static long writeSnapshot(
      Path target, Iterator<Map.Entry<String, byte[]>> records, long through) {
    Path tmp = target.resolveSibling(target.getFileName() + ".new");
    long bytes = 0;
    try {
      deleteWithWal(tmp);
      DB fresh = DBMaker.fileDB(tmp.toFile()).fileChannelEnable().make();
      try (FileChannel sync = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        DB.TreeMapSink<String, byte[]> sink =
            fresh.treeMap(RECORDS, Serializer.STRING, Serializer.BYTE_ARRAY).createFromSink();
        long synced = 0;
        while (records.hasNext()) {
          Map.Entry<String, byte[]> e = records.next();
          sink.put(e.getKey(), e.getValue());
          bytes += e.getKey().length() + e.getValue().length;
          if (bytes - synced >= SYNC_STEP) {
            // flush in steps, so that the log's fsyncs never queue behind the whole file
            sync.force(false);
            synced = bytes;
          }
        }
        sink.create();
        fresh.atomicInteger(FORMAT_VAR, FORMAT_VERSION).create();
        fresh.atomicLong(CHECKPOINTED_VAR, through).create();
        fresh.commit();
      } finally {
        fresh.close();
      }
      try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncFolder(target.getParent());
      return bytes;
    } catch (IOException e) {
      throw new StoreFileException(target, "cannot write " + target + ": " + e, e);
    }
  }

  private static void deleteWithWal(Path file) throws IOException {
    Files.deleteIfExists(file);
    for (int i = 0; i < 4; i++) {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal." + i));
    }
  }

  private static DB openDb(Path dbFile) {
    DB db;
    try {
      long size = Files.size(dbFile);
      if (size == 0) {
        throw new StoreFileException(
            dbFile,
            dbFile
                + " is empty (truncated): not a personalize-fake store; move it away to start empty");
      }
      db = DBMaker.fileDB(dbFile.toFile()).readOnly().fileChannelEnable().make();
    } catch (StoreFileException e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) {
      throw damaged(dbFile, e);
    }
    try {
      if (!db.exists(FORMAT_VAR) || !db.exists(RECORDS)) {
        throw new StoreFileException(
            dbFile,
            dbFile
                + " is a MapDB file but not a personalize-fake store (it has no format version)");
      }
      int version = db.atomicInteger(FORMAT_VAR).open().get();
      if (version != FORMAT_VERSION) {
        throw new StoreFileException(
            dbFile,
            dbFile
                + " has format version "
                + version
                + ", but this build of personalize-fake reads format version "
                + FORMAT_VERSION
                + "; open it with a matching build, or move the folder away to start empty (nothing was changed)");
      }
      if (!db.exists(CHECKPOINTED_VAR)) {
        throw new StoreFileException(
            dbFile,
            dbFile
                + " is damaged: it does not say which log segments it covers; move it away to start empty");
      }
      return db;
    } catch (RuntimeException | Error e) {
      try {
        db.close();
      } catch (RuntimeException ignored) {
        // reporting the first failure
      }
      throw e instanceof StoreFileException s ? s : damaged(dbFile, e);
    }
  }

  private static StoreFileException damaged(Path file, Throwable e) {
    return new StoreFileException(
        file,
        file
            + " is not a readable personalize-fake store (truncated or damaged): "
            + e
            + "; move it away to start empty",
        e);
  }

  /**
   * Writes a new snapshot: the last one merged with {@code changes}, both in key order
   * (checkpointer thread, or the closing thread once it has stopped). The MapDB file is never
   * changed in place, so a crash at any point leaves a file that opens, and the log segments that
   * complete it.
   */
  private void checkpoint(long through, SortedMap<String, byte @Nullable []> changes) {
    Iterator<Map.Entry<String, byte[]>> merged =
        merge(stored.entrySet().iterator(), changes.entrySet().iterator());
    long bytes = writeSnapshot(dbFile, merged, through);
    DB previous = db;
    db = openDb(dbFile);
    stored = db.treeMap(RECORDS, Serializer.STRING, Serializer.BYTE_ARRAY).open();
    snapshotBytes = bytes;
    previous.close();
  }

  /**
   * The entries of {@code old} with {@code changes} applied; both sorted by MapDB's string order.
   */
  private static Iterator<Map.Entry<String, byte[]>> merge(
      Iterator<Map.Entry<String, byte[]>> old,
      Iterator<Map.Entry<String, byte @Nullable []>> changes) {
    return new Iterator<>() {
      private Map.@Nullable Entry<String, byte[]> a = nextOf(old);
      private Map.@Nullable Entry<String, byte @Nullable []> c = nextOf(changes);
      private Map.@Nullable Entry<String, byte[]> next = advance();

      private static <E> @Nullable E nextOf(Iterator<E> it) {
        return it.hasNext() ? it.next() : null;
      }

      private Map.@Nullable Entry<String, byte[]> advance() {
        while (a != null || c != null) {
          int cmp =
              a == null ? 1 : c == null ? -1 : Serializer.STRING.compare(a.getKey(), c.getKey());
          if (cmp < 0) {
            Map.Entry<String, byte[]> r = a;
            a = nextOf(old);
            return r;
          }
          Map.Entry<String, byte @Nullable []> ch = c;
          c = nextOf(changes);
          if (cmp == 0) {
            a = nextOf(old);
          }
          byte[] v = ch.getValue();
          if (v != null) {
            return Map.entry(ch.getKey(), v);
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Map.Entry<String, byte[]> next() {
        Map.Entry<String, byte[]> r = next;
        if (r == null) {
          throw new java.util.NoSuchElementException();
        }
        next = advance();
        return r;
      }
    };
  }

  /** Test hook: rewrites the format version of a closed store's file. */
  static void writeFormatVersion(Path dbFile, int version) {
    DB db = DBMaker.fileDB(dbFile.toFile()).fileChannelEnable().make();
    try {
      db.atomicInteger(FORMAT_VAR).open().set(version);
      db.commit();
    } finally {
      db.close();
    }
  }

  static void syncFolder(@Nullable Path folder) {
    if (folder == null) {
      return;
    }
    try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | RuntimeException ignored) {
      // not every platform syncs folders
    }
  }

  private static void mkdirs(@Nullable Path folder) {
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreFileException(folder, "cannot create the folder " + folder + ": " + e, e);
    }
  }

  /** The MapDB file. */
  public Path file() {
    return dbFile;
  }

  public Durability durability() {
    return durability;
  }

  /** How many records the store holds (all kinds). */
  public int size() {
    return records.size();
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
    T result;
    long waitFor;
    ReentrantReadWriteLock.WriteLock l = lock.writeLock();
    l.lock();
    try {
      requireOpen();
      Writer tx = new Writer();
      try {
        result = work.apply(tx);
        List<Map.Entry<Key, @Nullable StoredRecord>> changed = tx.changed();
        waitFor = changed.isEmpty() ? log.lastEnqueued() : log.enqueue(() -> encode(changed));
      } catch (RuntimeException | Error e) {
        tx.undo.rollback();
        throw e;
      } finally {
        tx.undo.end();
      }
    } finally {
      l.unlock();
    }
    log.awaitDurable(waitFor);
    return result;
  }

  @Override
  public void close() {
    ReentrantReadWriteLock.WriteLock l = lock.writeLock();
    l.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        log.close();
      } finally {
        try {
          db.close();
        } finally {
          release(fileLock, lockChannel);
        }
      }
    } finally {
      l.unlock();
    }
  }

  private static void release(@Nullable FileLock fl, @Nullable FileChannel lc) {
    try {
      if (fl != null) {
        fl.release();
      }
    } catch (IOException | RuntimeException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(lc);
  }

  private static void closeQuietly(@Nullable FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  /**
   * Encodes a unit's changes for the log; records are immutable, so the committer may do it later.
   */
  private List<ChangeLog.Change> encode(List<Map.Entry<Key, @Nullable StoredRecord>> changed) {
    List<ChangeLog.Change> changes = new ArrayList<>(changed.size());
    for (Map.Entry<Key, @Nullable StoredRecord> e : changed) {
      StoredRecord r = e.getValue();
      changes.add(new ChangeLog.Change(e.getKey().encode(), r == null ? null : codec.encode(r)));
    }
    return changes;
  }

  private StoredRecord resolve(KeyRange range, Map.Entry<String, Object> e) {
    Object v = e.getValue();
    return v instanceof StoredRecord r
        ? r
        : resolve(new Key(range.scope(), range.kind(), e.getKey()), v);
  }

  private StoredRecord resolve(Key key, Object value) {
    if (value instanceof StoredRecord r) {
      return r;
    }
    byte[] bytes = (byte[]) value;
    StoredRecord r;
    try {
      r = codec.decode(bytes);
    } catch (RuntimeException e) {
      throw new StoreFileException(
          dbFile, "the record " + key + " in " + dbFile + " cannot be decoded: " + e, e);
    }
    records.replace(key, bytes, r);
    return r;
  }

  private class Reader implements ReadTx {
    @Override
    public @Nullable StoredRecord get(Key key) {
      Object v = records.get(key);
      return v == null ? null : resolve(key, v);
    }

    @Override
    public @Nullable StoredRecord first(KeyRange range) {
      Map.Entry<String, Object> e = records.first(range);
      return e == null ? null : resolve(range, e);
    }

    @Override
    public Stream<StoredRecord> scanAll() {
      return records.scanAll().map(e -> resolve(e.getKey(), e.getValue()));
    }

    @Override
    public Stream<StoredRecord> scan(KeyRange range) {
      return records.scan(range).map(e -> resolve(range, e));
    }
  }

  private final class Writer extends Reader implements WriteTx {
    final UndoLog<Object> undo = new UndoLog<>(records);

    @Override
    public void put(StoredRecord record) {
      undo.put(record.key(), record);
    }

    @Override
    public void delete(Key key) {
      undo.remove(key);
    }

    /** The unit's net changes: each key with its new record, or null when it was deleted. */
    List<Map.Entry<Key, @Nullable StoredRecord>> changed() {
      List<Map.Entry<Key, @Nullable StoredRecord>> changed = new ArrayList<>(undo.touched().size());
      for (Key key : undo.touched()) {
        Object now = records.get(key);
        if (now == null && undo.wasAbsent(key)) {
          continue;
        }
        changed.add(new java.util.AbstractMap.SimpleImmutableEntry<>(key, (StoredRecord) now));
      }
      return changed;
    }
  }
}
