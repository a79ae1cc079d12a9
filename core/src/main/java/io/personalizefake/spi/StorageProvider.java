package io.personalizefake.spi;

import java.nio.file.Path;

/**
 * Found through {@link java.util.ServiceLoader}: how a fake that was given no storage gets one, and
 * how the testkit opens a store of a kind it is asked for. {@code personalize-fake-storage-memory}
 * provides the in-memory store this way, {@code personalize-fake-storage-mapdb} the file store.
 */
public interface StorageProvider {

  /** Lower comes first when several providers are on the class path. */
  default int priority() {
    return 100;
  }

  /** The kind of store, e.g. {@code memory} or {@code mapdb}. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** A new, empty store. */
  Storage open();

  /**
   * A store whose files live in {@code folder}; stores that keep no files ignore the folder.
   *
   * @throws UnsupportedOperationException when this kind of store cannot be opened on a folder
   */
  default Storage open(Path folder) {
    return open();
  }
}
