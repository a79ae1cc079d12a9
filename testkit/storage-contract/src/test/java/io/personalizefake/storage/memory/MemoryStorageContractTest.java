package io.personalizefake.storage.memory;

import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.Storage;
import io.personalizefake.testkit.storage.StorageContract;
import io.personalizefake.testkit.storage.StorageContract.Feature;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

class MemoryStorageContractTest extends StorageContract {

  @Override
  protected Storage open(Path dir, RecordSerializer serializer) {
    return MemoryStorage.create();
  }

  @Override
  protected Set<Feature> features() {
    return EnumSet.of(Feature.FORGETS_ON_CLOSE, Feature.NEVER_BLOCKS);
  }
}
