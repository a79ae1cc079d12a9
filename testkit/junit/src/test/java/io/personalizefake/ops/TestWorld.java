package io.personalizefake.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A fake with a frozen clock and a fixed seed, and short ways to build what the behaviour tests of
 * this package need: ACTIVE dataset groups, schemas whose fields cover every example of the filter
 * spec, datasets. Shared by the event tracker, filter, catalog, pagination and region tests.
 */
final class TestWorld {

  /** Where every world's clock starts. */
  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  static final long SEED = 20240301L;
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final String ROLE_ARN = "arn:aws:iam::123456789012:role/PersonalizeRole";

  /** Interactions with the reserved EVENT_TYPE and EVENT_VALUE fields. */
  static final String INTERACTIONS_SCHEMA =
      """
      {"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "USER_ID", "type": "string"},
         {"name": "ITEM_ID", "type": "string"},
         {"name": "EVENT_TYPE", "type": "string"},
         {"name": "EVENT_VALUE", "type": ["null", "float"]},
         {"name": "TIMESTAMP", "type": "long"}
       ], "version": "1.0"}""";

  /**
   * Items with the fields the filter spec's examples assume: PRICE and RATING numeric, BRAND,
   * COLOR, SIZE, AGE_RATING, CATEGORY, GENRE, TAG and A strings; plus a boolean IN_STOCK and an int
   * STOCK_COUNT for the type rules.
   */
  static final String ITEMS_SCHEMA =
      """
      {"type": "record", "name": "Items", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "ITEM_ID", "type": "string"},
         {"name": "BRAND", "type": "string", "categorical": true},
         {"name": "COLOR", "type": "string", "categorical": true},
         {"name": "SIZE", "type": ["null", "string"], "categorical": true},
         {"name": "PRICE", "type": ["double", "null"]},
         {"name": "RATING", "type": "float"},
         {"name": "AGE_RATING", "type": "string", "categorical": true},
         {"name": "CATEGORY", "type": "string", "categorical": true},
         {"name": "GENRE", "type": "string", "categorical": true},
         {"name": "TAG", "type": "string", "categorical": true},
         {"name": "A", "type": "string"},
         {"name": "IN_STOCK", "type": "boolean"},
         {"name": "STOCK_COUNT", "type": "int"},
         {"name": "CREATION_TIMESTAMP", "type": "long"}
       ], "version": "1.0"}""";

  /** Users with AGE (int), TIER and B (strings) and a boolean VIP. */
  static final String USERS_SCHEMA =
      """
      {"type": "record", "name": "Users", "namespace": "com.amazonaws.personalize.schema",
       "fields": [
         {"name": "USER_ID", "type": "string"},
         {"name": "AGE", "type": "int"},
         {"name": "TIER", "type": "string", "categorical": true},
         {"name": "B", "type": "string"},
         {"name": "VIP", "type": "boolean"}
       ], "version": "1.0"}""";

  /** The dataset types, as CreateDataset accepts them. */
  enum Type {
    INTERACTIONS("Interactions", INTERACTIONS_SCHEMA),
    ITEMS("Items", ITEMS_SCHEMA),
    USERS("Users", USERS_SCHEMA);

    final String wire;
    final String schema;

    Type(String wire, String schema) {
      this.wire = wire;
      this.schema = schema;
    }
  }

  final FakeClock clock;
  final PersonalizeFake fake;
  final PersonalizeService personalize;
  private final Map<String, String> schemaArns = new HashMap<>();

  private TestWorld(FakeClock clock, PersonalizeFake fake, PersonalizeService personalize) {
    this.clock = clock;
    this.fake = fake;
    this.personalize = personalize;
  }

  /** Instant timings: every create and delete is complete at the next call. */
  static TestWorld instant() {
    return with(b -> {});
  }

  /** Realistic timings: 10 s per create or delete step of groups, datasets, trackers, filters. */
  static TestWorld realistic() {
    return with(b -> b.timings(Timings.realistic()));
  }

  /** Instant timings, a frozen clock at {@link #T0} and seed {@link #SEED}, then {@code config}. */
  static TestWorld with(Consumer<PersonalizeFake.Builder> config) {
    FakeClock clock = FakeClock.frozenAt(T0);
    PersonalizeFake.Builder b = PersonalizeFake.builder().clock(clock).seed(SEED);
    config.accept(b);
    PersonalizeFake fake = b.build();
    return new TestWorld(clock, fake, fake.service());
  }

