package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.ops.OpsContext;
import io.personalizefake.internal.ops.ServiceImpl;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Shared set-up of the dataset group, schema, dataset and import job tests: fakes on a frozen
 * clock, valid schemas of the three dataset types, and short ways to reach an ACTIVE resource.
 * Self-contained on purpose: other test packages keep their own fixtures.
 */
final class Fixtures {

  private Fixtures() {}

  /** Where every test clock starts; a whole second, so that due times are easy to write. */
  static final Instant T0 = Instant.parse("2021-01-22T10:00:00Z");

  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final String ARN_PREFIX = "arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":";
  static final String ROLE_ARN = "arn:aws:iam::123456789012:role/PersonalizeRole";
  static final String KMS_KEY_ARN =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String DATA_LOCATION = "s3://bucket/folder/data.csv";

  /** The minimal valid Interactions schema, plus EVENT_TYPE so that filters can use it. */
  static final String INTERACTIONS_SCHEMA =
      "{\"type\": \"record\", \"name\": \"Interactions\", \"namespace\": \"com.amazonaws.personalize.schema\","
          + " \"fields\": ["
          + "{\"name\": \"USER_ID\", \"type\": \"string\"},"
          + " {\"name\": \"ITEM_ID\", \"type\": \"string\"},"
          + " {\"name\": \"EVENT_TYPE\", \"type\": \"string\"},"
          + " {\"name\": \"TIMESTAMP\", \"type\": \"long\"}"
          + "], \"version\": \"1.0\"}";

  /** The Items example of schemas.md §3. */
  static final String ITEMS_SCHEMA =
      "{\"type\": \"record\", \"name\": \"Items\", \"namespace\": \"com.amazonaws.personalize.schema\","
          + " \"fields\": ["
          + "{\"name\": \"ITEM_ID\", \"type\": \"string\"},"
          + " {\"name\": \"CATEGORY\", \"type\": \"string\", \"categorical\": true},"
          + " {\"name\": \"PRICE\", \"type\": [\"double\", \"null\"]},"
          + " {\"name\": \"IN_STOCK\", \"type\": \"boolean\"},"
          + " {\"name\": \"SUMMARY\", \"type\": \"string\"},"
          + " {\"name\": \"CREATION_TIMESTAMP\", \"type\": \"long\"}"
          + "], \"version\": \"1.0\"}";

  /** The Users example of schemas.md §3 (record name in lower case, no namespace or version). */
  static final String USERS_SCHEMA =
      "{\"type\": \"record\", \"name\": \"users\", \"fields\": ["
          + "{\"name\": \"USER_ID\", \"type\": \"string\"},"
          + " {\"name\": \"PLAN\", \"type\": \"string\", \"categorical\": true}"
          + "]}";

  // ---- fakes ----

  /** A clock frozen at {@link #T0}. */
  static FakeClock clock() {
    return FakeClock.frozenAt(T0);
  }

  /** A builder of a fake on {@code clock}, with a fixed seed and the default (instant) timings. */
  static PersonalizeFake.Builder builder(FakeClock clock) {
    return PersonalizeFake.builder().clock(clock).seed(42);
  }

  /** A fake on {@code clock} with instant timings. */
  static PersonalizeFake instantFake(FakeClock clock) {
    return builder(clock).timings(Timings.instant()).build();
  }

  /** A fake on {@code clock} with realistic timings (10 s per step, 5 min per import). */
  static PersonalizeFake realisticFake(FakeClock clock) {
    return builder(clock).timings(Timings.realistic()).build();
  }

  // ---- schemas ----

  /** The valid schema of schemas.md for a dataset type given in any case. */
  static String schemaFor(String datasetType) {
    return switch (datasetType.toUpperCase(java.util.Locale.ROOT)) {
      case "INTERACTIONS" -> INTERACTIONS_SCHEMA;
      case "ITEMS" -> ITEMS_SCHEMA;
      case "USERS" -> USERS_SCHEMA;
      default -> throw new IllegalArgumentException(datasetType);
    };
  }

  static String createSchema(PersonalizeService s, String name, String schema) {
    return s.createSchema(b -> b.name(name).schema(schema)).schemaArn();
  }

  // ---- creates ----

  static String createGroup(PersonalizeService s, String name) {
    return s.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
  }

  /**
   * Creates a dataset group and moves the clock until it is ACTIVE (no move with instant timings).
   */
  static String activeGroup(PersonalizeFake fake, String name) {
    PersonalizeService s = fake.service();
    String arn = createGroup(s, name);
    awaitStatus(fake, () -> groupStatus(s, arn), "ACTIVE");
    return arn;
  }

