package io.personalizefake.spi;

/**
 * A value kept by a store. Records are immutable; the core replaces a record by putting a new one
 * under the same key. The memory store keeps the objects themselves; a file store turns them into
 * bytes with a {@link RecordSerializer}.
 */
public interface StoredRecord {
  Key key();
}
