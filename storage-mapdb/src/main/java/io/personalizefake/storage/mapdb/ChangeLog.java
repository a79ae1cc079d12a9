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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The append-only log of write units since the last checkpoint. One frame per unit ({@code
 * length, crc32c, changes}); a committer thread appends every queued frame and syncs them with one
 * fsync (group commit), then wakes the writers that wait. A frame that is torn or fails its
 * checksum ends the log: it was never synced, so no caller was told it was kept.
 *
 * <p>When the log grows past a size (at least the snapshot's estimated size, so that the cost of
 * rewriting the snapshot is spread over as many bytes of log), the committer hands the changes since the last checkpoint to
 * the checkpoint action (which commits them to MapDB) and empties the log. Replaying a log whose
 * changes are already in MapDB changes nothing, since every change carries the whole value.
 */
final class ChangeLog implements AutoCloseable {

  static final byte[] MAGIC = "PFAKELOG".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = MAGIC.length + 4;
  private static final int MAX_FRAME = 256 << 20;

  /** One key's new value (null: deleted). Keys are {@code RecordCodec.encodeKey} strings. */
  record Change(String key, byte @Nullable [] value) {}

  private record Pending(long seq, ByteBuffer frame, List<Change> changes) {}

  private final Path file;
  private final FileChannel channel;
  private final Durability durability;
  private final long checkpointBytes;
  private final Consumer<Map<String, byte @Nullable []>> checkpoint;
  private final LongSupplier snapshotBytes;
  private final Thread committer;

  private final Object monitor = new Object();
  private List<Pending> queue = new ArrayList<>();
  private long enqueued;
  private long durable;
  private @Nullable Throwable failure;
  private boolean closing;

  // committer thread only
  private long end;
  private final Map<String, byte @Nullable []> sinceCheckpoint = new LinkedHashMap<>();

  private ChangeLog(
      Path file,
      FileChannel channel,
      Durability durability,
      long checkpointBytes,
      Consumer<Map<String, byte @Nullable []>> checkpoint,
      LongSupplier snapshotBytes) {
    this.snapshotBytes = snapshotBytes;
    this.file = file;
    this.channel = channel;
    this.durability = durability;
    this.checkpointBytes = checkpointBytes;
    this.checkpoint = checkpoint;
    this.end = HEADER;
    this.committer = new Thread(this::run, "personalize-fake-mapdb-committer");
    committer.setDaemon(true);
  }

  /**
   * Reads the log at {@code file} (creating an empty one if there is none), hands every complete
   * unit to {@code replay} in order, then empties the log after {@code afterReplay} has made the
   * replayed changes durable elsewhere.
   */
  static ChangeLog open(
      Path file,
      int formatVersion,
      Durability durability,
      long checkpointBytes,
      Consumer<List<Change>> replay,
      Runnable afterReplay,
      Consumer<Map<String, byte @Nullable []>> checkpoint,
      LongSupplier snapshotBytes) {
    try {
      if (!Files.exists(file)) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).putInt(formatVersion).flip();
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
          while (header.hasRemaining()) {
            c.write(header);
          }
          c.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        MapDbStorage.syncFolder(file.getParent());
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        long size = channel.size();
        if (size < HEADER) {
          throw new StoreFileException(file, file + " is truncated (" + size + " bytes, shorter than its header): not a personalize-fake log");
        }
        ByteBuffer all = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE - 8));
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
          // read it all
        }
        all.flip();
        byte[] magic = new byte[MAGIC.length];
        all.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
          throw new StoreFileException(file, file + " is not a personalize-fake log (its header is garbage)");
        }
        int version = all.getInt();
        if (version != formatVersion) {
          throw new StoreFileException(
              file,
              file + " has format version " + version + ", but this build of personalize-fake reads format version "
                  + formatVersion + "; open it with a matching build, or move the folder away to start empty (nothing was changed)");
        }
        boolean any = false;
        List<Change> changes;
        while ((changes = nextFrame(all)) != null) {
          replay.accept(changes);
          any = true;
        }
        if (any || size > HEADER) {
          afterReplay.run();
          channel.truncate(HEADER);
          channel.force(true);
        }
      } catch (RuntimeException | IOException e) {
        channel.close();
        throw e;
      }
      ChangeLog log = new ChangeLog(file, channel, durability, checkpointBytes, checkpoint, snapshotBytes);
      log.committer.start();
      return log;
    } catch (IOException e) {
      throw new StoreFileException(file, "cannot open " + file + ": " + e, e);
    }
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
    CRC32C c = new CRC32C();
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
      CRC32C crc = new CRC32C();
      crc.update(frame.slice(8, length));
      frame.putInt(0, length).putInt(4, (int) crc.getValue());
      return frame;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a unit's changes; returns the sequence number to wait for. */
  long enqueue(List<Change> changes) {
    ByteBuffer frame = frame(changes);
    synchronized (monitor) {
      requireHealthy();
      if (closing) {
        throw new IllegalStateException("the store is closed");
      }
      long seq = ++enqueued;
      queue.add(new Pending(seq, frame, changes));
      monitor.notifyAll();
      return seq;
    }
  }

  /** The last sequence number queued: what a unit that changed nothing but saw everything waits for. */
  long lastEnqueued() {
    synchronized (monitor) {
      return enqueued;
    }
  }

  /** Waits until unit {@code seq} is on the disk (per-call durability); returns at once when batched. */
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
      throw new IllegalStateException("the store failed to write " + file + " and accepts no more calls: " + f, f);
    }
  }

  private void run() {
    long lastSync = System.nanoTime();
    try {
      while (true) {
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
          long bytes = 0;
          for (int i = 0; i < frames.length; i++) {
            frames[i] = batch.get(i).frame();
            bytes += frames[i].remaining();
          }
          channel.position(end);
          long written = 0;
          while (written < bytes) {
            written += channel.write(frames);
          }
          channel.force(false);
          end += bytes;
          lastSync = System.nanoTime();
          for (Pending p : batch) {
            for (Change c : p.changes()) {
              sinceCheckpoint.put(c.key(), c.value());
            }
          }
          synchronized (monitor) {
            durable = batch.get(batch.size() - 1).seq();
            monitor.notifyAll();
          }
        }
        if (last || end >= Math.max(checkpointBytes, snapshotBytes.getAsLong())) {
          if (!sinceCheckpoint.isEmpty()) {
            checkpoint.accept(sinceCheckpoint);
            sinceCheckpoint.clear();
          }
          channel.truncate(HEADER);
          channel.force(true);
          end = HEADER;
        }
        if (last) {
          return;
        }
      }
    } catch (Throwable t) {
      synchronized (monitor) {
        failure = t;
        monitor.notifyAll();
      }
    }
  }

  /** Writes what is queued, checkpoints, and stops the committer. */
  @Override
  public void close() {
    synchronized (monitor) {
      closing = true;
      monitor.notifyAll();
    }
    boolean interrupted = false;
    while (committer.isAlive()) {
      try {
        committer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (monitor) {
      requireHealthy();
    }
  }
}
