package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.BATCH_INFERENCE_JOB;
import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.EVENT_TRACKER;
import static io.personalizefake.model.ResourceType.FILTER;
import static io.personalizefake.model.ResourceType.SCHEMA;
import static io.personalizefake.model.ResourceType.SOLUTION;
import static io.personalizefake.model.ResourceType.SOLUTION_VERSION;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.internal.store.CountRecord;
import io.personalizefake.internal.store.DueEntry;
import io.personalizefake.internal.store.IndexEntry;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.MetaRecord;
import io.personalizefake.internal.store.MetricsRecord;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.internal.store.Resources;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.spi.StoredRecord;
import io.personalizefake.testkit.jqwik.Snapshot.View;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rules every fake's store keeps whatever calls were made, read from the store alone: each
 * broken rule becomes one line naming the resource or record, and all of them one error.
 */
final class StoreRules {

  private static final char SEP = '\u0001';
  private static final int SHOWN = 25;

  private final PersonalizeFake fake;
  private final List<String> broken = new ArrayList<>();

  private StoreRules(PersonalizeFake fake) {
    this.fake = fake;
  }

  /** Checks {@code fake}; throws one AssertionError listing every broken rule. */
  static void check(PersonalizeFake fake) {
    StoreRules rules = new StoreRules(fake);
    List<StoredRecord> records = fake.storage().read(tx -> tx.scanAll().toList());
    rules.checkAll(records);
    if (!rules.broken.isEmpty()) {
      StringBuilder m =
          new StringBuilder("the store of the fake breaks ")
              .append(rules.broken.size())
              .append(rules.broken.size() == 1 ? " rule" : " rules")
              .append(" (")
              .append(rules.seedOf(records))
              .append("):");
      rules.broken.stream().limit(SHOWN).forEach(line -> m.append("\n  - ").append(line));
      if (rules.broken.size() > SHOWN) {
        m.append("\n  ... and ").append(rules.broken.size() - SHOWN).append(" more");
      }
      throw new AssertionError(m.toString());
    }
  }

  private String seedOf(List<StoredRecord> records) {
    for (StoredRecord r : records) {
      if (r instanceof MetaRecord meta) {
        return "seed 0x" + Long.toHexString(meta.seed());
      }
    }
    return "seed unknown: no identifier drawn yet";
  }

  private void broken(String scope, String rule) {
    broken.add("[" + scope + "] " + rule);
  }

  private void checkAll(List<StoredRecord> records) {
    Map<String, List<StoredRecord>> byScope = new TreeMap<>();
    MetaRecord meta = null;
    for (StoredRecord r : records) {
      if (r instanceof MetaRecord m) {
        meta = m;
      } else {
        byScope.computeIfAbsent(r.key().scope(), k -> new ArrayList<>()).add(r);
      }
    }
    Set<Long> seqs = new HashSet<>();
    for (StoredRecord r : records) {
      if (r instanceof ResourceRecord rr) {
        if (!seqs.add(rr.seq())) {
          broken(
              rr.key().scope(),
              rr.type()
                  + " "
                  + rr.arn()
                  + " shares its creation sequence number "
                  + rr.seq()
                  + " with another resource");
        }
        if (meta == null || rr.seq() >= meta.nextSeq()) {
          broken(
              rr.key().scope(),
              rr.type()
                  + " "
                  + rr.arn()
                  + " has sequence number "
                  + rr.seq()
                  + ", not below the next one the fake hands out ("
                  + (meta == null ? "no meta record" : meta.nextSeq())
                  + ")");
        }
      }
    }
    byScope.forEach(this::checkScope);
  }

  private void checkScope(String scope, List<StoredRecord> records) {
    Snapshot s = new Snapshot(records, fake.quotas());
    Resources resources = new Resources(scope);
    String[] accountRegion = scope.split("/", 2);
    checkResources(scope, accountRegion, s);
    checkReferences(scope, s);
    checkListIndex(scope, s, resources);
    checkDueIndex(scope, s);
    checkCounters(scope, s);
    for (StoredRecord r : s.records) {
      if (r instanceof MetricsRecord m && s.find(SOLUTION_VERSION, m.key().id()) == null) {
        broken(
            scope,
            "metrics are set for " + m.key().id() + ", which is not a stored solution version");
      }
    }
    if (accountRegion.length == 2
        && accountRegion[0].equals(fake.accountId())
        && broken.isEmpty()) {
      checkReads(scope, accountRegion[1], s);
    }
  }

