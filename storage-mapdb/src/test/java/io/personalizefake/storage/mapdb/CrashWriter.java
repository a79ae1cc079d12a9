package io.personalizefake.storage.mapdb;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.service.PersonalizeService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link MapDbCrashTest}: creates dataset groups from two threads, with per-call
 * durability and a small log, checkpointed however large the store has grown (so that kills land in
 * checkpoints too), and prints each ARN once CreateDatasetGroup has returned it, until it is
 * killed.
 */
public final class CrashWriter {

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String run = args[1];
    PersonalizeFake fake =
        PersonalizeFake.builder()
            .storage(MapDbStorage.builder(dir).checkpointEvery(32 * 1024).open())
            .clock(FakeClock.frozen())
            .quota(Quotas.Quota.DATASET_GROUPS, 1_000_000)
            .build();
    PersonalizeService personalize = fake.service();
    PrintStream out = System.out;
    Object printLock = new Object();
    Thread[] writers = new Thread[2];
    for (int t = 0; t < writers.length; t++) {
      int thread = t;
      writers[t] =
          new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  String arn =
                      personalize
                          .createDatasetGroup(
                              b -> b.name("r" + run + "-t" + thread + "-" + System.nanoTime()))
                          .datasetGroupArn();
                  byte[] line = (arn + "\n").getBytes(StandardCharsets.UTF_8);
                  synchronized (printLock) {
                    out.write(line, 0, line.length);
                    out.flush();
                  }
                }
              });
      writers[t].start();
    }
    for (Thread w : writers) {
      w.join();
    }
  }
}
