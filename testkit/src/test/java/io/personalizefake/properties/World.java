package io.personalizefake.properties;

import static io.personalizefake.ResourceType.DATASET_GROUP;
import static io.personalizefake.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.ResourceType.FILTER;
import static io.personalizefake.ResourceType.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.Quotas;
import io.personalizefake.Quotas.Quota;
import io.personalizefake.ResourceType;
import io.personalizefake.Timings;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.store.CountRecord;
import io.personalizefake.internal.store.DueEntry;
import io.personalizefake.internal.store.IndexEntry;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.Filter;
import io.personalizefake.properties.Calls.Call;
import io.personalizefake.properties.Snapshot.View;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of one workflow run: a fresh fake on a frozen clock with a fixed seed, and a small
 * model of it: every ARN a Create returned (the pool actions draw from, deleted ones included),
 * which deletes were accepted, and what each resource looked like when last seen.
 */
final class World {

  static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
  static final long SEED = 0x5EED_2024L;
  static final String SCOPE = Calls.ACCOUNT + "/" + Calls.REGION;
  /**
   * Every kind of record the fake keeps in a region's scope: resources, list index, due index,
   * quota counters, injected faults, and solution metrics (which these workflows never create).
   * The meta record (seed and id counters) lives in scope "".
   */
  static final List<String> KINDS = List.of("r", "i", "d", "c", "f", "x");

  /**
   * The realistic world runs with quotas low enough for a short workflow to reach them; the instant
   * world keeps the service's defaults.
   */
  static final Quotas LOW_QUOTAS =
      Quotas.defaults()
          .with(Quota.DATASET_GROUPS, 2)
          .with(Quota.SCHEMAS, 3)
          .with(Quota.DATASETS, 3)
          .with(Quota.EVENT_TRACKERS, 1)
          .with(Quota.FILTERS, 3)
          .with(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS, 2);

  final boolean instant;
  final FakeClock clock;
  final PersonalizeFake fake;
  final PersonalizeService service;

  final Map<ResourceType, LinkedHashSet<String>> known = new EnumMap<>(ResourceType.class);
  final Set<String> deleteAccepted = new HashSet<>();
  /** The timeline model: when each live ARN was created, when its Delete was accepted, when a parent takes it along. */
  private final Map<String, Instant> createdAt = new HashMap<>();
  private final Map<String, Instant> deleteAt = new HashMap<>();
  private final Map<String, Instant> cascadeAt = new HashMap<>();
  private final Map<String, ResourceType> typeOf = new HashMap<>();
  final Set<String> trackingIds = new HashSet<>();
  private final Map<String, View> lastSeen = new HashMap<>();
  /** The store as the last call or check left it, for actions that aim at what exists. */
  Snapshot current;

  /** Calls and clock moves in the order they happened, with what each call answered. */
  final List<Object> log = new ArrayList<>();

  final List<String> answers = new ArrayList<>();

  private World(boolean instant) {
    this.instant = instant;
    this.clock = FakeClock.frozenAt(START);
    this.fake =
        PersonalizeFake.builder()
            .clock(clock)
            .timings(instant ? Timings.instant() : Timings.realistic())
            .quotas(instant ? Quotas.defaults() : LOW_QUOTAS)
            .seed(SEED)
            .build();
    this.service = fake.service();
    for (ResourceType t : Calls.TYPES) {
      known.put(t, new LinkedHashSet<>());
    }
    current = new Snapshot(List.of(), fake.quotas());
  }

  static World instant() {
    return new World(true);
  }

  static World realistic() {
    return new World(false);
  }

