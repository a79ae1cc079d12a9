package io.personalizefake.storage.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MapDbStorageTest {

  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private PersonalizeFake fake(FakeClock clock) {
    return PersonalizeFake.builder()
        .storage(MapDbStorage.open(dir))
        .clock(clock)
        .timings(Timings.realistic())
        .seed(7)
        .build();
  }

  private static void put(Storage s, String id) {
    s.write(
        tx -> {
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
      assertThat(fake.service("eu-west-1").listDatasetGroups(b -> b.maxResults(10)))
          .isEqualTo(listedWest);
      // the pending transitions kept their due times: the group becomes ACTIVE when they are due
      assertThat(p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
          .isEqualTo("CREATE PENDING");
      assertThat(p.listDatasetGroups(b -> b.maxResults(10)).datasetGroups()).hasSize(2);
      clock.advance(Duration.ofHours(1));
      assertThat(p.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
          .isEqualTo("ACTIVE");
      assertThat(p.listDatasetGroups(b -> b.maxResults(10)).datasetGroups()).hasSize(1);
      // ids continue: a new group does not reuse anything
      String again = p.createDatasetGroup(b -> b.name("again")).datasetGroupArn();
      assertThat(again).isNotIn(group, other);
    }
  }

  @Test
  void batched_durability_writes_everything_on_close() {
    Storage s =
        MapDbStorage.builder(dir).durability(Durability.batched(Duration.ofSeconds(30))).open();
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
      assertThat(Files.readString(out))
          .contains("REFUSED")
          .contains("already open in another process")
          .contains(dir.toAbsolutePath().toString());
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
    int other = MapDbStorage.FORMAT_VERSION + 1;
    MapDbStorage.writeFormatVersion(file, other);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("format version " + other)
        .hasMessageContaining("reads format version " + MapDbStorage.FORMAT_VERSION);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    // refused again: nothing was reset
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .hasMessageContaining("format version " + other);
  }

  @Test
  void a_store_of_the_first_format_is_refused_and_left_as_it_is() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
    }
    // the first layout: format version 1 in the MapDB file, one log file without a number
    Path file = dir.resolve(MapDbStorage.FILE_NAME);
    MapDbStorage.writeFormatVersion(file, 1);
    Path oldLog = dir.resolve(MapDbStorage.FILE_NAME + ".log");
    Files.write(
        oldLog,
        java.nio.ByteBuffer.allocate(ChangeLog.MAGIC.length + 4)
            .put(ChangeLog.MAGIC)
            .putInt(1)
            .array());
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("format version 1")
        .hasMessageContaining("reads format version " + MapDbStorage.FORMAT_VERSION);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(oldLog).exists();
  }

  @Test
  void an_old_layout_log_beside_a_new_store_file_is_refused() throws IOException {
    try (Storage s = MapDbStorage.open(dir)) {
      put(s, "a");
    }
    Path oldLog = dir.resolve(MapDbStorage.FILE_NAME + ".log");
    Files.write(
        oldLog,
        java.nio.ByteBuffer.allocate(ChangeLog.MAGIC.length + 4)
            .put(ChangeLog.MAGIC)
            .putInt(1)
            .array());
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(oldLog.toString())
        .hasMessageContaining("format version 1");
    assertThat(oldLog).exists();
  }

  @Test
  void a_log_of_another_format_version_is_refused() throws IOException {
    Path crashed = crashedWith("a");
    Path log = onlySegment(crashed);
    try (var c = java.nio.channels.FileChannel.open(log, StandardOpenOption.WRITE)) {
      c.write(java.nio.ByteBuffer.allocate(4).putInt(0, 9), ChangeLog.MAGIC.length);
    }
    assertThatThrownBy(() -> MapDbStorage.open(crashed))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(log.toString())
        .hasMessageContaining("format version 9");
  }

  @Test
  void a_truncated_log_header_is_refused_with_an_error_naming_it() throws IOException {
    Path crashed = crashedWith("a");
    Path log = onlySegment(crashed);
    try (var c = java.nio.channels.FileChannel.open(log, StandardOpenOption.WRITE)) {
      c.truncate(ChangeLog.HEADER - 1);
    }
    assertThatThrownBy(() -> MapDbStorage.open(crashed))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(log.toString())
        .hasMessageContaining("truncated");
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
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(file.toString());
    Files.writeString(file, "hello, not a store", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MapDbStorage.open(dir))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void a_garbage_log_is_refused_with_an_error_naming_it() throws IOException {
    Path crashed = crashedWith("a");
    Path log = onlySegment(crashed);
    Files.writeString(log, "garbage garbage garbage", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MapDbStorage.open(crashed))
        .isInstanceOf(StoreFileException.class)
        .hasMessageContaining(log.toString());
  }

  @Test
  void a_torn_last_frame_of_the_log_is_dropped_and_the_store_opens() throws IOException {
    Path crashed = crashedWith("a", "b");
    // what a crash leaves: the log with the synced units, then half a frame
    Path log = onlySegment(crashed);
    byte[] torn =
        ChangeLog.frame(List.of(new ChangeLog.Change("s\u0000k\u0000c", new byte[] {1, 2, 3})))
            .array();
    Files.write(log, java.util.Arrays.copyOf(torn, torn.length - 2), StandardOpenOption.APPEND);
    try (Storage again = MapDbStorage.open(crashed)) {
      assertThat(ids(again)).containsExactly("a", "b");
      put(again, "d");
    }
    try (Storage again = MapDbStorage.open(crashed)) {
      assertThat(ids(again)).containsExactly("a", "b", "d");
    }
  }

  @Test
  void a_store_that_crashes_again_before_its_replayed_log_is_checkpointed_keeps_everything()
      throws IOException {
    Path first = crashedWith("a", "b");
    Path second = dir.resolve("second");
    try (Storage s = MapDbStorage.builder(first).checkpointBytes(1L << 30).open()) {
      assertThat(ids(s)).containsExactly("a", "b");
      put(s, "c");
      s.write(
          tx -> {
            tx.delete(new Key("s", "k", "a"));
            return null;
          });
      copyFiles(first, second);
    }
    assertThat(ChangeLog.segments(second.resolve(MapDbStorage.FILE_NAME + ".log"))).hasSize(2);
    try (Storage s = MapDbStorage.open(second)) {
      assertThat(ids(s)).containsExactly("b", "c");
    }
    try (Storage s = MapDbStorage.open(second)) {
      assertThat(ids(s)).containsExactly("b", "c");
    }
    assertThat(ChangeLog.segments(second.resolve(MapDbStorage.FILE_NAME + ".log"))).isEmpty();
  }

  @Test
  @Timeout(120)
  void calls_are_made_durable_while_a_checkpoint_is_under_way() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    Path crashed = dir.resolve("crashed");
    try (Storage s =
        MapDbStorage.builder(dir)
            .checkpointBytes(1)
            .beforeCheckpoint(
                () -> {
                  if (first.getAndSet(false)) {
                    started.countDown();
                    awaitUninterruptibly(release);
                  }
                })
            .open()) {
      put(s, "a");
      started.await();
      // the checkpoint of "a" is held; per-call writes go on into the next segment
      for (int i = 0; i < 50; i++) {
        put(s, "n" + i);
      }
      // a crash now leaves the old snapshot and two segments
      copyFiles(dir, crashed);
      release.countDown();
    }
    try (Storage s = MapDbStorage.open(dir)) {
      assertThat(ids(s)).hasSize(51).contains("a", "n0", "n49");
    }
    assertThat(ChangeLog.segments(crashed.resolve(MapDbStorage.FILE_NAME + ".log")))
        .hasSizeGreaterThanOrEqualTo(2);
    try (Storage s = MapDbStorage.open(crashed)) {
      assertThat(ids(s)).hasSize(51).contains("a", "n0", "n49");
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // wait on
      }
    }
  }

  private static List<String> ids(Storage s) {
    return s.read(tx -> tx.scanAll().map(r -> r.key().id()).toList());
  }

  /**
   * A copy of the files of a store that is still open with {@code ids} put: what a crash leaves.
   */
  private Path crashedWith(String... ids) throws IOException {
    Path live = dir.resolve("live");
    Path crashed = dir.resolve("crashed");
    try (Storage s = MapDbStorage.builder(live).checkpointBytes(1L << 30).open()) {
      for (String id : ids) {
        put(s, id);
      }
      copyFiles(live, crashed);
    }
    return crashed;
  }

  private static Path onlySegment(Path store) throws IOException {
    Path base = store.resolve(MapDbStorage.FILE_NAME + ".log");
    List<Long> segments = ChangeLog.segments(base);
    assertThat(segments).hasSize(1);
    return ChangeLog.segmentFile(base, segments.get(0));
  }

  /** Copies the store's files but its lock file, as a crash would leave them. */
  private static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
