package io.personalizefake.storage.memory;

import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;

/** Makes the in-memory store the default of fakes built without a storage. */
public final class MemoryStorageProvider implements StorageProvider {

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public Storage open() {
    return MemoryStorage.create();
  }
}