  /** A fresh world with the same configuration, for replays. */
  World twin() {
    return new World(instant);
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
      assertThat(after).as("%s was rejected with %s and must leave the store unchanged", call, error).isEqualTo(before);
    } else if (call.isRead()) {
      assertThat(after).as("%s is a read and must leave the store unchanged", call).isEqualTo(before);
    }
    assertThat(error == null ? "success" : error)
        .as("outcome of %s with the state %s", call, snapshot)
        .isEqualTo(expected == null ? "success" : expected);
    current = new Snapshot(after, fake.quotas());
    if (error == null) {
      call.onSuccess(this, response, snapshot, current, now);
    }
  }

  /** After a successful Create: the resource is stored as just created, and (instant) is ACTIVE at the next call. */
  View created(ResourceType type, String arn, Snapshot after, Instant now) {
    View v = after.find(type, arn);
    assertThat(v).as("%s %s is stored after its Create", type, arn).isNotNull();
    assertThat(v.created()).as("creationDateTime of %s", arn).isEqualTo(now);
    assertThat(v.updated()).as("lastUpdatedDateTime of %s at Create", arn).isEqualTo(now);
    if (type != SCHEMA) {
      assertThat(v.status()).as("status of %s right after its Create", arn).isEqualTo(Snapshot.CREATE_PENDING);
    }
    known.get(type).add(arn);
    deleteAccepted.remove(arn);
    createdAt.put(arn, now);
    deleteAt.remove(arn);
    cascadeAt.remove(arn);
    typeOf.put(arn, type);
    if (instant && type != SCHEMA) {
      Object described = Calls.describe(service, type, arn);
      assertThat(statusOf(described))
          .as("with instant timings, %s is ACTIVE at the next call", arn)
          .isEqualTo(Snapshot.ACTIVE);
    }
    return v;
  }

  /** After a successful Delete: DELETE PENDING (schemas: gone), and (instant) gone at the next call. */
  void deleted(ResourceType type, String arn, Snapshot before, Snapshot after, Instant now) {
    deleteAccepted.add(arn);
    deleteAt.put(arn, now);
    ResourceType childType = type == DATASET_GROUP ? FILTER : type == ResourceType.DATASET ? DATASET_IMPORT_JOB : null;
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
    assertThat(v.status()).as("status of %s right after its Delete", arn).isEqualTo(Snapshot.DELETE_PENDING);
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
      if (type == ResourceType.DATASET) {
        for (View j : before.children(DATASET_IMPORT_JOB, arn)) {
          assertThatThrownBy(() -> Calls.describe(service, DATASET_IMPORT_JOB, j.arn()))
              .as("import job %s goes with its dataset", j.arn())
              .isInstanceOf(ResourceNotFoundException.class);
        }
      }
    }
  }

  private static String statusOf(Object body) {
    if (body instanceof DatasetGroup g) {
      return g.status();
    }
    if (body instanceof Dataset d) {
      return d.status();
    }
    if (body instanceof DatasetImportJob j) {
      return j.status();
    }
    if (body instanceof EventTracker t) {
      return t.status();
    }
    if (body instanceof Filter f) {
      return f.status();
    }
    return null;
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
   * its Create and Delete and the durations of the timings: every transition fires at its due
   * time and records that due time.
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
        Instant active = inProgress.plus(duration(type, Timings.Phase.CREATE_IN_PROGRESS));
        status = now.isBefore(inProgress) ? Snapshot.CREATE_PENDING : now.isBefore(active) ? Snapshot.CREATE_IN_PROGRESS : Snapshot.ACTIVE;
        updated = now.isBefore(inProgress) ? created : now.isBefore(active) ? inProgress : active;
      }
      assertThat(v.status()).as("status of %s at %s", arn, now).isEqualTo(status);
      assertThat(v.updated()).as("lastUpdatedDateTime of %s (%s) at %s", arn, status, now).isEqualTo(updated);
    }
    createdAt.keySet().removeIf(arn -> s.byArn.get(arn) == null);
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

  private static Set<String> statusesOf(ResourceType type) {
    return switch (type) {
      case SCHEMA -> Collections.singleton(null);
      case DATASET_GROUP -> Set.of(Snapshot.CREATE_PENDING, Snapshot.CREATE_IN_PROGRESS, Snapshot.ACTIVE,
          Snapshot.CREATE_FAILED, Snapshot.DELETE_PENDING);
      case DATASET_IMPORT_JOB -> Set.of(Snapshot.CREATE_PENDING, Snapshot.CREATE_IN_PROGRESS, Snapshot.ACTIVE,
          Snapshot.CREATE_FAILED);
      default -> RANK.keySet();
    };
  }

  /** Checks every invariant of the spec that these operations touch, at the current instant. */
  void checkInvariants() {
    fake.settle();
    Instant now = clock.peek();
    List<StoredRecord> records = dump();
    Snapshot s = new Snapshot(records, fake.quotas());
    current = s;

    // (a) names are unique per name-scoped type
    for (ResourceType type : List.of(DATASET_GROUP, SCHEMA, FILTER, DATASET_IMPORT_JOB)) {
      List<String> names = s.all(type).stream().map(View::name).collect(Collectors.toList());
      assertThat(names).as("names of %s are unique", type).doesNotHaveDuplicates();
    }
    // (b) one dataset per type and one event tracker per dataset group
    for (View g : s.all(DATASET_GROUP)) {
      List<String> types = s.children(ResourceType.DATASET, g.arn()).stream()
          .map(d -> ((Dataset) d.body()).datasetType()).collect(Collectors.toList());
      assertThat(types).as("dataset types of %s", g.arn()).doesNotHaveDuplicates();
      assertThat(s.children(ResourceType.EVENT_TRACKER, g.arn())).as("event trackers of %s", g.arn()).hasSizeLessThanOrEqualTo(1);
    }
    for (View v : s.all()) {
      // (c) no child without its parent, no dataset without its schema
      ResourceType parentType = Calls.parentType(v.type());
      if (parentType != null) {
        assertThat(s.find(parentType, v.parent())).as("the parent of %s", v).isNotNull();
      }
      if (v.type() == ResourceType.DATASET) {
        Dataset d = (Dataset) v.body();
        assertThat(s.find(SCHEMA, d.schemaArn())).as("the schema of %s", v).isNotNull();
        assertThat(v.arn()).as("dataset ARN names its group and type")
            .isEqualTo(Calls.arn("dataset", s.find(DATASET_GROUP, d.datasetGroupArn()).name() + "/" + d.datasetType()));
      }
      // (d) times and statuses
      assertThat(v.created()).as("creationDateTime <= lastUpdatedDateTime for %s", v).isBeforeOrEqualTo(v.updated());
      assertThat(v.updated()).as("lastUpdatedDateTime of %s is not in the future", v).isBeforeOrEqualTo(now);
      assertThat(statusesOf(v.type())).as("statuses %s can show", v.type()).contains(v.status());
      assertThat(known.get(v.type())).as("%s was returned by a Create", v).contains(v.arn());
      View last = lastSeen.get(v.arn());
      if (last != null) {
        assertThat(v.created()).as("creationDateTime of %s never changes", v.arn()).isEqualTo(last.created());
        assertThat(v.updated()).as("lastUpdatedDateTime of %s never goes back", v.arn()).isAfterOrEqualTo(last.updated());
        if (v.status() != null) {
          int from = RANK.get(last.status());
          int to = RANK.get(v.status());
          assertThat(to >= from && (to != from || v.status().equals(last.status())))
              .as("%s moved from %s to %s", v.arn(), last.status(), v.status())
              .isTrue();
        }
      }
      if (v.deleting()) {
        assertThat(deleteAccepted).as("%s is deleting, so a Delete of it was accepted", v).contains(v.arn());
      }
      lastSeen.put(v.arn(), v);
    }
    // resources only disappear after a Delete of them, or of the parent that takes them along
    for (String arn : new ArrayList<>(lastSeen.keySet())) {
      if (!s.byArn.containsKey(arn)) {
        View gone = lastSeen.remove(arn);
        boolean cascaded =
            (gone.type() == FILTER || gone.type() == DATASET_IMPORT_JOB) && deleteAccepted.contains(gone.parent());
        assertThat(deleteAccepted.contains(arn) || cascaded)
            .as("%s disappeared without a Delete of it or of its parent", gone)
            .isTrue();
      }
    }
    // every ARN a Create returned is describable exactly while it is stored
    for (ResourceType type : Calls.TYPES) {
      for (String arn : known.get(type)) {
        View v = s.find(type, arn);
        if (v == null) {
          assertThatThrownBy(() -> Calls.describe(service, type, arn))
              .as("Describe of %s, which is gone", arn)
              .isInstanceOf(ResourceNotFoundException.class);
        } else {
          assertThat(Calls.describe(service, type, arn)).as("Describe of %s", arn).isEqualTo(v.body());
        }
      }
    }
    // (e) Describe and List agree, for unfiltered and filtered lists, in one page and in small pages
    for (ResourceType type : Calls.TYPES) {
      assertThat(Calls.listAll(service, type, null, 2, null))
          .as("list of every %s, two at a time", type)
          .isEqualTo(Calls.expectedList(s, type, null));
      ResourceType parentType = Calls.parentType(type);
      if (parentType != null) {
        for (String parent : known.get(parentType)) {
          assertThat(Calls.listAll(service, type, parent, null, null))
              .as("list of %s under %s", type, parent)
              .isEqualTo(Calls.expectedList(s, type, parent));
        }
      }
    }
    checkTimeline(s, now);
    // the store's own bookkeeping: quota counters, list index and due index match the resources
    checkBookkeeping(s, now);
    assertThat(dump()).as("checking the invariants changed nothing").isEqualTo(records);
  }

  /** The quota counters, the list index and the due index agree with the resources of {@code s}. */
  static void checkBookkeeping(Snapshot s, Instant now) {
    Map<String, long[]> counts = new HashMap<>();
    for (View v : s.all()) {
      long[] c = counts.computeIfAbsent(v.type().name(), k -> new long[2]);
      c[0] += v.deleting() ? 0 : 1;
      c[1] += v.transitional() ? 1 : 0;
    }
    Map<String, List<Long>> expectedCounts = new HashMap<>();
    counts.forEach((type, c) -> {
      if (c[0] != 0 || c[1] != 0) {
        expectedCounts.put(type, List.of(c[0], c[1]));
      }
    });
    Map<String, List<Long>> storedCounts = new HashMap<>();
    int indexEntries = 0;
    Map<String, Integer> dueByArn = new HashMap<>();
    for (StoredRecord r : s.records) {
      if (r instanceof CountRecord c) {
        storedCounts.put(c.key().id(), List.of(c.live(), c.transitional()));
      } else if (r instanceof IndexEntry e) {
        indexEntries++;
        assertThat(s.byArn).as("index entry %s points at a stored resource", e.key().id()).containsKey(e.arn());
      } else if (r instanceof DueEntry d) {
        dueByArn.merge(d.arn(), 1, Integer::sum);
        View v = s.byArn.get(d.arn());
        assertThat(v).as("due entry %s points at a stored resource", d.key().id()).isNotNull();
        assertThat(v.record().nextDue()).as("%s has a due step", d.arn()).isNotNull();
        assertThat(v.record().nextDue()).as("after settling, nothing is due any more").isAfter(now);
      }
    }
    assertThat(storedCounts).as("quota counters").isEqualTo(expectedCounts);
    long expectedIndex = s.all().stream().mapToLong(v -> v.parent() == null ? 1 : 2).sum();
    assertThat((long) indexEntries).as("list index entries").isEqualTo(expectedIndex);
    Map<String, Integer> expectedDue = new HashMap<>();
    s.all().stream().filter(v -> v.record().nextDue() != null).forEach(v -> expectedDue.put(v.arn(), 1));
    assertThat(dueByArn).as("due index").isEqualTo(expectedDue);
  }

  // --- replay ---------------------------------------------------------------------------------

  /** Runs the same clock moves and calls on a fresh twin and returns it. */
  World replay() {
    World twin = twin();
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
  Map<String, String> describeEverything(Iterable<String> arns, Function<String, ResourceType> typeOf) {
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

  @Override
  public String toString() {
    return "World[" + (instant ? "instant" : "realistic") + ", " + clock.peek() + "]";
  }
}