  /** The same fake seen from another region. */
  TestWorld inRegion(String region) {
    return new TestWorld(clock, fake, fake.service(region));
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  void advanceSeconds(long s) {
    clock.advance(Duration.ofSeconds(s));
  }

  Instant now() {
    return clock.peek();
  }

  /**
   * Moves the clock a second at a time until {@code status} is no longer CREATE PENDING or CREATE
   * IN_PROGRESS (at most an hour), and checks that it ended ACTIVE.
   */
  void awaitActive(Supplier<String> status) {
    for (int i = 0; i < 3600 && isTransitional(status.get()); i++) {
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(status.get()).isEqualTo("ACTIVE");
  }

  static boolean isTransitional(String status) {
    return status.equals("CREATE PENDING") || status.equals("CREATE IN_PROGRESS");
  }

  // ---- dataset groups ----

  /** Creates a dataset group and waits until it is ACTIVE. */
  String group(String name) {
    String arn = personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
    awaitActive(() -> groupStatus(arn));
    return arn;
  }

  /** Creates a dataset group and does not wait. */
  String groupPending(String name) {
    return personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn();
  }

  String groupStatus(String arn) {
    return personalize.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status();
  }

  /** An ACTIVE dataset group with an ACTIVE dataset of each of {@code types}. */
  String group(String name, Type... types) {
    String arn = group(name);
    for (Type type : types) {
      dataset(arn, type);
    }
    return arn;
  }

  /** An ACTIVE dataset group with all three datasets, ACTIVE. */
  String fullGroup(String name) {
    return group(name, Type.INTERACTIONS, Type.ITEMS, Type.USERS);
  }

  // ---- schemas and datasets ----

  String schema(String name, String json) {
    return personalize.createSchema(b -> b.name(name).schema(json)).schemaArn();
  }

  /** The world's schema for {@code type}, created on first use. */
  String schemaFor(Type type) {
    return schemaArns.computeIfAbsent(
        type.name(), k -> schema("tw-" + type.name().toLowerCase(), type.schema));
  }

  /** Creates a dataset of {@code type} with the world's schema and waits until it is ACTIVE. */
  String dataset(String groupArn, Type type) {
    String arn = datasetPending(groupArn, type);
    awaitActive(() -> datasetStatus(arn));
    return arn;
  }

  String datasetPending(String groupArn, Type type) {
    String schemaArn = schemaFor(type);
    return personalize
        .createDataset(
            b ->
                b.name("ds-" + type.name().toLowerCase())
                    .datasetGroupArn(groupArn)
                    .datasetType(type.wire)
                    .schemaArn(schemaArn))
        .datasetArn();
  }

  String datasetStatus(String arn) {
    return personalize.describeDataset(b -> b.datasetArn(arn)).dataset().status();
  }

  String importJob(String datasetArn, String jobName) {
    return personalize
        .createDatasetImportJob(
            b ->
                b.jobName(jobName)
                    .datasetArn(datasetArn)
                    .roleArn(ROLE_ARN)
                    .dataSource(s -> s.dataLocation("s3://bucket/data.csv")))
        .datasetImportJobArn();
  }

  // ---- event trackers and filters ----

  String tracker(String groupArn, String name) {
    return personalize
        .createEventTracker(b -> b.name(name).datasetGroupArn(groupArn))
        .eventTrackerArn();
  }

  String trackerStatus(String arn) {
    return personalize.describeEventTracker(b -> b.eventTrackerArn(arn)).eventTracker().status();
  }

  String filter(String groupArn, String name, String expression) {
    return personalize
        .createFilter(b -> b.name(name).datasetGroupArn(groupArn).filterExpression(expression))
        .filterArn();
  }

  String filterStatus(String arn) {
    return personalize.describeFilter(b -> b.filterArn(arn)).filter().status();
  }

  /**
   * The next create of {@code type} in this world's region ends in CREATE FAILED with {@code
   * reason}.
   */
  void failNext(ResourceType type, String reason) {
    fake.failNext(type, reason);
  }

  /** A well-formed ARN of this fake's account and region that names nothing. */
  static String unknownArn(String segment, String id) {
    return "arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":" + segment + "/" + id;
  }
}
