package io.personalizefake.properties;

import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.model.ResourceType.EVENT_TRACKER;
import static io.personalizefake.model.ResourceType.FILTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.model.DataSource;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.jqwik.PersonalizeArbitraries;
import io.personalizefake.testkit.jqwik.PersonalizeInvariants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Several threads hammer one fake (instant timings, a clock that follows the system clock) with
 * creates that collide on names and on the one-per-parent rules, and with deletes that race the
 * creation of children. Whatever the interleaving, every key has exactly one winner, every loser
 * gets the error the spec names for its case and no other, no acknowledged create is lost, and no
 * child outlives its parent.
 */
class ConcurrencyTest {

  private static final int THREADS = 6;
  private static final List<String> TYPES = List.of("Interactions", "Items", "Users");
  private static final String EXISTS = "ResourceAlreadyExistsException";
  private static final String IN_USE = "ResourceInUseException";
  private static final String NOT_FOUND = "ResourceNotFoundException";

  private ExecutorService pool;
  private PersonalizeFake fake;
  private PersonalizeService personalize;

  /** What each attempt on a key answered: "ok" + the ARN, or the error code. */
  private final Map<String, Queue> outcomes = new ConcurrentHashMap<>();

  /** Anything but a PersonalizeFakeException, with the call that raised it. */
  private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

  private static final class Queue extends ConcurrentLinkedQueue<String> {}

  @BeforeEach
  void start() {
    pool = Executors.newFixedThreadPool(THREADS);
    fake =
        PersonalizeFake.builder()
            .clock(FakeClock.following())
            .timings(Timings.instant())
            .seed(7)
            .quota(
                Quota.FILTERS,
                100) // one filter per group for a dozen groups: above the default of 10
            .build();
    personalize = fake.service();
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("the worker threads end").isTrue();
    fake.close();
  }

  // --- tests ----------------------------------------------------------------------------------

  @RepeatedTest(5)
  void colliding_dataset_group_names_have_exactly_one_winner_each() throws Exception {
    List<String> names = names("group", 24);
    inRounds(
        names,
        (t, name) ->
            attempt(
                "group " + name,
                () -> personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn()));

    assertThat(unexpected).as("errors other than the service's").isEmpty();
    for (String name : names) {
      String winner = winner("group " + name, EXISTS);
      assertThat(winner)
          .isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset-group/" + name);
      assertThat(
              personalize
                  .describeDatasetGroup(b -> b.datasetGroupArn(winner))
                  .datasetGroup()
                  .status())
          .isEqualTo("ACTIVE");
    }
    List<String> listed = new ArrayList<>();
    for (Object summary : ServiceReads.listAll(personalize, DATASET_GROUP, null, 7, null)) {
      listed.add(((DatasetGroupSummary) summary).name());
    }
    assertThat(listed).as("each name exists once").containsExactlyInAnyOrderElementsOf(names);
    checkStore();
  }

  @RepeatedTest(5)
  void datasets_of_one_type_and_event_trackers_into_the_same_groups_have_exactly_one_winner_each()
      throws Exception {
    List<String> groups = new ArrayList<>();
    for (String name : names("shop", 6)) {
      groups.add(personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn());
    }
    Map<String, String> schemas = schemas();
    inRounds(
        groups,
        (t, group) -> {
          // each thread visits the three types and the tracker in its own rotation
          for (int i = 0; i < 4; i++) {
            int k = (i + t) % 4;
            if (k == 3) {
              attempt(
                  group + " tracker",
                  () ->
                      personalize
                          .createEventTracker(b -> b.name("tracker-" + t).datasetGroupArn(group))
                          .eventTrackerArn());
            } else {
              String type = TYPES.get(k);
              attempt(
                  group + " " + type,
                  () ->
                      personalize
                          .createDataset(
                              b ->
                                  b.name("data-" + t)
                                      .datasetGroupArn(group)
                                      .datasetType(type)
                                      .schemaArn(schemas.get(type)))
                          .datasetArn());
            }
          }
        });

    assertThat(unexpected).as("errors other than the service's").isEmpty();
    for (String group : groups) {
      for (String type : TYPES) {
        String winner = winner(group + " " + type, EXISTS);
        Dataset d = personalize.describeDataset(b -> b.datasetArn(winner)).dataset();
        assertThat(d.datasetGroupArn()).isEqualTo(group);
        assertThat(d.datasetType()).isEqualTo(type.toUpperCase());
        assertThat(d.status()).isEqualTo("ACTIVE");
      }
      assertThat(ServiceReads.listAll(personalize, DATASET, group, 2, null))
          .as("datasets of %s", group)
          .hasSize(3);
      String tracker = winner(group + " tracker", EXISTS);
      List<Object> trackers = ServiceReads.listAll(personalize, EVENT_TRACKER, group, null, null);
      assertThat(trackers).as("event trackers of %s", group).hasSize(1);
      assertThat(((EventTrackerSummary) trackers.get(0)).eventTrackerArn()).isEqualTo(tracker);
    }
    checkStore();
  }

