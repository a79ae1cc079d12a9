package io.personalizefake.storage.mapdb;

import java.nio.file.Path;

/** The child JVM of a test: opens the store at {@code args[0]} and says whether it could. */
public final class OpenOnce {

  private OpenOnce() {}

  public static void main(String[] args) {
    try (MapDbStorage s = MapDbStorage.open(Path.of(args[0]))) {
      System.out.println("OPENED " + s.size());
    } catch (StoreFileException e) {
      System.out.println("REFUSED " + e.getMessage());
    }
  }
}
