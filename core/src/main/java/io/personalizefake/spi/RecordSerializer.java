package io.personalizefake.spi;

import java.util.ServiceLoader;

/**
 * Turns records into bytes and back, for a store that keeps bytes (files, a remote service). A
 * store is given one when it is opened; the memory store keeps the records themselves and needs
 * none. {@code decode(encode(r))} equals {@code r} for every record the serializer knows.
 */
public interface RecordSerializer {

  byte[] encode(StoredRecord record);

  /**
   * @throws RuntimeException when the bytes are not a record this serializer wrote
   */
  StoredRecord decode(byte[] bytes);

  /**
   * The serializer of every record the fake's core stores, found by {@link ServiceLoader} on the
   * class path (personalize-fake-core provides it).
   *
   * @throws IllegalStateException when none is on the class path
   */
  static RecordSerializer standard() {
    return Standard.INSTANCE;
  }

  /** Looked up once per class loader. */
  final class Standard {
    private static final RecordSerializer INSTANCE =
        ServiceLoader.load(RecordSerializer.class, RecordSerializer.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no RecordSerializer on the class path"));

    private Standard() {}
  }
}
