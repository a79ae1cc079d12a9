package io.personalizefake.spi;

/** A unit of work that may change the store; its changes become visible together when it ends. */
public interface WriteTx extends ReadTx {

  /** Puts {@code record} under its key, replacing what was there. */
  void put(StoredRecord record);

  /** Removes the record under {@code key}, if any. */
  void delete(Key key);
}
