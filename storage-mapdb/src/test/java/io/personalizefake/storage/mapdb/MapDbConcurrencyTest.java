package io.personalizefake.storage.mapdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.service.PersonalizeService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads create and delete dataset groups and list them at the same time, on a MapDB-backed fake
 * with per-call durability (so that units are group-committed): every list is free of duplicates,
 * and at the end, and after a reopen, the fake holds exactly the groups that were created and not
 * deleted.
 */
class MapDbConcurrencyTest {

  @TempDir Path dir;

  @Test
  void concurrent_creates_deletes_and_lists_keep_the_invariants_and_survive_a_reopen()
      throws Exception {
    Set<String> expected = ConcurrentHashMap.newKeySet();
    int threads = 4;
    int perThread = 60;
    try (PersonalizeFake fake = fake()) {
      PersonalizeService p = fake.service();
      ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    String name = "t" + thread + "-" + i;
                    String arn = p.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
                    if (i % 3 == 0) {
                      p.deleteDatasetGroup(b -> b.datasetGroupArn(arn));
                    } else {
                      expected.add(arn);
                    }
                  }
                  return null;
                }));
      }
      Future<Integer> lister =
          pool.submit(
              () -> {
                start.await();
                int lists = 0;
                while (!writers.stream().allMatch(Future::isDone)) {
                  List<String> listed = listAll(p);
                  assertThat(new HashSet<>(listed)).hasSize(listed.size());
                  lists++;
                }
                return lists;
              });
      start.countDown();
      for (Future<?> w : writers) {
        w.get(120, TimeUnit.SECONDS);
      }
      assertThat(lister.get(120, TimeUnit.SECONDS)).isPositive();
      pool.shutdown();
      fake.settle();
      assertThat(listAll(p)).containsExactlyInAnyOrderElementsOf(expected);
    }
    try (PersonalizeFake fake = fake()) {
      assertThat(listAll(fake.service())).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(expected).hasSize(threads * (perThread - perThread / 3));
    }
  }

  private PersonalizeFake fake() {
    return PersonalizeFake.builder()
        .storage(MapDbStorage.builder(dir).checkpointEvery(16 * 1024).open())
        .clock(FakeClock.frozen())
        .quota(Quotas.Quota.DATASET_GROUPS, 10_000)
        .build();
  }

  private static List<String> listAll(PersonalizeService personalize) {
    List<String> arns = new ArrayList<>();
    @Nullable String token = null;
    do {
      String t = token;
      var page = personalize.listDatasetGroups(b -> b.maxResults(100).nextToken(t));
      for (DatasetGroupSummary s : page.datasetGroups()) {
        arns.add(s.datasetGroupArn());
      }
      token = page.nextToken();
    } while (token != null);
    return arns;
  }
}