  @RepeatedTest(5)
  void deletes_racing_the_creation_of_children_lose_no_create_and_leave_no_orphan()
      throws Exception {
    List<String> groups = new ArrayList<>();
    for (String name : names("race", 12)) {
      groups.add(personalize.createDatasetGroup(b -> b.name(name)).datasetGroupArn());
    }
    Map<String, String> schemas = schemas();
    Set<String> deletedGroups = ConcurrentHashMap.newKeySet();
    // two threads delete each group while four fill it with a dataset, a filter and a tracker;
    // all six start on the same group together
    inRounds(
        groups,
        (t, group) -> {
          String name = group.substring(group.lastIndexOf('/') + 1);
          if (t < 2) {
            attempt(
                group + " delete",
                () -> {
                  personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group));
                  deletedGroups.add(group);
                  return group;
                });
            return;
          }
          Runnable tracker =
              () ->
                  attempt(
                      group + " tracker",
                      () ->
                          personalize
                              .createEventTracker(b -> b.name("tracker").datasetGroupArn(group))
                              .eventTrackerArn());
          if (t % 2 == 1) {
            tracker.run();
          }
          attempt(
              group + " dataset",
              () ->
                  personalize
                      .createDataset(
                          b ->
                              b.name("data")
                                  .datasetGroupArn(group)
                                  .datasetType("Interactions")
                                  .schemaArn(schemas.get("Interactions")))
                      .datasetArn());
          // after the dataset: a filter on Interactions needs an Interactions dataset
          attempt(
              group + " filter",
              () ->
                  personalize
                      .createFilter(
                          b ->
                              b.name("purchased-" + name)
                                  .datasetGroupArn(group)
                                  .filterExpression(
                                      "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")"))
                      .filterArn());
          if (t % 2 == 0) {
            tracker.run();
          }
        });
    assertThat(unexpected).as("errors other than the service's").isEmpty();

    // then two threads delete the surviving datasets while four start import jobs into them
    List<String> datasets = new ArrayList<>();
    for (String group : groups) {
      datasets.addAll(acknowledged(group + " dataset"));
    }
    Set<String> deletedDatasets = ConcurrentHashMap.newKeySet();
    inRounds(
        datasets,
        (t, dataset) -> {
          String group =
              dataset.substring(dataset.indexOf("dataset/") + 8, dataset.lastIndexOf('/'));
          if (t < 2) {
            attempt(
                dataset + " delete",
                () -> {
                  personalize.deleteDataset(b -> b.datasetArn(dataset));
                  deletedDatasets.add(dataset);
                  return dataset;
                });
          } else {
            attempt(
                dataset + " import",
                () ->
                    personalize
                        .createDatasetImportJob(
                            b ->
                                b.jobName("load-" + group)
                                    .datasetArn(dataset)
                                    .roleArn("arn:aws:iam::123456789012:role/personalize")
                                    .dataSource(
                                        DataSource.builder()
                                            .dataLocation("s3://bucket/" + group + ".csv")
                                            .build()))
                        .datasetImportJobArn());
          }
        });
    assertThat(unexpected).as("errors other than the service's").isEmpty();

    for (String group : groups) {
      // a group delete loses to a child (in use) or to the other deleter (gone); a create into a
      // group that is gone is not found; a create that loses to another create finds its key taken
      assertThat(answers(group + " delete"))
          .as("delete of %s", group)
          .isSubsetOf("ok", IN_USE, NOT_FOUND);
      assertThat(answers(group + " delete"))
          .filteredOn("ok"::equals)
          .as("successful deletes of %s", group)
          .hasSizeLessThanOrEqualTo(1);
      for (String child : List.of("dataset", "filter", "tracker")) {
        assertThat(answers(group + " " + child))
            .as("%s of %s", child, group)
            .isSubsetOf("ok", EXISTS, NOT_FOUND);
        assertThat(answers(group + " " + child))
            .filteredOn("ok"::equals)
            .as("%s winners in %s", child, group)
            .hasSizeLessThanOrEqualTo(1);
      }
      if (deletedGroups.contains(group)) {
        assertThat(acknowledged(group + " dataset"))
            .as("a group with a dataset cannot have been deleted")
            .isEmpty();
        assertThat(acknowledged(group + " tracker"))
            .as("a group with a tracker cannot have been deleted")
            .isEmpty();
        assertThatThrownBy(() -> personalize.describeDatasetGroup(b -> b.datasetGroupArn(group)))
            .isInstanceOf(ResourceNotFoundException.class);
      } else {
        assertThat(answers(group + " dataset"))
            .as("datasets into %s, which stayed", group)
            .contains("ok");
      }
    }
    for (String dataset : datasets) {
      // with instant timings an import job is ACTIVE at the next call, so it never blocks the
      // delete
      assertThat(answers(dataset + " delete"))
          .as("delete of %s", dataset)
          .isSubsetOf("ok", NOT_FOUND);
      assertThat(answers(dataset + " delete")).filteredOn("ok"::equals).hasSizeLessThanOrEqualTo(1);
      assertThat(answers(dataset + " import"))
          .as("imports into %s", dataset)
          .isSubsetOf("ok", EXISTS, NOT_FOUND);
      assertThat(answers(dataset + " import")).filteredOn("ok"::equals).hasSizeLessThanOrEqualTo(1);
    }

