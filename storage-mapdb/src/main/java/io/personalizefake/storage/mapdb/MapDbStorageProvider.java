package io.personalizefake.storage.mapdb;

import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StorageProvider;
import java.nio.file.Path;

/**
 * Makes the file store available by name ({@code mapdb}) to code that looks stores up, such as the
 * testkit's {@code storage = MAPDB}. Its priority is low, so a fake given no storage still keeps
 * its state in memory when both stores are on the class path.
 */
public final class MapDbStorageProvider implements StorageProvider {

  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public String name() {
    return "mapdb";
  }

  /** Refused: a file store needs a folder. */
  @Override
  public Storage open() {
    throw new UnsupportedOperationException("the MapDB store needs a folder: open(Path)");
  }

  @Override
  public Storage open(Path folder) {
    return MapDbStorage.open(folder);
  }
}