  static String createDataset(
      PersonalizeService s, String groupArn, String type, String schemaArn) {
    return s.createDataset(
            b ->
                b.name("data-" + type)
                    .datasetGroupArn(groupArn)
                    .datasetType(type)
                    .schemaArn(schemaArn))
        .datasetArn();
  }

  /**
   * Creates a dataset of {@code type} with a fresh schema named after the group and the type, and
   * moves the clock until the dataset is ACTIVE.
   */
  static String activeDataset(PersonalizeFake fake, String groupArn, String type) {
    PersonalizeService s = fake.service();
    String groupName = groupArn.substring(groupArn.lastIndexOf('/') + 1);
    String schemaArn =
        createSchema(s, groupName + "-" + type.toLowerCase(java.util.Locale.ROOT), schemaFor(type));
    String arn = createDataset(s, groupArn, type, schemaArn);
    awaitStatus(fake, () -> datasetStatus(s, arn), "ACTIVE");
    return arn;
  }

  static String createImportJob(PersonalizeService s, String datasetArn, String jobName) {
    return s.createDatasetImportJob(
            b ->
                b.jobName(jobName)
                    .datasetArn(datasetArn)
                    .roleArn(ROLE_ARN)
                    .dataSource(d -> d.dataLocation(DATA_LOCATION)))
        .datasetImportJobArn();
  }

  // ---- statuses ----

  static String groupStatus(PersonalizeService s, String arn) {
    return s.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status();
  }

  static String datasetStatus(PersonalizeService s, String arn) {
    return s.describeDataset(b -> b.datasetArn(arn)).dataset().status();
  }

  static String jobStatus(PersonalizeService s, String arn) {
    return s.describeDatasetImportJob(b -> b.datasetImportJobArn(arn)).datasetImportJob().status();
  }

  /**
   * Moves the fake's clock a second at a time (at most a day) until {@code status} shows {@code
   * expected}; does not move it when the status is already there.
   */
  static void awaitStatus(PersonalizeFake fake, Supplier<String> status, String expected) {
    FakeClock clock = fake.fakeClock();
    for (int i = 0; i < 86_400; i++) {
      if (expected.equals(status.get())) {
        return;
      }
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(status.get()).as("status after a day").isEqualTo(expected);
  }

  // ---- resources in an exact state, written straight into the store ----

  private static OpsContext context(PersonalizeFake fake) {
    return ((ServiceImpl) fake.service()).context();
  }

  /** Makes the next create of {@code type} in the fake's region end in CREATE FAILED. */
  static void failNext(PersonalizeFake fake, ResourceType type, String reason) {
    fake.failNext(type, reason);
  }

  private static final AtomicLong PLANTED_SEQ = new AtomicLong(1L << 40);

  /**
   * Stores a solution of {@code groupArn} in {@code status} with no planned step. The solution
   * operations are not part of the code under test here; the dataset group and dataset rules that
   * look at solutions only need one to exist.
   */
  static String plantSolution(PersonalizeFake fake, String groupArn, String name, Status status) {
    String arn = ARN_PREFIX + "solution/" + name;
    Instant now = fake.clock().instant();
    Solution body =
        Solution.builder()
            .name(name)
            .solutionArn(arn)
            .datasetGroupArn(groupArn)
            .status(status.wire())
            .performAutoML(false)
            .performHPO(false)
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    plant(fake, ResourceType.SOLUTION, arn, body);
    return arn;
  }

  /** Stores a version of a (planted) solution in {@code status} with no planned step. */
  static String plantSolutionVersion(
      PersonalizeFake fake, String solutionArn, String groupArn, Status status) {
    String arn = solutionArn + "/" + String.format("%08x", PLANTED_SEQ.get() & 0xffffffffL);
    Instant now = fake.clock().instant();
    SolutionVersion body =
        SolutionVersion.builder()
            .solutionVersionArn(arn)
            .solutionArn(solutionArn)
            .datasetGroupArn(groupArn)
            .status(status.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    plant(fake, ResourceType.SOLUTION_VERSION, arn, body);
    return arn;
  }

  private static void plant(PersonalizeFake fake, ResourceType type, String arn, Object body) {
    OpsContext ctx = context(fake);
    fake.storage()
        .write(
            tx -> {
              ctx.resources()
                  .insert(
                      tx,
                      new ResourceRecord(
                          new Key(ctx.resources().scope(), ResourceRecord.KIND, arn),
                          type,
                          arn,
                          PLANTED_SEQ.getAndIncrement(),
                          body,
                          List.of(),
                          null));
              return null;
            });
  }
}
