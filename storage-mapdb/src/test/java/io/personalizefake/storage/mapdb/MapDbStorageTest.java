package io.personalizefake.storage.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.Timings;
import io.personalizefake.internal.store.IndexEntry;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.Storage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbStorageTest {

  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private PersonalizeFake fake(FakeClock clock) {
    return PersonalizeFake.builder().storage(MapDbStorage.open(dir)).clock(clock).timings(Timings.realistic()).seed(7).build();
  }

  private static void put(Storage s, String id) {
    s.write(tx -> {
      tx.put(new IndexEntry(new Key("s", "k", id), id));
      return null;
    });
  }

  @Test
  void a_fake_reopened_on_the_same_files_answers_describe_and_list_as_before() {
    FakeClock clock = FakeClock.frozenAt(T0);
    String group;
    String other;
    Object described;
    Object listed;
    Object listedWest;
    try (PersonalizeFake fake = fake(clock)) {
      PersonalizeService p = fake.service();
      other = p.createDatasetGroup(b -> b.name("other")).datasetGroupArn();
      clock.advance(Duration.ofHours(1));
      p.deleteDatasetGroup(b -> b.datasetGroupArn(other));
      group = p.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
      fake.service("eu-west-1").createDatasetGroup(b -> b.name("west"));
      described = p.describeDatasetGroup(b -> b.datasetGroupArn(group));
      listed = p.listDatasetGroups(b -> b.maxResults(1));
      listedWest = fake.service("eu-west-1").listDatasetGroups(b -> b.maxResults(10));
    }
    try (PersonalizeFake fake = fake(clock)) {
      PersonalizeService p = fake.service();
      assertThat(p.describeDatasetGroup(b -> b.datasetGroupArn(group))).isEqualTo(described);
      assertThat(p.listDatasetGroups(b -> b.maxResults(1))).isEqualTo(listed);
      assertThat(fake.service("eu-west-1").listDatasetGroups(b -> b.maxResults(10))).isEqualTo(listedWest);
      // the pending transitions kept their due times: the group becomes ACTIVE when they are due
      assertThat(p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status()).isEqualTo("CREATE PENDING");
      assertThat(p.listDatasetGroups(b -> b.maxResults(10)).datasetGroups()).hasSize(2);
      clock.advance(Duration.ofHours(1));
      assertThat(p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status()).isEqualTo("ACTIVE");
      assertThat(p.listDatasetGroups(b -> b.maxResults(10)).datasetGroups()).hasSize(1);
      // ids continue: a new group does not reuse anything
      String again = p.createDatasetGroup(b -> b.name("again")).datasetGroupArn();
      assertThat(again).isNotIn(group, other);
    }
  }

  @Test
  void batched_durability_writes_everything_on_close() {
    Storage s = MapDbStorage.builder(dir).durability(Durability.batched(Duration.ofSeconds(30))).open();
    for (int i = 0; i < 100; i++) {
      put(s, "k" + i);
    }
    s.close();
    try (Storage again = MapDbStorage.open(dir)) {
      assertThat(again.<Long>read(tx -> tx.scanAll().count())).isEqualTo(100);
    }
  }

  @Test
  void a_store_opened_on_a_file_keeps_its_state_in_that_file() {
    Path file = dir.resolve("state.db");
    try (Storage s = MapDbStorage.open(file)) {
      put(s, "a");
    }
    assertThat(file).isRegularFile();
    try (Storage s = MapDbStorage.open(file)) {
      assertThat(s.<Long>read(tx -> tx.scanAll().count())).isEqualTo(1);
    }
  }

  @Test
  void a_second_store_on_open_files_is_refused_with_an_error_naming_the_folder() {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
      assertThatThrownBy(() -> MapDbStorage.open(dir))
          .isInstanceOf(StoreFileException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("already open");
      assertThat(s.<Long>read(tx -> tx.scanAll().count())).isEqualTo(1);
    }
  }

  @Test
  void a_second_process_on_open_files_gets_a_clear_error() throws Exception {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
      Path out = dir.getParent().resolve(dir.getFileName() + "-child.out");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  OpenOnce.class.getName(),
                  dir.toString())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(out)).contains("REFUSED").contains("already open in another process").contains(dir.toAbsolutePath().toString());
      assertThat(s.<Long>read(tx -> tx.scanAll().count())).isEqualTo(1);
    }
    try (Storage s = MapDbStorage.open(dir)) {
      assertThat(s.<Long>read(tx -> tx.scanAll().count())).isEqualTo(1);
    }
  }

  @Test
  void files_of_another_format_version_are_refused_and_left_as_they_are() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
    }
    Path file = dir.resolve(MapDbStorage.FILE_NAME);
    MapDbStorage.writeFormatVersion(file, 2);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("format version 2")
        .hasMessageContaining("reads format version 1");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    // refused again: nothing was reset
    assertThatThrownBy(() -> MapDbStorage.open(dir)).hasMessageContaining("format version 2");
  }

  @Test
  void a_log_of_another_format_version_is_refused() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
    }
    Path log = dir.resolve(MapDbStorage.FILE_NAME + ".log");
    try (var c = java.nio.channels.FileChannel.open(log, StandardOpenOption.WRITE)) {
      c.write(java.nio.ByteBuffer.allocate(4).putInt(0, 9), ChangeLog.MAGIC.length);
    }
    assertThatThrownBy(() -> MapDbStorage.open(dir)).isInstanceOf(StoreFileException.class).hasMessageContaining(log.toString()).hasMessageContaining("format version 9");
  }

  @Test
  void a_truncated_store_file_is_refused_with_an_error_naming_it() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      for (int i = 0; i < 500; i++) {
        put(s, "k" + i);
      }
    }
    Path file = dir.resolve(MapDbStorage.FILE_NAME);
    for (long size : List.of(Files.size(file) / 2, 100L, 0L)) {
      try (var c = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
        c.truncate(size);
      }
      assertThatThrownBy(() -> MapDbStorage.open(dir))
          .as("truncated to %d bytes", size)
          .isInstanceOf(StoreFileException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void a_garbage_store_file_is_refused_with_an_error_naming_it() throws IOException {
    Path file = dir.resolve(MapDbStorage.FILE_NAME);
    byte[] garbage = new byte[64 * 1024];
    new Random(1).nextBytes(garbage);
    Files.write(file, garbage);
    assertThatThrownBy(() -> MapDbStorage.open(dir)).isInstanceOf(StoreFileException.class).hasMessageContaining(file.toString());
    Files.writeString(file, "hello, not a store", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MapDbStorage.open(dir)).isInstanceOf(StoreFileException.class).hasMessageContaining(file.toString());
  }

  @Test
  void a_garbage_log_is_refused_with_an_error_naming_it() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
    }
    Path log = dir.resolve(MapDbStorage.FILE_NAME + ".log");
    Files.writeString(log, "garbage garbage garbage", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MapDbStorage.open(dir)).isInstanceOf(StoreFileException.class).hasMessageContaining(log.toString());
  }

  @Test
  void a_torn_last_frame_of_the_log_is_dropped_and_the_store_opens() throws IOException {
    Storage s = MapDbStorage.builder(dir).checkpointBytes(1L << 30).open();
    put(s, "a");
    put(s, "b");
    // what a crash leaves: the log with the synced units, then half a frame
    Path log = dir.resolve(MapDbStorage.FILE_NAME + ".log");
    byte[] synced = Files.readAllBytes(log);
    s.close();
    byte[] torn = ChangeLog.frame(List.of(new ChangeLog.Change("s\u0000k\u0000c", new byte[] {1, 2, 3}))).array();
    byte[] crashed = new byte[synced.length + torn.length - 2];
    System.arraycopy(synced, 0, crashed, 0, synced.length);
    System.arraycopy(torn, 0, crashed, synced.length, torn.length - 2);
    Files.write(dir.resolve(MapDbStorage.FILE_NAME + ".log"), crashed);
    try (Storage again = MapDbStorage.open(dir)) {
      assertThat(again.<List<String>>read(tx -> tx.scanAll().map(r -> r.key().id()).toList())).containsExactly("a", "b");
    }
  }
}
