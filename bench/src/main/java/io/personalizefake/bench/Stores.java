package io.personalizefake.bench;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.spi.Storage;
import io.personalizefake.storage.mapdb.Durability;
import io.personalizefake.storage.mapdb.MapDbStorage;
import io.personalizefake.storage.memory.MemoryStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** The stores the benchmarks compare, by the name of their {@code store} parameter. */
final class Stores {

  private Stores() {}

  /**
   * {@code memory}, {@code mapdb-per-call} (every write unit forced to disk before it returns) or
   * {@code mapdb-batched} (forced at most every 50 ms), the MapDB ones in a new folder under {@code
   * dir}.
   */
  static Storage open(String store, Path dir) {
    return switch (store) {
      case "memory" -> MemoryStorage.create();
      case "mapdb-per-call" -> MapDbStorage.open(dir.resolve("store"));
      case "mapdb-batched" ->
          MapDbStorage.builder(dir.resolve("store"))
              .durability(Durability.batched(Duration.ofMillis(50)))
              .open();
      default -> throw new IllegalArgumentException("unknown store " + store);
    };
  }

  /**
   * A fake on a frozen clock, with every quota lifted so that benchmarks can create without end.
   */
  static PersonalizeFake fake(Storage storage) {
    Quotas quotas = Quotas.defaults();
    for (Quotas.Quota q : Quotas.Quota.values()) {
      quotas = quotas.with(q, Long.MAX_VALUE);
    }
    return PersonalizeFake.builder()
        .storage(storage)
        .clock(FakeClock.frozen())
        .seed(1)
        .quotas(quotas)
        .build();
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
