package io.personalizefake.spi;

/**
 * Found through {@link java.util.ServiceLoader}: how a fake that was given no storage gets one.
 * {@code personalize-fake-storage-memory} provides the in-memory store this way.
 */
public interface StorageProvider {

  /** Lower comes first when several providers are on the class path. */
  default int priority() {
    return 100;
  }

  /** A new, empty store. */
  Storage open();
}
