package io.personalizefake.server;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Timings;
import io.personalizefake.spi.Storage;
import io.personalizefake.storage.mapdb.MapDbStorage;
import io.personalizefake.storage.memory.MemoryStorage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar personalize-fake-server.jar [--port 4566] [--host 127.0.0.1] [--data-dir DIR |
 * --in-memory] [--timings instant|realistic|manual] [--region us-east-1] [--account 123456789012]
 * [--quota name=value]... [--allow-remote-control]}: starts the fake, prints its endpoint, and
 * stops cleanly on SIGTERM or Ctrl-C. The state is kept in {@code DIR} (default {@code
 * personalize-fake-data} under the working directory) and survives a restart; {@code --in-memory}
 * keeps it in memory only.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("personalize-fake: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(Options.USAGE);
      return;
    }
    run(options, System.out);
  }

  static void run(Options options, PrintStream out) throws InterruptedException {
    Storage storage;
    try {
      storage = options.storage();
    } catch (IllegalStateException e) {
      System.err.println("personalize-fake: " + e.getMessage());
      System.exit(1);
      return;
    }
    PersonalizeFake fake =
        PersonalizeFake.builder()
            .storage(storage)
            .clock(FakeClock.following())
            .timings(options.timings)
            .region(options.region)
            .accountId(options.account)
            .quotas(options.quotas)
            .build();
    PersonalizeFakeServer server =
        PersonalizeFakeServer.builder(fake)
            .host(options.host)
            .port(options.port)
            .allowRemoteControl(options.allowRemoteControl)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  fake.close();
                  stopped.countDown();
                },
                "personalize-fake-shutdown"));
    out.println(
        "personalize-fake listening on "
            + server.endpoint()
            + " (region "
            + options.region
            + ", timings "
            + options.timingsName
            + ", "
            + (options.inMemory
                ? "state in memory"
                : "state in " + options.dataDir.toAbsolutePath())
            + ")");
    out.flush();
    stopped.await();
  }

  /** The command line. */
  static final class Options {
    static final String DEFAULT_DATA_DIR = "personalize-fake-data";
    static final String USAGE =
        "usage: java -jar personalize-fake-server.jar [--port 4566] [--host 127.0.0.1] [--data-dir DIR | --in-memory]\n"
            + "         [--timings instant|realistic|manual] [--region us-east-1] [--account 123456789012]\n"
            + "         [--quota name=value]... [--allow-remote-control]\n"
            + "state: kept in --data-dir DIR (default ./"
            + DEFAULT_DATA_DIR
            + "), or only in memory with --in-memory\n"
            + "quota names: datasetGroups, schemas, datasets, eventTrackers, solutions, campaigns, filters,\n"
            + "  transitionalSolutionVersions, transitionalBatchInferenceJobs, transitionalDatasetImportJobs,\n"
            + "  filterParameters, datasetGroupFilterParameters";

    int port = 4566;
    Path dataDir = Path.of(DEFAULT_DATA_DIR);
    boolean inMemory;
    private boolean dataDirGiven;
    String host = "127.0.0.1";
    Timings timings = Timings.instant();
    String timingsName = "instant";
    String region = "us-east-1";
    String account = "123456789012";
    boolean allowRemoteControl;
    Quotas quotas = Quotas.defaults();
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--port" -> o.port = port(value(args, ++i, a));
          case "--host" -> o.host = value(args, ++i, a);
          case "--in-memory" -> o.inMemory = true;
          case "--data-dir" -> {
            o.dataDir = Path.of(value(args, ++i, a));
            o.dataDirGiven = true;
          }
          case "--timings" -> {
            o.timingsName = value(args, ++i, a);
            o.timings =
                switch (o.timingsName) {
                  case "instant" -> Timings.instant();
                  case "realistic" -> Timings.realistic();
                  case "manual" -> Timings.manual();
                  default ->
                      throw new IllegalArgumentException(
                          "--timings takes instant, realistic or manual");
                };
          }
          case "--region" -> o.region = value(args, ++i, a);
          case "--account" -> o.account = value(args, ++i, a);
          case "--allow-remote-control" -> o.allowRemoteControl = true;
          case "--quota" -> {
            String[] kv = value(args, ++i, a).split("=", 2);
            if (kv.length != 2) {
              throw new IllegalArgumentException("--quota takes name=value, e.g. campaigns=50");
            }
            o.quotas = o.quotas.with(Quotas.Quota.named(kv[0]), Long.parseLong(kv[1]));
          }
          case "--help", "-h" -> o.help = true;
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (o.inMemory && o.dataDirGiven) {
        throw new IllegalArgumentException("--data-dir and --in-memory exclude each other");
      }
      // refuse a bad region or account here, with the usage, not later with a stack trace
      PersonalizeFake.builder().region(o.region).accountId(o.account);
      return o;
    }

    /**
     * The store the options choose; a store in files fails with a clear message if they cannot be
     * used.
     */
    Storage storage() {
      return inMemory ? MemoryStorage.create() : MapDbStorage.open(dataDir);
    }

    private static int port(String value) {
      try {
        int port = Integer.parseInt(value);
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