  /**
   * Each resource: under its own ARN, of its scope, with a status its type can show, sane times.
   */
  private void checkResources(String scope, String[] accountRegion, Snapshot s) {
    String prefix =
        accountRegion.length == 2
            ? "arn:"
                + fake.partition()
                + ":personalize:"
                + accountRegion[1]
                + ":"
                + accountRegion[0]
                + ":"
            : null;
    for (View v : s.all()) {
      ResourceRecord r = v.record();
      String bodyArn = Kinds.of(r.type()).arn(r.body());
      if (!r.arn().equals(bodyArn)) {
        broken(scope, v + " is stored under " + r.arn() + " but its body names " + bodyArn);
      }
      if (prefix != null && !r.arn().startsWith(prefix + r.type().arnSegment() + "/")) {
        broken(
            scope,
            v
                + " does not have an ARN of a "
                + r.type()
                + " of this account and region ("
                + prefix
                + r.type().arnSegment()
                + "/...)");
      }
      if (!statusesOf(v.type()).contains(v.status())) {
        broken(
            scope, v + " has the status " + v.status() + ", which a " + v.type() + " never shows");
      }
      if (v.created().isAfter(v.updated())) {
        broken(
            scope,
            v
                + " was last updated ("
                + v.updated()
                + ") before it was created ("
                + v.created()
                + ")");
      }
      if ((v.transitional() || v.deleting()) && r.plan().isEmpty()) {
        broken(scope, v + " is " + v.status() + " but has no status change planned");
      }
    }
    // the types whose ARN is made from the name (datasets and event trackers are not)
    for (ResourceType type :
        List.of(
            DATASET_GROUP,
            SCHEMA,
            FILTER,
            ResourceType.DATASET_IMPORT_JOB,
            SOLUTION,
            CAMPAIGN,
            BATCH_INFERENCE_JOB)) {
      Set<String> names = new HashSet<>();
      for (View v : s.all(type)) {
        if (v.name() != null && !names.add(v.name())) {
          broken(
              scope,
              "two "
                  + type
                  + " resources, whose ARNs are made from their names, are named "
                  + Calls.q(v.name())
                  + " (one is "
                  + v.arn()
                  + ")");
        }
      }
    }
  }

  /**
   * Parents and references exist; one dataset per type and one event tracker per group; deleting
   * groups are empty.
   */
  private void checkReferences(String scope, Snapshot s) {
    for (View v : s.all()) {
      ResourceType parentType = v.type().parent();
      // batch jobs outlive their solution versions
      if (parentType != null
          && v.type() != BATCH_INFERENCE_JOB
          && s.find(parentType, v.parent()) == null) {
        broken(
            scope, v + " refers to its " + parentType + " " + v.parent() + ", which is not stored");
      }
      if (v.type() == DATASET) {
        String schema = ((Dataset) v.body()).schemaArn();
        if (s.find(SCHEMA, schema) == null) {
          broken(scope, v + " uses the schema " + schema + ", which is not stored");
        }
      }
      if (v.type() == CAMPAIGN) {
        Campaign c = (Campaign) v.body();
        if (s.find(SOLUTION_VERSION, c.solutionVersionArn()) == null) {
          broken(
              scope,
              v
                  + " deploys the solution version "
                  + c.solutionVersionArn()
                  + ", which is not stored");
        }
        CampaignUpdateSummary u = c.latestCampaignUpdate();
        if (u != null
            && Snapshot.transitional(u.status())
            && s.find(SOLUTION_VERSION, u.solutionVersionArn()) == null) {
          broken(
              scope,
              v
                  + " is being updated to the solution version "
                  + u.solutionVersionArn()
                  + ", which is not stored");
        }
      }
    }
    for (View g : s.all(DATASET_GROUP)) {
      Set<String> types = new HashSet<>();
      for (View d : s.children(DATASET, g.arn())) {
        if (!types.add(((Dataset) d.body()).datasetType())) {
          broken(
              scope,
              g + " has more than one dataset of type " + ((Dataset) d.body()).datasetType());
        }
      }
      List<View> trackers = s.children(EVENT_TRACKER, g.arn());
      if (trackers.size() > 1) {
        broken(scope, g + " has " + trackers.size() + " event trackers: " + trackers);
      }
      if (g.deleting()) {
        for (ResourceType child : List.of(DATASET, SOLUTION, EVENT_TRACKER)) {
          if (!s.children(child, g.arn()).isEmpty()) {
            broken(scope, g + " is being deleted but still has " + s.children(child, g.arn()));
          }
        }
      }
    }
  }

