package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.BATCH_INFERENCE_JOB;
import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.CAMPAIGN_UPDATE;
import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.model.ResourceType.EVENT_TRACKER;
import static io.personalizefake.model.ResourceType.FILTER;
import static io.personalizefake.model.ResourceType.SCHEMA;
import static io.personalizefake.model.ResourceType.SOLUTION;
import static io.personalizefake.model.ResourceType.SOLUTION_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.CategoricalHyperParameterRange;
import io.personalizefake.model.ContinuousHyperParameterRange;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.HyperParameterRanges;
import io.personalizefake.model.IntegerHyperParameterRange;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.TunedHPOParams;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.testkit.jqwik.Calls.Call;
import io.personalizefake.testkit.jqwik.Snapshot.View;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One run of a jqwik {@code ActionChain}: a fresh {@link PersonalizeFake} on a frozen {@link
 * FakeClock}, with a fixed seed for its generated identifiers, and a reference model of it that
 * {@link PersonalizeActions} check every call against.
 *
 * <p>The model remembers every ARN a Create returned (actions draw from them, deleted ones
 * included), which Deletes were accepted, when each resource was created and deleted, and what each
 * looked like when last seen. From that and the fake's timings and quotas it predicts the outcome
 * of every call and the status of every resource at every instant. Change the fake only through
 * actions: a call made behind the model's back makes its predictions wrong.
 *
 * <pre>{@code
 * @Provide ActionChainArbitrary<PersonalizeWorld> workflows() {
 *   return PersonalizeActions.all(PersonalizeWorld::inMemory).withMaxTransformations(50);
 * }
 * }</pre>
 *
 * <p>Every world of a configuration starts the same way: the same instant, the same seed, an empty
 * store. Its {@code toString} and every failure it reports name the seed, the timings and the
 * clock, so a failing chain can be run again as it was. A world built on a store that needs closing
 * (files, say) is closed with {@link #close()}.
 */
public final class PersonalizeWorld implements AutoCloseable {

  /** The seed of generated identifiers unless {@link Builder#seed} says otherwise. */
  public static final long DEFAULT_SEED = 0x5EED_2024L;

  /** Where the clock of a world starts unless {@link Builder#startAt} says otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2024-03-01T09:00:00Z");

  static final String SCOPE = Calls.ACCOUNT + "/" + Calls.REGION;

  /**
   * Every kind of record the fake keeps in a region's scope: resources, list index, due index,
   * quota counters, injected faults, and solution metrics (which these workflows never create). The
   * meta record (seed and id counters) lives in scope "".
   */
  static final List<String> KINDS = List.of("r", "i", "d", "c", "f", "x");

  /**
   * The quotas of {@link #realistic()}: low enough for a workflow of 50 steps to reach each of them
   * (2 dataset groups, 3 schemas, 3 datasets, 1 event tracker, 3 filters, 2 import jobs in
   * progress, 3 solutions, 2 campaigns, 2 versions and 1 batch job in training).
   */
  public static Quotas lowQuotas() {
    return LOW_QUOTAS;
  }

  private static final Quotas LOW_QUOTAS =
      Quotas.defaults()
          .with(Quota.DATASET_GROUPS, 2)
          .with(Quota.SCHEMAS, 3)
          .with(Quota.DATASETS, 3)
          .with(Quota.EVENT_TRACKERS, 1)
          .with(Quota.FILTERS, 3)
          .with(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS, 2)
          .with(Quota.SOLUTIONS, 3)
          .with(Quota.CAMPAIGNS, 2)
          .with(Quota.TRANSITIONAL_SOLUTION_VERSIONS, 2)
          .with(Quota.TRANSITIONAL_BATCH_INFERENCE_JOBS, 1);

  private final Builder config;

  /** Whether every phase of every resource takes no time, so a Create is done at the next call. */
  final boolean instant;

  final FakeClock clock;
  final PersonalizeFake fake;
  final PersonalizeService service;

  final Map<ResourceType, LinkedHashSet<String>> known = new EnumMap<>(ResourceType.class);
  final Set<String> deleteAccepted = new HashSet<>();

  /**
   * The timeline model: when each live ARN was created, when its Delete was accepted, when a parent
   * takes it along.
   */
  private final Map<String, Instant> createdAt = new HashMap<>();

  private final Map<String, Instant> deleteAt = new HashMap<>();
  private final Map<String, Instant> cascadeAt = new HashMap<>();
  private final Map<String, ResourceType> typeOf = new HashMap<>();
  final Set<String> trackingIds = new HashSet<>();

  /*
   * The training model, kept for every ARN ever created (never pruned): creation order (the
   * store's tie-break for steps due at the same instant), each dataset's life, each import job's
   * dataset and the instant it turns ACTIVE, each version's group and training time, and the start
   * of every accepted campaign update.
   */
  private long creations;
  private final Map<String, Long> seqOf = new HashMap<>();
  private final Map<String, DatasetLife> datasetNow = new HashMap<>();
  private final List<JobLife> jobs = new ArrayList<>();
  private final Map<String, VersionLife> versions = new HashMap<>();
  private final Map<String, List<Instant>> campaignUpdates = new HashMap<>();

  /** One dataset from its Create to its removal. */
  private static final class DatasetLife {
    final String group;
    final String type;
    Instant deleteAt;

    /** How many Creates had succeeded when the Delete was accepted. */
    long deleteAfter;

    DatasetLife(String group, String type) {
      this.group = group;
      this.type = type;
    }
  }

  private record JobLife(DatasetLife dataset, Instant activeAt, long seq) {}

  private record VersionLife(String group, Duration training, long seq) {}

  /** The training-side writes that succeeded, for the statistics. */
  final Set<String> reached = new HashSet<>();

  /** Whether a training-side resource was ever created: only then are those types checked. */
  boolean training;

  private final Map<String, View> lastSeen = new HashMap<>();

  /** The store as the last call or check left it, for actions that aim at what exists. */
  Snapshot current;

  /** Calls and clock moves in the order they happened, with what each call answered. */
  final List<Object> log = new ArrayList<>();

  final List<String> answers = new ArrayList<>();

  private PersonalizeWorld(Builder config) {
    this.config = config.copy();
    this.clock = FakeClock.frozenAt(config.start);
    PersonalizeFake.Builder b = PersonalizeFake.builder();
    config.customizer.accept(b);
    this.fake =
        b.clock(clock).timings(config.timings).quotas(config.quotas).seed(config.seed).build();
    if (!fake.accountId().equals(Calls.ACCOUNT) || !fake.region().equals(Calls.REGION)) {
      fake.close();
      throw new IllegalArgumentException(
          "the reference model predicts ARNs of account "
              + Calls.ACCOUNT
              + " in "
              + Calls.REGION
              + "; a world cannot use account "
              + fake.accountId()
              + " in "
              + fake.region());
    }
    if (!dump().isEmpty()) {
      fake.close();
      throw new IllegalArgumentException(
          "a world starts from an empty store; this store already holds records");
    }
    this.instant = isInstant(config.timings);
    this.service = fake.service();
    for (ResourceType t : Calls.ALL_TYPES) {
      known.put(t, new LinkedHashSet<>());
    }
    current = new Snapshot(List.of(), fake.quotas());
  }

  private static boolean isInstant(Timings timings) {
    for (ResourceType type : ResourceType.values()) {
      for (Timings.Phase phase : Timings.Phase.values()) {
        if (!timings.duration(type, phase).orElseThrow().isZero()) {
          return false;
        }
      }
    }
    for (Timings.Training kind : Timings.Training.values()) {
      if (!timings.training(kind).orElseThrow().isZero()) {
        return false;
      }
    }
    return true;
  }

  /** A world with instant timings, the service's default quotas and the default seed, in memory. */
  public static PersonalizeWorld inMemory() {
    return builder().build();
  }

  /** The same as {@link #inMemory()}: every resource is done at the next call. */
  public static PersonalizeWorld instant() {
    return inMemory();
  }

  /**
   * A world with {@link Timings#realistic()} and {@link #lowQuotas()}: resources pass through
   * CREATE PENDING and CREATE IN_PROGRESS as clock moves go by, and quotas are reached.
   */
  public static PersonalizeWorld realistic() {
    return builder().timings(Timings.realistic()).quotas(LOW_QUOTAS).build();
  }

  /** Configures worlds; {@link Builder#build()} makes a fresh one each time it is called. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How a world is made. {@code PersonalizeWorld.builder().timings(Timings.realistic())::build} is
   * a {@code Supplier<PersonalizeWorld>} for {@link PersonalizeActions#all}.
   */
  public static final class Builder {
    private Timings timings = Timings.instant();
    private Quotas quotas = Quotas.defaults();
    private long seed = DEFAULT_SEED;
    private Instant start = DEFAULT_START;
    private Consumer<PersonalizeFake.Builder> customizer = b -> {};

    private Builder() {}

    /**
     * How long resources take; default {@link Timings#instant()}. Every phase must end: timings
     * with a phase that never ends (as in {@link Timings#manual()}) are refused.
     */
    public Builder timings(Timings timings) {
      for (ResourceType type : ResourceType.values()) {
        for (Timings.Phase phase : Timings.Phase.values()) {
          if (timings.duration(type, phase).isEmpty()) {
            throw new IllegalArgumentException(
                "the model needs every phase to end; " + type + " " + phase + " never does");
          }
        }
      }
      for (Timings.Training kind : Timings.Training.values()) {
        if (timings.training(kind).isEmpty()) {
          throw new IllegalArgumentException(
              "the model needs training to end; " + kind + " never does");
        }
      }
      this.timings = timings;
      return this;
    }

    /** The quotas; default {@link Quotas#defaults()}. */
    public Builder quotas(Quotas quotas) {
      this.quotas = quotas;
      return this;
    }

    /** The seed of generated identifiers; default {@link #DEFAULT_SEED}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Where the frozen clock starts; default {@link #DEFAULT_START}. */
    public Builder startAt(Instant start) {
      this.start = start;
      return this;
    }

    /**
     * Anything else about the fake, applied to a new {@link PersonalizeFake.Builder} for each world
     * before the world sets the clock, timings, quotas and seed: a store, for instance {@code b ->
     * b.storage(MapDbStorage.open(Files.createTempDirectory("world")))}. The store must be empty,
     * and the account and region must stay the defaults the model predicts ARNs for.
     */
    public Builder configure(Consumer<PersonalizeFake.Builder> customizer) {
      this.customizer = customizer;
      return this;
    }

    /** A fresh world: a new fake and clock, an empty model. */
    public PersonalizeWorld build() {
      return new PersonalizeWorld(this);
    }

    Builder copy() {
      Builder b = new Builder();
      b.timings = timings;
      b.quotas = quotas;
      b.seed = seed;
      b.start = start;
      b.customizer = customizer;
      return b;
    }
  }

  /** The fake this world runs. */
  public PersonalizeFake fake() {
    return fake;
  }

  /** The fake's control plane, in its own region. */
  public PersonalizeService service() {
    return service;
  }

  /** The frozen clock of the fake; only clock-move actions advance it. */
  public FakeClock clock() {
    return clock;
  }

  /** The seed of the fake's generated identifiers. */
  public long seed() {
    return config.seed;
  }

  /**
   * Every ARN of {@code type} that a Create returned in this world, deleted ones included, oldest
   * first.
   */
  public List<String> createdArns(ResourceType type) {
    LinkedHashSet<String> arns = known.get(type);
    return arns == null ? List.of() : List.copyOf(arns);
  }

  /** The calls and clock moves made so far, each as the report describes it. */
  public List<String> steps() {
    return log.stream()
        .map(step -> step instanceof Duration d ? "clock.advance(" + d + ")" : step.toString())
        .toList();
  }

  /**
   * The names of the training-side calls that succeeded so far (e.g. {@code CreateCampaign}), for
   * statistics of how deep a workflow got.
   */
  public Set<String> reachedTrainingCalls() {
    return Collections.unmodifiableSet(new TreeSet<>(reached));
  }

  /** Closes the fake's store. */
  @Override
  public void close() {
    fake.close();
  }

  /** A fresh world with the same configuration, for replays. */
  PersonalizeWorld twin() {
    return new PersonalizeWorld(config);
  }

  List<String> known(ResourceType type) {
    return new ArrayList<>(known.get(type));
  }

  // --- the store ----------------------------------------------------------------------------

  /** Every record of every kind of both scopes, in key order. */
  List<StoredRecord> dump() {
    return dump(fake);
  }

  /** Every record of every kind of both scopes of {@code fake}'s store, in key order. */
  static List<StoredRecord> dump(PersonalizeFake fake) {
    return fake.storage()
        .read(
            tx -> {
              List<StoredRecord> all = new ArrayList<>();
              for (String kind : KINDS) {
                tx.scan(KeyRange.all(SCOPE, kind)).forEach(all::add);
              }
              tx.scan(KeyRange.all("", "m")).forEach(all::add);
              return all;
            });
  }

  // --- steps --------------------------------------------------------------------------------

  void advance(Duration d) {
    clock.advance(d);
    log.add(d);
  }

  /**
   * Makes one call: settles what is due, dumps the store, predicts the outcome, calls, dumps again
   * (the clock stands still in between) and checks the outcome and what changed.
   */
  void run(Call call) {
    try {
      runAndCheck(call);
    } catch (AssertionError e) {
      throw inThisWorld(e);
    }
  }

  /** The failure with this world (seed, timings, clock) named, so the chain can be run again. */
  AssertionError inThisWorld(AssertionError e) {
    AssertionError named = new AssertionError(e.getMessage() + "\n  in " + this, e.getCause());
    named.setStackTrace(e.getStackTrace());
    return named;
  }

  private void runAndCheck(Call call) {
    fake.settle();
    List<StoredRecord> before = dump();
    Snapshot snapshot = new Snapshot(before, fake.quotas());
    String expected = call.expect(snapshot);
    Instant now = clock.peek();
    Object response = null;
    String error = null;
    try {
      response = call.invoke(service);
    } catch (PersonalizeFakeException e) {
      error = e.errorCode();
    }
    List<StoredRecord> after = dump();
    log.add(call);
    answers.add(error != null ? error : String.valueOf(response));
    if (error != null) {
      assertThat(after)
          .as("%s was rejected with %s and must leave the store unchanged", call, error)
          .isEqualTo(before);
    } else if (call.isRead()) {
      assertThat(after)
          .as("%s is a read and must leave the store unchanged", call)
          .isEqualTo(before);
    }
    assertThat(error == null ? "success" : error)
        .as("outcome of %s with the state %s", call, snapshot)
        .isEqualTo(expected == null ? "success" : expected);
    current = new Snapshot(after, fake.quotas());
    if (error == null && call.getClass().getEnclosingClass() == TrainingCalls.class) {
      reached.add(call.getClass().getSimpleName());
    } else if (error == null
        && call instanceof Calls.Delete d
        && Calls.TRAINING_TYPES.contains(d.type())) {
      reached.add(d.type().deleteOperation());
    }
    if (error == null) {
      call.onSuccess(this, response, snapshot, current, now);
    }
  }

  /**
   * After a successful Create: the resource is stored as just created, and (instant) is ACTIVE at
   * the next call.
   */
  View created(ResourceType type, String arn, Snapshot after, Instant now) {
    View v = after.find(type, arn);
    assertThat(v).as("%s %s is stored after its Create", type, arn).isNotNull();
    assertThat(v.created()).as("creationDateTime of %s", arn).isEqualTo(now);
    assertThat(v.updated()).as("lastUpdatedDateTime of %s at Create", arn).isEqualTo(now);
    if (type != SCHEMA) {
      assertThat(v.status())
          .as("status of %s right after its Create", arn)
          .isEqualTo(Snapshot.CREATE_PENDING);
    }
    known.get(type).add(arn);
    seqOf.put(arn, ++creations);
    campaignUpdates.remove(arn); // a campaign created again under a name starts without updates
    if (type == DATASET) {
      Dataset d = (Dataset) v.body();
      datasetNow.put(arn, new DatasetLife(d.datasetGroupArn(), d.datasetType()));
    } else if (type == DATASET_IMPORT_JOB) {
      Instant active =
          now.plus(duration(type, Timings.Phase.CREATE_PENDING))
              .plus(duration(type, Timings.Phase.CREATE_IN_PROGRESS));
      jobs.add(new JobLife(datasetNow.get(v.parent()), active, creations));
    }
    if (Calls.TRAINING_TYPES.contains(type)) {
      training = true;
    }
    deleteAccepted.remove(arn);
    createdAt.put(arn, now);
    deleteAt.remove(arn);
    cascadeAt.remove(arn);
    typeOf.put(arn, type);
    if (instant && type != SCHEMA) {
      Object described = Calls.describe(service, type, arn);
      assertThat(type.statusOf(described))
          .as("with instant timings, %s is done at the next call", arn)
          .isEqualTo(type == SOLUTION_VERSION ? trainingOutcome(arn, now) : Snapshot.ACTIVE);
    }
    return v;
  }

  /** Before {@link #created} of a solution version: what its training depends on. */
  void versionCreated(String arn, Solution solution) {
    Timings.Training kind =
        Boolean.TRUE.equals(solution.performAutoML())
            ? Timings.Training.AUTOML
            : Boolean.TRUE.equals(solution.performHPO())
                ? Timings.Training.HPO
                : Timings.Training.PLAIN;
    Duration d =
        duration(SOLUTION_VERSION, Timings.Phase.CREATE_PENDING)
            .plus(fake.timings().training(kind).orElseThrow());
    versions.put(arn, new VersionLife(solution.datasetGroupArn(), d, creations + 1));
  }

  /** After a successful UpdateCampaign. */
  void campaignUpdated(String arn, Instant now) {
    campaignUpdates.computeIfAbsent(arn, k -> new ArrayList<>()).add(now);
  }

  /** When a version's training ends. */
  private Instant trainingEnd(String arn) {
    return createdAt.get(arn).plus(versions.get(arn).training());
  }

  /**
   * How the training of a version ends at {@code end}: ACTIVE when its dataset group's Interactions
   * dataset, not deleting when the step fires, has an import job that is ACTIVE by then (an import
   * job turning ACTIVE at the same instant counts when it was created first, the store's order for
   * steps due together); otherwise CREATE FAILED.
   */
  String trainingOutcome(String arn, Instant end) {
    VersionLife v = versions.get(arn);
    for (JobLife j : jobs) {
      DatasetLife d = j.dataset();
      // deleting at the instant the version's step fired: a Delete at that very instant counts
      // only when it came before the version's Create (the step fires at the first later call)
      boolean live =
          d.deleteAt == null
              || d.deleteAt.isAfter(end)
              || (d.deleteAt.equals(end) && d.deleteAfter >= v.seq());
      boolean done = j.activeAt().isBefore(end) || (j.activeAt().equals(end) && j.seq() < v.seq());
      if (d.group.equals(v.group()) && "INTERACTIONS".equals(d.type) && live && done) {
        return Snapshot.ACTIVE;
      }
    }
    return Snapshot.CREATE_FAILED;
  }

  /**
   * After a successful Delete: DELETE PENDING (schemas: gone), and (instant) gone at the next call.
   */
  void deleted(ResourceType type, String arn, Snapshot before, Snapshot after, Instant now) {
    deleteAccepted.add(arn);
    deleteAt.put(arn, now);
    if (type == DATASET) {
      datasetNow.get(arn).deleteAt = now;
      datasetNow.get(arn).deleteAfter = creations;
    }
    ResourceType childType =
        type == DATASET_GROUP
            ? FILTER
            : type == DATASET ? DATASET_IMPORT_JOB : type == SOLUTION ? SOLUTION_VERSION : null;
    if (childType != null) {
      for (View child : after.children(childType, arn)) {
        cascadeAt.put(child.arn(), removalAt(arn));
      }
    }
    View v = after.find(type, arn);
    if (type == SCHEMA) {
      assertThat(v).as("a schema is removed at once").isNull();
      return;
    }
    assertThat(v).as("%s is still stored right after its Delete", arn).isNotNull();
    assertThat(v.status())
        .as("status of %s right after its Delete", arn)
        .isEqualTo(Snapshot.DELETE_PENDING);
    assertThat(v.updated()).as("lastUpdatedDateTime of %s after its Delete", arn).isEqualTo(now);
    if (instant) {
      assertThatThrownBy(() -> Calls.describe(service, type, arn))
          .as("with instant timings, %s is gone at the next call", arn)
          .isInstanceOf(ResourceNotFoundException.class);
      if (type == DATASET_GROUP) {
        for (View f : before.children(FILTER, arn)) {
          assertThatThrownBy(() -> Calls.describe(service, FILTER, f.arn()))
              .as("filter %s goes with its dataset group", f.arn())
              .isInstanceOf(ResourceNotFoundException.class);
        }
      }
      if (type == SOLUTION) {
        for (View version : before.children(SOLUTION_VERSION, arn)) {
          assertThatThrownBy(() -> Calls.describe(service, SOLUTION_VERSION, version.arn()))
              .as("solution version %s goes with its solution", version.arn())
              .isInstanceOf(ResourceNotFoundException.class);
        }
      }
      if (type == ResourceType.DATASET) {
        for (View j : before.children(DATASET_IMPORT_JOB, arn)) {
          assertThatThrownBy(() -> Calls.describe(service, DATASET_IMPORT_JOB, j.arn()))
              .as("import job %s goes with its dataset", j.arn())
              .isInstanceOf(ResourceNotFoundException.class);
        }
      }
    }
  }

  // --- the timeline model ---------------------------------------------------------------------

  private Duration duration(ResourceType type, Timings.Phase phase) {
    return fake.timings().duration(type, phase).orElseThrow();
  }

  /** When a resource whose Delete was accepted disappears by itself (schemas: at once). */
  private Instant removalAt(String arn) {
    ResourceType type = typeOf.get(arn);
    Instant start = deleteAt.get(arn);
    if (type == SCHEMA) {
      return start;
    }
    Instant t = start.plus(duration(type, Timings.Phase.DELETE_PENDING));
    return type.deletesInProgress() ? t.plus(duration(type, Timings.Phase.DELETE_IN_PROGRESS)) : t;
  }

  /**
   * Checks the status and lastUpdatedDateTime of every ARN a Create returned against the times of
   * its Create and Delete and the durations of the timings: every transition fires at its due time
   * and records that due time.
   */
  private void checkTimeline(Snapshot s, Instant now) {
    for (Map.Entry<String, Instant> e : createdAt.entrySet()) {
      String arn = e.getKey();
      ResourceType type = typeOf.get(arn);
      Instant created = e.getValue();
      Instant gone = null;
      if (deleteAt.containsKey(arn)) {
        gone = removalAt(arn);
      }
      Instant cascade = cascadeAt.get(arn);
      if (cascade != null && (gone == null || cascade.isBefore(gone))) {
        gone = cascade;
      }
      View v = s.find(type, arn);
      if (gone != null && !now.isBefore(gone)) {
        assertThat(v).as("%s is gone since %s", arn, gone).isNull();
        continue;
      }
      assertThat(v).as("%s exists until %s", arn, gone).isNotNull();
      assertThat(v.created()).as("creationDateTime of %s", arn).isEqualTo(created);
      if (type == SCHEMA) {
        assertThat(v.updated()).as("lastUpdatedDateTime of schema %s", arn).isEqualTo(created);
        continue;
      }
      String status;
      Instant updated;
      Instant deleted = deleteAt.get(arn);
      if (deleted != null) {
        Instant inProgress = deleted.plus(duration(type, Timings.Phase.DELETE_PENDING));
        boolean pending = now.isBefore(inProgress) || !type.deletesInProgress();
        status = pending ? Snapshot.DELETE_PENDING : Snapshot.DELETE_IN_PROGRESS;
        updated = pending ? deleted : inProgress;
      } else {
        Instant inProgress = created.plus(duration(type, Timings.Phase.CREATE_PENDING));
        Instant active =
            type == SOLUTION_VERSION
                ? trainingEnd(arn)
                : inProgress.plus(duration(type, Timings.Phase.CREATE_IN_PROGRESS));
        String done =
            type == SOLUTION_VERSION && !now.isBefore(active)
                ? trainingOutcome(arn, active)
                : Snapshot.ACTIVE;
        status =
            now.isBefore(inProgress)
                ? Snapshot.CREATE_PENDING
                : now.isBefore(active) ? Snapshot.CREATE_IN_PROGRESS : done;
        updated = now.isBefore(inProgress) ? created : now.isBefore(active) ? inProgress : active;
      }
      if (type == CAMPAIGN) {
        updated = checkCampaignUpdates(arn, (Campaign) v.body(), updated, now);
      }
      assertThat(v.status()).as("status of %s at %s", arn, now).isEqualTo(status);
      assertThat(v.updated())
          .as("lastUpdatedDateTime of %s (%s) at %s", arn, status, now)
          .isEqualTo(updated);
    }
    createdAt.keySet().removeIf(arn -> s.byArn.get(arn) == null);
  }

  /**
   * The updates of a campaign: the latest one's status and lastUpdatedDateTime follow the update
   * timings from its start; the campaign's lastUpdatedDateTime is the latest of its own steps, the
   * starts of its updates and the instants they turned ACTIVE. Returns that instant.
   */
  private Instant checkCampaignUpdates(String arn, Campaign c, Instant updated, Instant now) {
    List<Instant> starts = campaignUpdates.getOrDefault(arn, List.of());
    if (starts.isEmpty()) {
      assertThat(c.latestCampaignUpdate()).as("campaign %s was never updated", arn).isNull();
      return updated;
    }
    Instant latest = updated;
    String status = null;
    Instant statusAt = null;
    for (Instant start : starts) {
      Instant inProgress = start.plus(duration(CAMPAIGN_UPDATE, Timings.Phase.CREATE_PENDING));
      Instant active = inProgress.plus(duration(CAMPAIGN_UPDATE, Timings.Phase.CREATE_IN_PROGRESS));
      status =
          now.isBefore(inProgress)
              ? Snapshot.CREATE_PENDING
              : now.isBefore(active) ? Snapshot.CREATE_IN_PROGRESS : Snapshot.ACTIVE;
      statusAt = now.isBefore(inProgress) ? start : now.isBefore(active) ? inProgress : active;
      Instant campaignMoved = now.isBefore(active) ? start : active;
      if (campaignMoved.isAfter(latest)) {
        latest = campaignMoved;
      }
    }
    Instant deleted = deleteAt.get(arn);
    if (deleted != null) {
      latest = updated; // the delete's own steps are later than every update
    }
    CampaignUpdateSummary u = c.latestCampaignUpdate();
    assertThat(u).as("latestCampaignUpdate of %s", arn).isNotNull();
    assertThat(u.creationDateTime())
        .as("creationDateTime of the latest update of %s", arn)
        .isEqualTo(starts.get(starts.size() - 1));
    assertThat(u.status())
        .as("status of the latest update of %s at %s", arn, now)
        .isEqualTo(status);
    assertThat(u.lastUpdatedDateTime())
        .as("lastUpdatedDateTime of the latest update of %s at %s", arn, now)
        .isEqualTo(statusAt);
    return latest;
  }

  // --- invariants ---------------------------------------------------------------------------

  private static final Map<String, Integer> RANK =
      Map.of(
          Snapshot.CREATE_PENDING, 0,
          Snapshot.CREATE_IN_PROGRESS, 1,
          Snapshot.ACTIVE, 2,
          Snapshot.CREATE_FAILED, 2,
          Snapshot.DELETE_PENDING, 3,
          Snapshot.DELETE_IN_PROGRESS, 4);

  /** Checks every invariant of the spec that these operations touch, at the current instant. */
  void checkInvariants() {
    try {
      checkModel();
    } catch (AssertionError e) {
      throw inThisWorld(e);
    }
  }

  private void checkModel() {
    fake.settle();
    Instant now = clock.peek();
    List<StoredRecord> records = dump();
    Snapshot s = new Snapshot(records, fake.quotas());
    current = s;

    // (a) names are unique per name-scoped type
    for (ResourceType type :
        List.of(
            DATASET_GROUP,
            SCHEMA,
            FILTER,
            DATASET_IMPORT_JOB,
            SOLUTION,
            CAMPAIGN,
            BATCH_INFERENCE_JOB)) {
      List<String> names = s.all(type).stream().map(View::name).collect(Collectors.toList());
      assertThat(names).as("names of %s are unique", type).doesNotHaveDuplicates();
    }
    // (b) one dataset per type and one event tracker per dataset group
    for (View g : s.all(DATASET_GROUP)) {
      List<String> types =
          s.children(ResourceType.DATASET, g.arn()).stream()
              .map(d -> ((Dataset) d.body()).datasetType())
              .collect(Collectors.toList());
      assertThat(types).as("dataset types of %s", g.arn()).doesNotHaveDuplicates();
      assertThat(s.children(ResourceType.EVENT_TRACKER, g.arn()))
          .as("event trackers of %s", g.arn())
          .hasSizeLessThanOrEqualTo(1);
    }
    for (View v : s.all()) {
      // (c) no child without its parent, no dataset without its schema
      ResourceType parentType = v.type().parent();
      if (parentType != null
          && v.type() != BATCH_INFERENCE_JOB) { // batch jobs outlive their versions
        assertThat(s.find(parentType, v.parent())).as("the parent of %s", v).isNotNull();
      }
      if (v.type() == ResourceType.DATASET) {
        Dataset d = (Dataset) v.body();
        assertThat(s.find(SCHEMA, d.schemaArn())).as("the schema of %s", v).isNotNull();
        assertThat(v.arn())
            .as("dataset ARN names its group and type")
            .isEqualTo(
                Calls.arn(
                    "dataset",
                    s.find(DATASET_GROUP, d.datasetGroupArn()).name() + "/" + d.datasetType()));
      }
      // (d) times and statuses
      assertThat(v.created())
          .as("creationDateTime <= lastUpdatedDateTime for %s", v)
          .isBeforeOrEqualTo(v.updated());
      assertThat(v.updated())
          .as("lastUpdatedDateTime of %s is not in the future", v)
          .isBeforeOrEqualTo(now);
      assertThat(StoreRules.statusesOf(v.type()))
          .as("statuses %s can show", v.type())
          .contains(v.status());
      assertThat(known.get(v.type())).as("%s was returned by a Create", v).contains(v.arn());
      View last = lastSeen.get(v.arn());
      if (last != null) {
        assertThat(v.created())
            .as("creationDateTime of %s never changes", v.arn())
            .isEqualTo(last.created());
        assertThat(v.updated())
            .as("lastUpdatedDateTime of %s never goes back", v.arn())
            .isAfterOrEqualTo(last.updated());
        if (v.status() != null) {
          int from = RANK.get(last.status());
          int to = RANK.get(v.status());
          assertThat(to >= from && (to != from || v.status().equals(last.status())))
              .as("%s moved from %s to %s", v.arn(), last.status(), v.status())
              .isTrue();
        }
      }
      if (v.deleting()) {
        assertThat(deleteAccepted)
            .as("%s is deleting, so a Delete of it was accepted", v)
            .contains(v.arn());
      }
      lastSeen.put(v.arn(), v);
    }
    // resources only disappear after a Delete of them, or of the parent that takes them along
    for (String arn : new ArrayList<>(lastSeen.keySet())) {
      if (!s.byArn.containsKey(arn)) {
        View gone = lastSeen.remove(arn);
        boolean cascaded =
            (gone.type() == FILTER
                    || gone.type() == DATASET_IMPORT_JOB
                    || gone.type() == SOLUTION_VERSION)
                && deleteAccepted.contains(gone.parent());
        assertThat(deleteAccepted.contains(arn) || cascaded)
            .as("%s disappeared without a Delete of it or of its parent", gone)
            .isTrue();
      }
    }
    List<ResourceType> types = training ? Calls.ALL_TYPES : Calls.TYPES;
    if (training) {
      checkTraining(s);
    }
    // every ARN a Create returned is describable exactly while it is stored
    for (ResourceType type : types) {
      for (String arn : known.get(type)) {
        View v = s.find(type, arn);
        if (v == null) {
          assertThatThrownBy(() -> Calls.describe(service, type, arn))
              .as("Describe of %s, which is gone", arn)
              .isInstanceOf(ResourceNotFoundException.class);
        } else {
          assertThat(Calls.describe(service, type, arn))
              .as("Describe of %s", arn)
              .isEqualTo(v.body());
        }
      }
    }
    // (e) Describe and List agree, for unfiltered and filtered lists, in one page and in small
    // pages
    for (ResourceType type : types) {
      assertThat(Calls.listAll(service, type, null, 2, null))
          .as("list of every %s, two at a time", type)
          .isEqualTo(Calls.expectedList(s, type, null));
      ResourceType parentType = type.parent();
      if (parentType != null) {
        for (String parent : known.get(parentType)) {
          if (type == SOLUTION_VERSION && s.find(SOLUTION, parent) == null) {
            assertThatThrownBy(() -> Calls.listAll(service, type, parent, null, null))
                .as("ListSolutionVersions of %s, which is gone", parent)
                .isInstanceOf(ResourceNotFoundException.class);
            continue;
          }
          assertThat(Calls.listAll(service, type, parent, null, null))
              .as("list of %s under %s", type, parent)
              .isEqualTo(Calls.expectedList(s, type, parent));
        }
      }
    }
    checkTimeline(s, now);
    // the store's own bookkeeping: quota counters, list index and due index match the resources
    StoreRules.check(fake);
    for (View v : s.all()) {
      if (v.record().nextDue() != null) {
        assertThat(v.record().nextDue())
            .as("after settling, nothing is due any more: %s", v)
            .isAfter(now);
      }
    }
    assertThat(dump()).as("checking the invariants changed nothing").isEqualTo(records);
  }

  /**
   * The training side: no campaign refers to a missing solution version (neither the deployed one
   * nor the target of an update in flight); a deleting parent has no blocking child; each solution
   * shows its newest version and its AutoML result; each version shows what training produced
   * exactly when it is ACTIVE; a campaign whose latest update is ACTIVE carries its settings.
   */
  private void checkTraining(Snapshot s) {
    for (View c : s.all(CAMPAIGN)) {
      Campaign campaign = (Campaign) c.body();
      assertThat(s.find(SOLUTION_VERSION, campaign.solutionVersionArn()))
          .as("the solution version %s deployed by %s", campaign.solutionVersionArn(), c)
          .isNotNull();
      CampaignUpdateSummary u = campaign.latestCampaignUpdate();
      if (u != null && Snapshot.transitional(u.status())) {
        assertThat(s.find(SOLUTION_VERSION, u.solutionVersionArn()))
            .as("the solution version %s that the update of %s deploys", u.solutionVersionArn(), c)
            .isNotNull();
      }
      if (u != null && Snapshot.ACTIVE.equals(u.status())) {
        assertThat(
                List.of(
                    Objects.toString(campaign.solutionVersionArn()),
                    Objects.toString(campaign.minProvisionedTPS()),
                    Objects.toString(campaign.campaignConfig())))
            .as("%s carries the settings of its completed update", c)
            .isEqualTo(
                List.of(
                    Objects.toString(u.solutionVersionArn()),
                    Objects.toString(u.minProvisionedTPS()),
                    Objects.toString(u.campaignConfig())));
        assertThat(c.status())
            .as("a campaign whose update completed")
            .isIn(Snapshot.ACTIVE, Snapshot.DELETE_PENDING, Snapshot.DELETE_IN_PROGRESS);
      }
    }
    // a deleting parent has none of the children that block its Delete
    for (View g : s.all(DATASET_GROUP)) {
      if (g.deleting()) {
        for (ResourceType child : List.of(DATASET, SOLUTION, EVENT_TRACKER)) {
          assertThat(s.children(child, g.arn())).as("%s of the deleting %s", child, g).isEmpty();
        }
      }
    }
    for (View d : s.all(DATASET)) {
      if (d.deleting()) {
        assertThat(s.children(DATASET_IMPORT_JOB, d.arn()))
            .as("import jobs of the deleting %s", d)
            .noneMatch(View::transitional);
      }
    }
    for (View f : s.all(FILTER)) {
      if (f.deleting()) {
        assertThat(s.all(BATCH_INFERENCE_JOB))
            .as("batch jobs on the deleting %s", f)
            .noneMatch(
                j ->
                    j.transitional() && f.arn().equals(((BatchInferenceJob) j.body()).filterArn()));
      }
    }
    for (View sol : s.all(SOLUTION)) {
      Solution solution = (Solution) sol.body();
      List<View> children = s.children(SOLUTION_VERSION, sol.arn());
      if (sol.deleting()) {
        assertThat(children).as("versions of the deleting %s", sol).noneMatch(View::transitional);
        for (View v : children) {
          assertThat(s.children(BATCH_INFERENCE_JOB, v.arn()))
              .as("batch jobs on %s of the deleting %s", v, sol)
              .noneMatch(View::transitional);
        }
        assertThat(s.all(CAMPAIGN))
            .as("campaigns on versions of the deleting %s", sol)
            .noneMatch(
                c -> {
                  Campaign campaign = (Campaign) c.body();
                  CampaignUpdateSummary u = campaign.latestCampaignUpdate();
                  return sol.arn().equals(Calls.solutionOf(campaign.solutionVersionArn()))
                      || (u != null
                          && Snapshot.transitional(u.status())
                          && sol.arn().equals(Calls.solutionOf(u.solutionVersionArn())));
                });
      }
      View newest =
          children.stream()
              .max((a, b) -> Long.compare(seqOf.get(a.arn()), seqOf.get(b.arn())))
              .orElse(null);
      assertThat(solution.latestSolutionVersion())
          .as("latestSolutionVersion of %s", sol)
          .isEqualTo(newest == null ? null : Calls.versionSummary(newest));
      boolean autoML = Boolean.TRUE.equals(solution.performAutoML());
      boolean trained = children.stream().anyMatch(View::active);
      String best = autoML ? firstRecipe(solution.solutionConfig()) : null;
      assertThat(solution.autoMLResult() == null ? null : solution.autoMLResult().bestRecipeArn())
          .as("autoMLResult.bestRecipeArn of %s", sol)
          .isEqualTo(autoML && trained ? best : null);
    }
    for (View v : s.all(SOLUTION_VERSION)) {
      SolutionVersion version = (SolutionVersion) v.body();
      boolean active = v.active();
      boolean autoML = Boolean.TRUE.equals(version.performAutoML());
      assertThat(version.trainingHours())
          .as("trainingHours of %s", v)
          .isEqualTo(active ? 1.0 : null);
      if (autoML) {
        assertThat(version.recipeArn())
            .as("the recipe AutoML chose for %s", v)
            .isEqualTo(active ? firstRecipe(version.solutionConfig()) : null);
      }
      TunedHPOParams tuned =
          active && Boolean.TRUE.equals(version.performHPO())
              ? TunedHPOParams.builder()
                  .algorithmHyperParameters(tuned(version.solutionConfig()))
                  .build()
              : null;
      assertThat(version.tunedHPOParams()).as("tunedHPOParams of %s", v).isEqualTo(tuned);
      assertThat(version.failureReason() != null)
          .as("%s has a failureReason exactly when it failed", v)
          .isEqualTo(Snapshot.CREATE_FAILED.equals(v.status()));
      assertThat(version.datasetGroupArn())
          .as("dataset group of %s", v)
          .isEqualTo(((Solution) s.find(SOLUTION, v.parent()).body()).datasetGroupArn());
    }
  }

  private static String firstRecipe(SolutionConfig config) {
    List<String> list =
        config == null
                || config.autoMLConfig() == null
                || config.autoMLConfig().recipeList() == null
            ? List.of()
            : config.autoMLConfig().recipeList();
    return list.isEmpty() ? TrainingCalls.HRNN : list.get(0);
  }

  /** The solution's hyperparameters overlaid with each HPO range's lowest (first) value. */
  private static Map<String, String> tuned(SolutionConfig config) {
    Map<String, String> params = new LinkedHashMap<>();
    if (config == null) {
      return params;
    }
    if (config.algorithmHyperParameters() != null) {
      params.putAll(config.algorithmHyperParameters());
    }
    HyperParameterRanges ranges =
        config.hpoConfig() == null ? null : config.hpoConfig().algorithmHyperParameterRanges();
    if (ranges != null) {
      for (IntegerHyperParameterRange r : nonNull(ranges.integerHyperParameterRanges())) {
        params.put(r.name(), Integer.toString(r.minValue()));
      }
      for (ContinuousHyperParameterRange r : nonNull(ranges.continuousHyperParameterRanges())) {
        params.put(r.name(), Double.toString(r.minValue()));
      }
      for (CategoricalHyperParameterRange r : nonNull(ranges.categoricalHyperParameterRanges())) {
        params.put(r.name(), r.values().get(0));
      }
    }
    return params;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  // --- replay ---------------------------------------------------------------------------------

  /** See {@link PersonalizeInvariants#checkReplay}. */
  void checkReplay() {
    try {
      PersonalizeWorld second = replay();
      assertThat(second.answers).as("answers of the replay").isEqualTo(answers);
      Map<String, ResourceType> everything = new HashMap<>();
      known.forEach((type, arns) -> arns.forEach(arn -> everything.put(arn, type)));
      assertThat(second.describeEverything(everything.keySet(), everything::get))
          .as("Describe of every ARN after the replay")
          .isEqualTo(describeEverything(everything.keySet(), everything::get));
      assertThat(second.dump()).as("every record after the replay").isEqualTo(dump());
      second.close();
    } catch (AssertionError e) {
      throw inThisWorld(e);
    }
  }

  /** Runs the same clock moves and calls on a fresh twin and returns it. */
  PersonalizeWorld replay() {
    PersonalizeWorld twin = twin();
    for (Object step : log) {
      if (step instanceof Duration d) {
        twin.advance(d);
      } else {
        twin.replayCall((Call) step);
      }
    }
    return twin;
  }

  private void replayCall(Call call) {
    Object response;
    String error = null;
    try {
      response = call.invoke(service);
    } catch (PersonalizeFakeException e) {
      response = null;
      error = e.errorCode();
    }
    log.add(call);
    answers.add(error != null ? error : String.valueOf(response));
  }

  /** What Describe says of every ARN a Create ever returned, after settling. */
  Map<String, String> describeEverything(
      Iterable<String> arns, Function<String, ResourceType> typeOf) {
    fake.settle();
    Map<String, String> out = new TreeMap<>();
    for (String arn : arns) {
      try {
        out.put(arn, String.valueOf(Calls.describe(service, typeOf.apply(arn), arn)));
      } catch (PersonalizeFakeException e) {
        out.put(arn, e.errorCode());
      }
    }
    return out;
  }

  /** Names what a failing chain needs to be run again: the seed, the timings, the clock. */
  @Override
  public String toString() {
    return "PersonalizeWorld[seed=0x"
        + Long.toHexString(config.seed)
        + ", "
        + (instant ? "instant" : "timed")
        + " timings, clock at "
        + clock.peek()
        + ", "
        + log.size()
        + " steps]";
  }
}
