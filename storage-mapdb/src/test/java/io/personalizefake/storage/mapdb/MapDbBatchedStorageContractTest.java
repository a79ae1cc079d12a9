package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The same contract with batched durability and a tiny log, so that checkpoints happen all the
 * time.
 */
class MapDbBatchedStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir) {
    return MapDbStorage.builder(dir)
        .durability(Durability.batched(Duration.ofMillis(5)))
        .checkpointEvery(4096)
        .open();
  }

  @Override
  protected boolean persistent() {
    return true;
  }
}
