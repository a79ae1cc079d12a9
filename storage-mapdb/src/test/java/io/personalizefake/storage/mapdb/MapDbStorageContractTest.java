package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import io.personalizefake.testkit.storage.StorageContract.Feature;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

class MapDbStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir, RecordSerializer serializer) {
    return MapDbStorage.builder(dir).serializer(serializer).open();
  }

  @Override
  protected Set<Feature> features() {
    return EnumSet.of(Feature.PERSISTENT, Feature.MAY_BLOCK);
  }
}
