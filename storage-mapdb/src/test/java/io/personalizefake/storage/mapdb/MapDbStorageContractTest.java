package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import java.nio.file.Path;

class MapDbStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir) {
    return MapDbStorage.open(dir);
  }

  @Override
  protected boolean persistent() {
    return true;
  }
}
