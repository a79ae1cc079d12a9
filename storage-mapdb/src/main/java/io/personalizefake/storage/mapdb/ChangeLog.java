package io.personalizefake.storage.mapdb;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The append-only log of write units since the last checkpoint, in numbered segments ({@code
 * personalize-fake.db.log.1}, {@code .2}, ...). One frame per unit ({@code length, crc32c,
 * changes}); a committer thread appends every queued frame to the current segment and syncs them
 * with one fsync (group commit), then wakes the writers that wait. A frame that is torn or fails
 * its checksum ends the log: it was never synced, so no caller was told it was kept.
 *
 * <p>When the segments since the last checkpoint grow past a size (at least the snapshot's data
 * size, so that the cost of rewriting the snapshot is spread over as many bytes of log), the
 * committer starts a new segment and hands the changes of the older ones to a checkpointer thread.
 * The checkpointer writes a new snapshot that records the last segment it covers, then deletes
 * those segments; meanwhile the committer keeps appending to the new segment, so a commit never
 * waits for a checkpoint. On open, segments the snapshot covers are deleted and the others are
 * replayed in order. Replaying a change that is already in the snapshot changes nothing, since
 * every change carries the whole value.
 */
final class ChangeLog implements AutoCloseable {

  static final byte[] MAGIC = "PFAKELOG".getBytes(StandardCharsets.US_ASCII);

  /** Magic, format version, segment number. */
  static final int HEADER = MAGIC.length + 4 + 8;

  private static final int MAX_FRAME = 256 << 20;

  /**
   * One key's new value (null: deleted). Keys are {@link io.personalizefake.spi.Key#encode()}
   * strings.
   */
  record Change(String key, byte @Nullable [] value) {}

  /** Where the log's changes end up. */
  interface Snapshots {
    /**
     * Replaces the snapshot with the current one and {@code changes} applied (sorted by the log's
     * key order, null values deleted), recording that it covers every segment up to {@code
     * through}; returns once the new snapshot is durable.
     */
    void write(long through, SortedMap<String, byte @Nullable []> changes);

    /**
     * About how many bytes of data the snapshot holds: the log may grow as large before a
     * checkpoint.
     */
    long dataBytes();
  }

  /**
   * A unit waiting for the committer; its changes are encoded by the committer, off the caller's
   * thread.
   */
  private record Pending(long seq, Supplier<List<Change>> unit) {}

  private record Job(long through, SortedMap<String, byte @Nullable []> changes) {}

  private final Path base;
  private final int formatVersion;
  private final Durability durability;
  private final long checkpointBytes;
  private final Snapshots snapshots;
  private final Comparator<String> keyOrder;
  private final Runnable beforeCheckpoint;
  private final Thread committer;
  private final Thread checkpointer;

  private final Object monitor = new Object();
  private List<Pending> queue = new ArrayList<>();
  private long enqueued;
  private long durable;
  private @Nullable Throwable failure;
  private boolean closing;

  /** The checkpoint under way or waiting for the checkpointer; null when there is none. */
  private @Nullable Job job;

  private boolean stopCheckpointer;

  // committer thread only (and close, after the committer has stopped)
  private FileChannel channel;
  private long segment;
  private long end;

  /** Bytes of frames in the segments that no checkpoint covers yet. */
  private long logBytes;

  /** The changes of those segments, latest value per key. */
  private TreeMap<String, byte @Nullable []> sinceCut;

  private ChangeLog(
      Path base,
      int formatVersion,
      Durability durability,
      long checkpointBytes,
      Snapshots snapshots,
      Comparator<String> keyOrder,
      Runnable beforeCheckpoint,
      FileChannel channel,
      long segment,
      long logBytes,
      TreeMap<String, byte @Nullable []> sinceCut) {
    this.base = base;
    this.formatVersion = formatVersion;
    this.durability = durability;
    this.checkpointBytes = checkpointBytes;
    this.snapshots = snapshots;
    this.keyOrder = keyOrder;
    this.beforeCheckpoint = beforeCheckpoint;
    this.channel = channel;
    this.segment = segment;
    this.end = HEADER;
    this.logBytes = logBytes;
    this.sinceCut = sinceCut;
    this.committer = new Thread(this::commitLoop, "personalize-fake-mapdb-committer");
    committer.setDaemon(true);
    this.checkpointer = new Thread(this::checkpointLoop, "personalize-fake-mapdb-checkpointer");
    checkpointer.setDaemon(true);
  }

