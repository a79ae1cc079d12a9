package io.personalizefake.storage.mapdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.ListDatasetGroupsResponse;
import io.personalizefake.service.PersonalizeService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that writes continuously with SIGKILL at random moments; after each kill the
 * store must open, hold every dataset group whose create was acknowledged, and list each stored
 * group exactly once. 20 kills by default; {@code -Dpersonalizefake.crash.kills=200} or {@code
 * -Pcrash-soak} for more.
 */
class MapDbCrashTest {

  @TempDir Path dir;

  @Test
  void no_acknowledged_create_is_lost_when_the_writer_is_killed() throws Exception {
    int kills = Integer.getInteger("personalizefake.crash.kills", 20);
    long seed = Long.getLong("personalizefake.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    Path store = dir.resolve("store");
    Set<String> acknowledged = new HashSet<>();
    for (int run = 0; run < kills; run++) {
      Path stdout = dir.resolve("child-" + run + ".out");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx128m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashWriter.class.getName(),
                  store.toString(),
                  Integer.toString(run))
              .redirectError(dir.resolve("child-" + run + ".err").toFile())
              .redirectOutput(stdout.toFile())
              .start();
      // wait for the first acknowledged create, then let it write for a random while
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (Files.size(stdout) == 0 && child.isAlive() && System.nanoTime() < deadline) {
        child.waitFor(10, TimeUnit.MILLISECONDS);
      }
      assertThat(child.isAlive())
          .as("run %d (seed %d) is writing; see %s", run, seed, dir)
          .isTrue();
      child.waitFor(random.nextInt(300), TimeUnit.MILLISECONDS);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      List<String> acked = completeLines(stdout);
      acknowledged.addAll(acked);

      try (PersonalizeFake fake =
          PersonalizeFake.builder()
              .storage(MapDbStorage.open(store))
              .clock(FakeClock.frozen())
              .build()) {
        PersonalizeService personalize = fake.service();
        List<String> listed = listAll(personalize);
        assertThat(new HashSet<>(listed))
            .as("run %d (seed %d): each group listed once", run, seed)
            .hasSize(listed.size());
        assertThat(listed)
            .as("run %d (seed %d): every acknowledged group is kept", run, seed)
            .containsAll(acknowledged);
        // at most one create per writer thread was under way when the child died
        assertThat(listed.size() - acknowledged.size())
            .as("run %d: unacknowledged groups kept", run)
            .isBetween(0, 2 * (run + 1));
        for (String arn : listed) {
          assertThat(
                  personalize
                      .describeDatasetGroup(b -> b.datasetGroupArn(arn))
                      .datasetGroup()
                      .datasetGroupArn())
              .isEqualTo(arn);
        }
      }
    }
    assertThat(acknowledged).hasSizeGreaterThan(kills);
  }

  private static List<String> listAll(PersonalizeService personalize) {
    List<String> arns = new ArrayList<>();
    @Nullable String token = null;
    do {
      String t = token;
      ListDatasetGroupsResponse page =
          personalize.listDatasetGroups(b -> b.maxResults(100).nextToken(t));
      for (DatasetGroupSummary s : page.datasetGroups()) {
        arns.add(s.datasetGroupArn());
      }
      token = page.nextToken();
    } while (token != null);
    return arns;
  }

  /** The lines of {@code file} that end with a newline (the last one may be torn by the kill). */
  private static List<String> completeLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    lines.remove(lines.size() - 1);
    return lines;
  }
}