    // no acknowledged create is lost: it is describable unless it or a parent that takes it along
    // was deleted
    for (String group : groups) {
      describable(DATASET_GROUP, List.of(group), deletedGroups.contains(group));
      describable(EVENT_TRACKER, acknowledged(group + " tracker"), false);
      describable(FILTER, acknowledged(group + " filter"), deletedGroups.contains(group));
    }
    for (String dataset :
        datasets) { // every acknowledged dataset, each deleted at most by the second race
      describable(DATASET, List.of(dataset), deletedDatasets.contains(dataset));
      describable(
          DATASET_IMPORT_JOB, acknowledged(dataset + " import"), deletedDatasets.contains(dataset));
    }
    checkStore();
  }

  // --- helpers --------------------------------------------------------------------------------

  private static List<String> names(String prefix, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(prefix + "-" + i);
    }
    return names;
  }

  private Map<String, String> schemas() {
    Map<String, String> arns = new HashMap<>();
    arns.put(
        "Interactions",
        personalize
            .createSchema(
                b -> b.name("interactions").schema(PersonalizeArbitraries.INTERACTIONS_SCHEMA))
            .schemaArn());
    arns.put(
        "Items",
        personalize
            .createSchema(b -> b.name("items").schema(PersonalizeArbitraries.ITEMS_SCHEMA))
            .schemaArn());
    arns.put(
        "Users",
        personalize
            .createSchema(b -> b.name("users").schema(PersonalizeArbitraries.USERS_SCHEMA))
            .schemaArn());
    return arns;
  }

  /** Runs {@code body} on every thread, all released by one latch, and waits for all of them. */
  private void together(IntConsumer body) throws Exception {
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int t = i;
      running.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                body.accept(t);
                return null;
              }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads are ready").isTrue();
    go.countDown();
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
  }

  /**
   * For each key in turn, runs {@code body} on every thread; a latch per key releases all threads
   * into that key together, so that they race on every key.
   */
  private void inRounds(List<String> keys, BiConsumer<Integer, String> body) throws Exception {
    List<CountDownLatch> rounds = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      rounds.add(new CountDownLatch(THREADS));
    }
    together(
        t -> {
          for (int i = 0; i < keys.size(); i++) {
            rounds.get(i).countDown();
            try {
              if (!rounds.get(i).await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("round " + i + " did not start");
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
            body.accept(t, keys.get(i));
          }
        });
  }

  /** Makes one call and records its answer under {@code key}. */
  private void attempt(String key, Supplier<String> call) {
    String answer;
    try {
      answer = "ok " + call.get();
    } catch (PersonalizeFakeException e) {
      answer = e.errorCode();
    } catch (RuntimeException | Error e) {
      unexpected.add(key + ": " + e);
      answer = "unexpected";
    }
    outcomes.computeIfAbsent(key, k -> new Queue()).add(answer);
  }

  /** The answers to {@code key}, with "ok" standing for every success. */
  private List<String> answers(String key) {
    List<String> out = new ArrayList<>();
    for (String a : outcomes.getOrDefault(key, new Queue())) {
      out.add(a.startsWith("ok ") ? "ok" : a);
    }
    return out;
  }

  /** The ARNs that successful attempts on {@code key} returned. */
  private List<String> acknowledged(String key) {
    List<String> out = new ArrayList<>();
    for (String a : outcomes.getOrDefault(key, new Queue())) {
      if (a.startsWith("ok ")) {
        out.add(a.substring(3));
      }
    }
    return out;
  }

  /**
   * Every thread tried {@code key} once: one won, every other got {@code loserError}. Returns the
   * winner's ARN.
   */
  private String winner(String key, String loserError) {
    List<String> answers = answers(key);
    assertThat(answers).as("attempts on %s", key).hasSize(THREADS);
    assertThat(answers).as("answers to %s", key).filteredOn("ok"::equals).hasSize(1);
    assertThat(answers)
        .as("answers to %s", key)
        .filteredOn(a -> !a.equals("ok"))
        .containsOnly(loserError);
    return acknowledged(key).get(0);
  }

  private void describable(ResourceType type, List<String> arns, boolean mayBeGone) {
    for (String arn : arns) {
      if (mayBeGone) {
        assertThatThrownBy(() -> ServiceReads.describe(personalize, type, arn))
            .as("%s was deleted", arn)
            .isInstanceOf(ResourceNotFoundException.class);
      } else {
        assertThat(ServiceReads.describe(personalize, type, arn))
            .as("acknowledged %s", arn)
            .isNotNull();
      }
    }
  }

  /**
   * The end state, read through the service and the store: names unique, one dataset per type and
   * one tracker per group, no child without its parent, every listed resource describable, and the
   * store's counters and indexes in step with its resources.
   */
  private void checkStore() {
    fake.settle();
    PersonalizeInvariants.check(fake);
  }
}