  /**
   * The list index holds exactly two entries per resource with a List filter and one per other
   * resource: under the unfiltered list and under its parent, in list order.
   */
  private void checkListIndex(String scope, Snapshot s, Resources resources) {
    Map<String, String> expected = new TreeMap<>();
    for (View v : s.all()) {
      ResourceRecord r = v.record();
      String sortKey = resources.sortKey(r);
      expected.put(r.type().name() + SEP + "*" + SEP + sortKey, r.arn());
      String parent = Kinds.of(r.type()).listParent(r.body());
      if (parent != null) {
        expected.put(r.type().name() + SEP + parent + SEP + sortKey, r.arn());
      }
    }
    Map<String, String> stored = new TreeMap<>();
    for (StoredRecord r : s.records) {
      if (r instanceof IndexEntry e) {
        stored.put(e.key().id(), e.arn());
      }
    }
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String there = stored.get(e.getKey());
      if (!e.getValue().equals(there)) {
        broken(
            scope,
            "the list index lacks the entry "
                + readable(e.getKey())
                + " of "
                + s.byArn.get(e.getValue())
                + (there == null ? "" : " (it points at " + there + ")"));
      }
    }
    for (Map.Entry<String, String> e : stored.entrySet()) {
      if (!expected.containsKey(e.getKey())) {
        View v = s.byArn.get(e.getValue());
        broken(
            scope,
            "the list index has the entry "
                + readable(e.getKey())
                + " for "
                + (v == null
                    ? e.getValue() + ", which is not stored"
                    : v + ", which does not belong there"));
      }
    }
  }

  private static String readable(String indexId) {
    return "'" + indexId.replace(SEP, '|') + "'";
  }

  /**
   * The due index holds one entry per resource with a due step, at that step's time and sequence.
   */
  private void checkDueIndex(String scope, Snapshot s) {
    Map<String, Integer> entries = new HashMap<>();
    for (StoredRecord r : s.records) {
      if (r instanceof DueEntry d) {
        entries.merge(d.arn(), 1, Integer::sum);
        View v = s.byArn.get(d.arn());
        if (v == null) {
          broken(
              scope,
              "the due index has the entry "
                  + readable(d.key().id())
                  + " for "
                  + d.arn()
                  + ", which is not stored");
          continue;
        }
        ResourceRecord rr = v.record();
        String id = d.key().id();
        long seq = Long.parseLong(id.substring(id.indexOf(SEP) + 1));
        if (rr.nextDue() == null
            || Resources.dueMillis(d) != Math.max(0, rr.nextDue().toEpochMilli())
            || seq != rr.seq()) {
          broken(
              scope,
              "the due index has the entry "
                  + readable(id)
                  + " for "
                  + v
                  + ", whose next step is due "
                  + (rr.nextDue() == null ? "never" : "at " + rr.nextDue())
                  + " (sequence "
                  + rr.seq()
                  + ")");
        }
      }
    }
    for (View v : s.all()) {
      int n = entries.getOrDefault(v.arn(), 0);
      if (v.record().nextDue() != null && n != 1) {
        broken(
            scope,
            v
                + " has a step due at "
                + v.record().nextDue()
                + " but "
                + n
                + " entries in the due index");
      }
    }
  }

  /**
   * The quota counters count the live (not deleting) and the transitional resources of each type.
   */
  private void checkCounters(String scope, Snapshot s) {
    Map<String, List<Long>> expected = new TreeMap<>();
    for (View v : s.all()) {
      List<Long> c =
          expected.computeIfAbsent(v.type().name(), k -> new ArrayList<>(List.of(0L, 0L)));
      c.set(0, c.get(0) + (v.deleting() ? 0 : 1));
      c.set(1, c.get(1) + (v.transitional() ? 1 : 0));
    }
    expected.values().removeIf(c -> c.get(0) == 0 && c.get(1) == 0);
    Map<String, List<Long>> stored = new TreeMap<>();
    for (StoredRecord r : s.records) {
      if (r instanceof CountRecord c) {
        stored.put(c.key().id(), List.of(c.live(), c.transitional()));
      }
    }
    Set<String> types = new TreeSet<>(expected.keySet());
    types.addAll(stored.keySet());
    for (String type : types) {
      List<Long> want = expected.getOrDefault(type, List.of(0L, 0L));
      List<Long> have = stored.get(type);
      if (!Objects.equals(have == null ? List.of(0L, 0L) : have, want)
          || (have != null && have.equals(List.of(0L, 0L)))) {
        broken(
            scope,
            "the quota counter of "
                + type
                + " says "
                + (have == null
                    ? "nothing (no counter)"
                    : have.get(0) + " live, " + have.get(1) + " transitional")
                + " but the store holds "
                + want.get(0)
                + " live and "
                + want.get(1)
                + " transitional");
      }
    }
  }

  /**
   * Describe shows each stored resource and the unfiltered Lists show them all, newest first. Only
   * when the reads cannot settle anything: nothing is due by the clock's time, and the clock stands
   * still or nothing is due at all.
   */
  private void checkReads(String scope, String region, Snapshot s) {
    Clock clock = fake.clock();
    boolean frozen = clock instanceof FakeClock fc && fc.isFrozen();
    Instant now = clock instanceof FakeClock fc ? fc.peek() : clock.instant();
    List<Instant> due = new ArrayList<>();
    s.all()
        .forEach(
            v -> {
              if (v.record().nextDue() != null) {
                due.add(v.record().nextDue());
              }
            });
    if (!due.isEmpty() && (!frozen || !Collections.min(due).isAfter(now))) {
      return;
    }
    PersonalizeService service = fake.service(region);
    for (View v : s.all()) {
      try {
        Object described = Calls.describe(service, v.type(), v.arn());
        if (!v.body().equals(described)) {
          broken(
              scope,
              "Describe of " + v + " shows " + described + " instead of the stored " + v.body());
        }
      } catch (PersonalizeFakeException e) {
        broken(scope, "Describe of " + v + " fails with " + e.errorCode() + ": " + e.getMessage());
      }
    }
    for (ResourceType type : Calls.ALL_TYPES) {
      try {
        List<Object> listed = Calls.listAll(service, type, null, null, null);
        List<Object> expected = Calls.expectedList(s, type, null);
        if (!listed.equals(expected)) {
          broken(scope, type.listOperation() + " returns " + listed + " instead of " + expected);
        }
      } catch (PersonalizeFakeException e) {
        broken(
            scope, type.listOperation() + " fails with " + e.errorCode() + ": " + e.getMessage());
      }
    }
  }

  /** The statuses a resource of {@code type} can show (schemas: none). */
  static Set<@Nullable String> statusesOf(ResourceType type) {
    return switch (type) {
      case SCHEMA -> Collections.singleton(null);
      case DATASET_GROUP ->
          Set.of(
              Snapshot.CREATE_PENDING,
              Snapshot.CREATE_IN_PROGRESS,
              Snapshot.ACTIVE,
              Snapshot.CREATE_FAILED,
              Snapshot.DELETE_PENDING);
      case DATASET_IMPORT_JOB, SOLUTION_VERSION, BATCH_INFERENCE_JOB ->
          Set.of(
              Snapshot.CREATE_PENDING,
              Snapshot.CREATE_IN_PROGRESS,
              Snapshot.ACTIVE,
              Snapshot.CREATE_FAILED);
      default ->
          Set.of(
              Snapshot.CREATE_PENDING,
              Snapshot.CREATE_IN_PROGRESS,
              Snapshot.ACTIVE,
              Snapshot.CREATE_FAILED,
              Snapshot.DELETE_PENDING,
              Snapshot.DELETE_IN_PROGRESS);
    };
  }
}
