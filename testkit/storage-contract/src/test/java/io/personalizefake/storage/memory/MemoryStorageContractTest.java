package io.personalizefake.storage.memory;

import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import java.nio.file.Path;

class MemoryStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir) {
    return MemoryStorage.create();
  }

  @Override
  protected boolean persistent() {
    return false;
  }
}
