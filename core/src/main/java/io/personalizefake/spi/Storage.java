package io.personalizefake.spi;

import java.util.function.Function;

/**
 * A store of records. Units of work are atomic: a write unit that throws leaves nothing behind, and
 * one that returns is visible to every later unit (and durable, as far as the store's mode
 * promises). Write units never run at the same time as each other; read units see either all or
 * none of a write unit's changes.
 */
public interface Storage extends AutoCloseable {

  <T> T read(Function<? super ReadTx, ? extends T> work);

  <T> T write(Function<? super WriteTx, ? extends T> work);

  /**
   * Whether a write unit may wait for something outside the JVM (a disk, a network) before it
   * returns. A server runs calls on a store that says no on the thread that read them, and calls on
   * any other store on worker threads. A store that cannot promise it never blocks keeps the
   * default.
   */
  default boolean writesMayBlock() {
    return true;
  }

  /** Releases files and other resources; the store must not be used afterwards. */
  @Override
  void close();
}
