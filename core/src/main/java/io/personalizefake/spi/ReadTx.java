package io.personalizefake.spi;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A consistent view of a store during one unit of work. */
public interface ReadTx {

  /** The record under {@code key}, or null. */
  @Nullable StoredRecord get(Key key);

  /**
   * The records of {@code range} in key order. The stream is lazy: a caller that stops early pays
   * only for what it read. It must be consumed inside the unit of work.
   */
  Stream<StoredRecord> scan(KeyRange range);

  /**
   * The first record of {@code range} in key order, or null; stores may answer it without a scan.
   */
  default @Nullable StoredRecord first(KeyRange range) {
    return scan(range).findFirst().orElse(null);
  }

  /**
   * Every record of the store, of every scope and kind, in key order (for snapshots and resets).
   */
  Stream<StoredRecord> scanAll();
}
