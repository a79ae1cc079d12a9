package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.ListDatasetGroupsRequest;
import java.util.Locale;

/**
 * One cold start, split into its steps, for a fresh JVM: building the fake, then its first call.
 * Run it under {@code -Xlog:class+load} to see which packages they come from, or with {@code
 * -XX:ArchiveClassesAtExit} to write a class-data archive.
 */
public final class StartupProbe {

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    PersonalizeFake fake = PersonalizeFake.builder().build();
    long t1 = System.nanoTime();
    fake.service().listDatasetGroups(ListDatasetGroupsRequest.builder().build());
    long t2 = System.nanoTime();
    fake.close();
    System.out.printf(
        Locale.ROOT,
        "{\"buildMs\": %.2f, \"firstCallMs\": %.2f, \"totalMs\": %.2f}%n",
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        (t2 - t0) / 1e6);
  }
}