  /** The file of segment {@code n} of the log whose segments are named after {@code base}. */
  static Path segmentFile(Path base, long n) {
    return base.resolveSibling(base.getFileName() + "." + n);
  }

  /** The numbers of the segments on the disk, in order. */
  static List<Long> segments(Path base) throws IOException {
    String prefix = base.getFileName() + ".";
    List<Long> numbers = new ArrayList<>();
    try (Stream<Path> files = Files.list(base.getParent())) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix)
            && name.length() > prefix.length()
            && name.length() - prefix.length() <= 18) {
          String digits = name.substring(prefix.length());
          if (digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            numbers.add(Long.parseLong(digits));
          }
        }
      }
    }
    numbers.sort(null);
    return numbers;
  }

  /**
   * Deletes the segments that the snapshot covers ({@code checkpointed} and lower), hands every
   * complete unit of the others to {@code replay} in order, drops a torn last frame, and starts a
   * new segment for the units to come.
   */
  static ChangeLog open(
      Path base,
      int formatVersion,
      long checkpointed,
      Durability durability,
      long checkpointBytes,
      Comparator<String> keyOrder,
      Consumer<List<Change>> replay,
      Snapshots snapshots,
      Runnable beforeCheckpoint) {
    try {
      if (Files.exists(base)) {
        throw new StoreFileException(
            base,
            base
                + " is a log of an older layout"
                + oldVersion(base)
                + ", but this build of personalize-fake reads format version "
                + formatVersion
                + "; open the folder with a matching build, or move it away to start empty (nothing was changed)");
      }
      Files.deleteIfExists(tmpFile(base));
      TreeMap<String, byte @Nullable []> sinceCut = new TreeMap<>(keyOrder);
      long logBytes = 0;
      long last = checkpointed;
      List<Long> numbers = segments(base);
      for (int i = 0; i < numbers.size(); i++) {
        long n = numbers.get(i);
        Path file = segmentFile(base, n);
        if (n <= checkpointed) {
          Files.deleteIfExists(file);
          continue;
        }
        logBytes +=
            replaySegment(file, n, formatVersion, i == numbers.size() - 1, sinceCut, replay);
        last = n;
      }
      long next = last + 1;
      FileChannel channel = createSegment(base, next, formatVersion);
      ChangeLog log =
          new ChangeLog(
              base,
              formatVersion,
              durability,
              checkpointBytes,
              snapshots,
              keyOrder,
              beforeCheckpoint,
              channel,
              next,
              logBytes,
              sinceCut);
      log.committer.start();
      log.checkpointer.start();
      return log;
    } catch (IOException e) {
      throw new StoreFileException(base, "cannot open the log " + base + ": " + e, e);
    }
  }

  private static String oldVersion(Path file) {
    try {
      byte[] head = new byte[MAGIC.length + 4];
      try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer b = ByteBuffer.wrap(head);
        while (b.hasRemaining() && c.read(b) >= 0) {
          // read the header
        }
        if (b.hasRemaining() || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
          return "";
        }
      }
      return " (format version " + ByteBuffer.wrap(head).getInt(MAGIC.length) + ")";
    } catch (IOException e) {
      return "";
    }
  }

  private static Path tmpFile(Path base) {
    return base.resolveSibling(base.getFileName() + ".tmp");
  }

  /** Replays one segment; returns the bytes of its complete frames. */
  private static long replaySegment(
      Path file,
      long n,
      int formatVersion,
      boolean lastSegment,
      TreeMap<String, byte @Nullable []> sinceCut,
      Consumer<List<Change>> replay)
      throws IOException {
    try (FileChannel c =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = c.size();
      if (size < HEADER) {
        throw new StoreFileException(
            file,
            file
                + " is truncated ("
                + size
                + " bytes, shorter than its header): not a personalize-fake log");
      }
      if (size > Integer.MAX_VALUE - 8) {
        throw new StoreFileException(
            file, file + " is too large to be a personalize-fake log segment (" + size + " bytes)");
      }
      ByteBuffer all = ByteBuffer.allocate((int) size);
      while (all.hasRemaining() && c.read(all, all.position()) >= 0) {
        // read it all
      }
      all.flip();
      byte[] magic = new byte[MAGIC.length];
      all.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new StoreFileException(
            file, file + " is not a personalize-fake log (its header is garbage)");
      }
      int version = all.getInt();
      if (version != formatVersion) {
        throw new StoreFileException(
            file,
            file
                + " has format version "
                + version
                + ", but this build of personalize-fake reads format version "
                + formatVersion
                + "; open it with a matching build, or move the folder away to start empty (nothing was changed)");
      }
      long number = all.getLong();
      if (number != n) {
        throw new StoreFileException(
            file,
            file
                + " is damaged: its header names segment "
                + number
                + "; move the folder away to start empty");
      }
      List<Change> changes;
      while ((changes = nextFrame(all)) != null) {
        for (Change ch : changes) {
          sinceCut.put(ch.key(), ch.value());
        }
        replay.accept(changes);
      }
      if (all.position() < size) {
        if (!lastSegment) {
          // a segment is complete and synced before the next one is started
          throw new StoreFileException(
              file,
              file
                  + " is damaged: a frame at byte "
                  + all.position()
                  + " is torn, but later segments follow; move the folder away to start empty");
        }
        // what a crash leaves: a torn last frame, never acknowledged
        c.truncate(all.position());
        c.force(true);
      }
      return all.position() - HEADER;
    }
  }

  /** Creates segment {@code n} with its header, durably, under its final name. */
  private static FileChannel createSegment(Path base, long n, int formatVersion)
      throws IOException {
    Path tmp = tmpFile(base);
    Path file = segmentFile(base, n);
    ByteBuffer header =
        ByteBuffer.allocate(HEADER).put(MAGIC).putInt(formatVersion).putLong(n).flip();
    try (FileChannel c =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      while (header.hasRemaining()) {
        c.write(header);
      }
      c.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    MapDbStorage.syncFolder(file.getParent());
    return FileChannel.open(file, StandardOpenOption.WRITE);
  }

  /** The next complete frame's changes, or null at the end of the log (or at a torn frame). */
  private static @Nullable List<Change> nextFrame(ByteBuffer in) {
    if (in.remaining() < 8) {
      return null;
    }
    int start = in.position();
    int length = in.getInt();
    int crc = in.getInt();
    if (length < 4 || length > MAX_FRAME || length > in.remaining()) {
      in.position(start);
      return null;
    }
    java.util.zip.CRC32C c = new java.util.zip.CRC32C();
    ByteBuffer payload = in.slice(in.position(), length);
    c.update(payload.duplicate());
    if ((int) c.getValue() != crc) {
      in.position(start);
      return null;
    }
    in.position(in.position() + length);
    int n = payload.getInt();
    List<Change> changes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] k = new byte[payload.getInt()];
      payload.get(k);
      int vlen = payload.getInt();
      byte[] v = null;
      if (vlen >= 0) {
        v = new byte[vlen];
        payload.get(v);
      }
      changes.add(new Change(new String(k, StandardCharsets.UTF_8), v));
    }
    return changes;
  }

  static ByteBuffer frame(List<Change> changes) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(0);
      out.writeInt(0);
      out.writeInt(changes.size());
      for (Change ch : changes) {
        byte[] k = ch.key().getBytes(StandardCharsets.UTF_8);
        out.writeInt(k.length);
        out.write(k);
        byte[] v = ch.value();
        if (v == null) {
          out.writeInt(-1);
        } else {
          out.writeInt(v.length);
          out.write(v);
        }
      }
      out.flush();
      ByteBuffer frame = ByteBuffer.wrap(bytes.toByteArray());
      int length = frame.capacity() - 8;
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(frame.slice(8, length));
      frame.putInt(0, length).putInt(4, (int) crc.getValue());
      return frame;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a unit's changes; returns the sequence number to wait for. */
  long enqueue(List<Change> changes) {
    return enqueue(() -> changes);
  }

  /**
   * Queues a unit whose changes {@code unit} gives when the committer asks: the caller does not
   * wait for the encoding (what it refers to must not change afterwards).
   */
  long enqueue(Supplier<List<Change>> unit) {
    synchronized (monitor) {
      requireHealthy();
      if (closing) {
        throw new IllegalStateException("the store is closed");
      }
      long seq = ++enqueued;
      queue.add(new Pending(seq, unit));
      monitor.notifyAll();
      return seq;
    }
  }

  /**
   * The last sequence number queued: what a unit that changed nothing but saw everything waits for.
   */
  long lastEnqueued() {
    synchronized (monitor) {
      return enqueued;
    }
  }

  /**
   * Waits until unit {@code seq} is on the disk (per-call durability); returns at once when
   * batched.
   */
  void awaitDurable(long seq) {
    if (!durability.isPerCall()) {
      return;
    }
    synchronized (monitor) {
      boolean interrupted = false;
      while (durable < seq && failure == null) {
        try {
          monitor.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (durable < seq) {
        requireHealthy();
      }
    }
  }

  private void requireHealthy() {
    Throwable f = failure;
    if (f != null) {
      throw new IllegalStateException(
          "the store failed to write " + base.getParent() + " and accepts no more calls: " + f, f);
    }
  }

  private void fail(Throwable t) {
    synchronized (monitor) {
      if (failure == null) {
        failure = t;
      }
      monitor.notifyAll();
    }
  }

  private void commitLoop() {
    long lastSync = System.nanoTime();
    try {
      while (true) {
        maybeStartCheckpoint();
        List<Pending> batch;
        boolean last;
        synchronized (monitor) {
          while (queue.isEmpty() && !closing) {
            monitor.wait();
          }
          if (!durability.isPerCall()) {
            long due = lastSync + durability.interval().toNanos();
            long now;
            while (!closing && (now = System.nanoTime()) < due) {
              long wait = Math.max(1, (due - now) / 1_000_000);
              monitor.wait(wait);
            }
          }
          batch = queue;
          queue = new ArrayList<>();
          last = closing;
        }
        if (!batch.isEmpty()) {
          ByteBuffer[] frames = new ByteBuffer[batch.size()];
          List<List<Change>> units = new ArrayList<>(batch.size());
          long bytes = 0;
          for (int i = 0; i < frames.length; i++) {
            List<Change> changes = batch.get(i).unit().get();
            units.add(changes);
            frames[i] = frame(changes);
            bytes += frames[i].remaining();
          }
          channel.position(end);
          long written = 0;
          while (written < bytes) {
            written += channel.write(frames);
          }
          channel.force(false);
          end += bytes;
          logBytes += bytes;
          lastSync = System.nanoTime();
          synchronized (monitor) {
            durable = batch.get(batch.size() - 1).seq();
            monitor.notifyAll();
          }
          for (List<Change> changes : units) {
            for (Change c : changes) {
              sinceCut.put(c.key(), c.value());
            }
          }
        }
        if (last) {
          return;
        }
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  /**
   * When the log has outgrown its limit and no checkpoint is under way: starts a new segment and
   * hands the changes of the older ones to the checkpointer (committer thread).
   */
  private void maybeStartCheckpoint() throws IOException {
    if (sinceCut.isEmpty() || logBytes < Math.max(checkpointBytes, snapshots.dataBytes())) {
      return;
    }
    synchronized (monitor) {
      if (job != null || closing) {
        return;
      }
    }
    long through = segment;
    FileChannel next = createSegment(base, through + 1, formatVersion);
    FileChannel previous = channel;
    channel = next;
    segment = through + 1;
    end = HEADER;
    previous.close();
    Job j = new Job(through, sinceCut);
    sinceCut = new TreeMap<>(keyOrder);
    logBytes = 0;
    synchronized (monitor) {
      job = j;
      monitor.notifyAll();
    }
  }

  private void checkpointLoop() {
    try {
      while (true) {
        Job j;
        synchronized (monitor) {
          while (job == null && !stopCheckpointer) {
            monitor.wait();
          }
          if (job == null) {
            return;
          }
          j = job;
        }
        beforeCheckpoint.run();
        snapshots.write(j.through(), j.changes());
        deleteSegmentsThrough(j.through());
        synchronized (monitor) {
          job = null;
          monitor.notifyAll();
        }
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  private void deleteSegmentsThrough(long through) throws IOException {
    for (long n : segments(base)) {
      if (n <= through) {
        Files.deleteIfExists(segmentFile(base, n));
      }
    }
  }

  /**
   * Writes what is queued, waits for the checkpoint under way, checkpoints the rest, and stops both
   * threads.
   */
  @Override
  public void close() {
    synchronized (monitor) {
      closing = true;
      monitor.notifyAll();
    }
    boolean interrupted = join(committer);
    synchronized (monitor) {
      while (job != null && failure == null) {
        try {
          monitor.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      stopCheckpointer = true;
      monitor.notifyAll();
    }
    interrupted |= join(checkpointer);
    try {
      channel.close();
      synchronized (monitor) {
        requireHealthy();
      }
      if (!sinceCut.isEmpty()) {
        beforeCheckpoint.run();
        snapshots.write(segment, sinceCut);
      }
      deleteSegmentsThrough(segment);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean join(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    return interrupted;
  }
}
