package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import io.personalizefake.testkit.storage.StorageContract.Feature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The same contract with batched durability and a tiny log, so that checkpoints happen all the
 * time.
 */
class MapDbBatchedStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir, RecordSerializer serializer) {
    return MapDbStorage.builder(dir)
        .serializer(serializer)
        .durability(Durability.batched(Duration.ofMillis(5)))
        .checkpointEvery(4096)
        .open();
  }

  @Override
  protected Set<Feature> features() {
    return EnumSet.of(Feature.PERSISTENT, Feature.MAY_BLOCK);
  }
}
