package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.storage.memory.MemoryStorage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heap bytes per stored resource: the used heap after a full GC with a fake holding {@code n}
 * dataset groups (default 100,000) in memory, less the used heap with an empty fake, over {@code
 * n}. The baseline is a {@code ConcurrentHashMap} holding the same ARNs as keys and values, the
 * least a store of those resources could keep. Writes a small JSON file to {@code args[0]}.
 */
public final class HeapPerResource {

  private static volatile Object keep;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "heap.json");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    double fakeBest = Double.MAX_VALUE;
    double mapBest = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      PersonalizeFake fake = Stores.fake(MemoryStorage.create());
      PersonalizeService p = fake.service();
      p.listDatasetGroups(b -> {});
      long empty = usedAfterGc();
      String[] arns = new String[n];
      for (int i = 0; i < n; i++) {
        arns[i] =
            p.createDatasetGroup(CreateDatasetGroupRequest.builder().name("group-" + i).build())
                .datasetGroupArn();
      }
      fake.settleAll();
      long full = usedAfterGc();
      // the ARNs the loop kept are not the store's: count them out
      long arnBytes = measureArns(n);
      double perFake = (full - empty - arnBytes) / (double) n;
      keep = fake;
      keep = null;
      fake.close();
      fake = null;

      long before = usedAfterGc();
      ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
      for (String a : arns) {
        String copy = new String(a.toCharArray());
        map.put(copy, copy);
      }
      long after = usedAfterGc();
      keep = map;
      double perMap = (after - before) / (double) n;
      keep = null;
      System.out.printf(
          Locale.ROOT,
          "round %d: fake %.0f bytes per dataset group, ConcurrentHashMap %.0f bytes per entry%n",
          round,
          perFake,
          perMap);
      fakeBest = Math.min(fakeBest, perFake);
      mapBest = Math.min(mapBest, perMap);
    }
    String json =
        String.format(
            Locale.ROOT,
            "{\"resources\": %d, \"fakeBytesPerResource\": %.1f, \"baselineConcurrentHashMapBytesPerEntry\": %.1f}%n",
            n,
            fakeBest,
            mapBest);
    Files.writeString(out, json);
    System.out.print(json);
  }

  /** The heap that {@code n} ARN strings like the ones the loop kept take, with their array. */
  private static long measureArns(int n) {
    long before = usedAfterGc();
    String[] arns = new String[n];
    for (int i = 0; i < n; i++) {
      arns[i] = "arn:aws:personalize:us-east-1:123456789012:dataset-group/group-" + i;
    }
    long after = usedAfterGc();
    keep = arns;
    keep = null;
    return after - before;
  }

  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
