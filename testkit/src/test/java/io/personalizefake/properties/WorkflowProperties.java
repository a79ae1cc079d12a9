package io.personalizefake.properties;

import static io.personalizefake.ResourceType.DATASET;
import static io.personalizefake.ResourceType.DATASET_GROUP;
import static io.personalizefake.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.ResourceType.EVENT_TRACKER;
import static io.personalizefake.ResourceType.FILTER;
import static io.personalizefake.ResourceType.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.ResourceType;
import io.personalizefake.properties.Calls.Call;
import io.personalizefake.properties.Docs.FilterDoc;
import io.personalizefake.properties.Docs.SchemaDoc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Random workflows over the data-side operations (dataset groups, schemas, datasets, import jobs,
 * event trackers, filters, the catalog), valid and invalid calls mixed with clock moves, on a fake
 * with a frozen clock and a fixed seed. Each call's outcome must be the one the spec's ordered
 * checks predict from the state before it; a rejected call must leave every record of the store as
 * it was; and after every step the invariants of resources.md hold.
 *
 * <p>Actions draw ARNs from what earlier Creates returned (deleted ones included) and sometimes
 * use a bogus one; invalid calls are not filtered out by preconditions, they simply run.
 */
class WorkflowProperties {

  // --- properties -----------------------------------------------------------------------------

  @Property(tries = 200)
  void workflows_keep_the_invariants_with_realistic_timings(@ForAll("realisticWorkflows") ActionChain<World> chain) {
    chain.withInvariant("invariants", World::checkInvariants).run();
  }

  @Property(tries = 200)
  void workflows_keep_the_invariants_with_instant_timings(@ForAll("instantWorkflows") ActionChain<World> chain) {
    chain.withInvariant("invariants", World::checkInvariants).run();
  }

  @Property(tries = 60)
  void the_same_seed_clock_moves_and_calls_give_the_same_answers(@ForAll("anyWorkflows") ActionChain<World> chain) {
    World first = chain.run();
    World second = first.replay();
    assertThat(second.answers).as("answers of the replay").isEqualTo(first.answers);
    Map<String, ResourceType> everything = new HashMap<>();
    first.known.forEach((type, arns) -> arns.forEach(arn -> everything.put(arn, type)));
    assertThat(second.describeEverything(everything.keySet(), everything::get))
        .as("Describe of every ARN after the replay")
        .isEqualTo(first.describeEverything(everything.keySet(), everything::get));
    assertThat(second.dump()).as("every record after the replay").isEqualTo(first.dump());
  }

  @Provide
  ActionChainArbitrary<World> realisticWorkflows() {
    return workflows(World::realistic);
  }

  @Provide
  ActionChainArbitrary<World> instantWorkflows() {
    return workflows(World::instant);
  }

  @Provide
  Arbitrary<ActionChain<World>> anyWorkflows() {
    return Arbitraries.oneOf(realisticWorkflows(), instantWorkflows());
  }

  static ActionChainArbitrary<World> workflows(Supplier<World> start) {
    return ActionChain.<World>startWith(start)
        .withAction(4, call(WorkflowProperties::createDatasetGroup))
        .withAction(3, call(WorkflowProperties::createSchema))
        .withAction(5, call(WorkflowProperties::createDataset))
        .withAction(3, call(WorkflowProperties::createDatasetImportJob))
        .withAction(3, call(WorkflowProperties::createEventTracker))
        .withAction(4, call(WorkflowProperties::createFilter))
        .withAction(3, call(WorkflowProperties::describe))
        .withAction(2, call(WorkflowProperties::list))
        .withAction(5, call(WorkflowProperties::delete))
        .withAction(1, call(w -> catalogRead()))
        .withAction(5, clockMoves())
        .withMaxTransformations(50);
  }

  /** An action that makes one of the calls {@code calls} draws from the world. */
  private static Action.Dependent<World> call(Function<World, Arbitrary<? extends Call>> calls) {
    return w -> calls.apply(w).map(c -> Transformer.mutate(c.toString(), (World s) -> s.run(c)));
  }

  private static Action.Independent<World> clockMoves() {
    return () ->
        Arbitraries.integers()
            .between(0, 60)
            .map(seconds -> Transformer.mutate("clock.advance(" + seconds + "s)", (World w) -> w.advance(Duration.ofSeconds(seconds))));
  }

  // --- values ---------------------------------------------------------------------------------

  static final List<String> NAMES = List.of("shop", "books", "music", "games");
  static final List<String> JOB_NAMES = List.of("load-1", "load-2", "load-3", "load-4", "load-5", "load-6");
  static final String ROLE = "arn:aws:iam::123456789012:role/personalize";
  static final String KMS = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  /** Mostly a few valid names, so that they collide; sometimes a name the model rejects. */
  static Arbitrary<String> names() {
    return Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.of(NAMES)),
            Tuple.of(1, Arbitraries.of("", "-lead", "has space", "dot.ted", "x".repeat(64), "caf\u00e9", "a!", "x".repeat(63), "9_-")))
        .injectNull(0.01);
  }

  /** A well-formed ARN of {@code type} that no Create ever returned. */
  static String bogus(ResourceType type) {
    return switch (type) {
      case DATASET_GROUP -> Calls.arn("dataset-group", "ghost");
      case SCHEMA -> Calls.arn("schema", "ghost");
      case DATASET -> Calls.arn("dataset", "ghost/ITEMS");
      case DATASET_IMPORT_JOB -> Calls.arn("dataset-import-job", "ghost");
      case EVENT_TRACKER -> Calls.arn("event-tracker", "0badf00d");
      case FILTER -> Calls.arn("filter", "ghost");
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  /**
   * Mostly an ARN of {@code type} that a Create returned (maybe deleted since); sometimes a bogus
   * one, one of another type, one of another region, or a malformed one.
   */
  @SuppressWarnings("unchecked")
  static Arbitrary<String> arnOf(World w, ResourceType type) {
    List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    List<String> live = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (String arn : w.known(type)) {
      (w.current.find(type, arn) != null ? live : gone).add(arn);
    }
    if (!live.isEmpty()) {
      choices.add(Tuple.of(30, Arbitraries.of(live)));
    }
    if (!gone.isEmpty()) {
      choices.add(Tuple.of(3, Arbitraries.of(gone)));
    }
    choices.add(Tuple.of(1, Arbitraries.just(bogus(type))));
    List<String> others = new ArrayList<>();
    w.known.forEach((t, arns) -> {
      if (t != type) {
        others.addAll(arns);
      }
    });
    if (!others.isEmpty()) {
      choices.add(Tuple.of(1, Arbitraries.of(others)));
    }
    String id = bogus(type).substring(Calls.PREFIX.length());
    choices.add(
        Tuple.of(
            1,
            Arbitraries.of(
                "arn:aws:personalize:eu-west-1:123456789012:" + id,
                "arn:aws:personalize:us-east-1:210987654321:" + id,
                Calls.PREFIX + id.substring(0, id.indexOf('/') + 1) + "x".repeat(240),
                "not-an-arn",
                "")));
    return Arbitraries.frequencyOf(choices.toArray(new Tuple2[0]));
  }

  static Arbitrary<Integer> maxResults() {
    return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(1, 3)),
            Tuple.of(1, Arbitraries.of(100)),
            Tuple.of(1, Arbitraries.of(0, 101)))
        .injectNull(0.4);
  }

  // --- calls ----------------------------------------------------------------------------------

  /**
   * Two times in three, one of {@code candidates} that the model expects to succeed in the state
   * the last step left; otherwise (or when none would succeed) a freely drawn call. Without this
   * steering, workflows seldom get deep enough to delete a dataset group that holds filters.
   */
  static Arbitrary<Call> steer(World w, Arbitrary<Call> free, List<? extends Call> candidates) {
    List<Call> good = new ArrayList<>();
    for (Call c : candidates) {
      if (c.expect(w.current) == null) {
        good.add(c);
      }
    }
    return good.isEmpty() ? free : Arbitraries.frequencyOf(Tuple.of(1, free), Tuple.of(2, Arbitraries.of(good)));
  }

  static List<String> present(World w, ResourceType type) {
    List<String> arns = new ArrayList<>();
    for (Snapshot.View v : w.current.all(type)) {
      arns.add(v.arn());
    }
    return arns;
  }

  static Arbitrary<Call> createDatasetGroup(World w) {
    Arbitrary<String[]> security =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(new String[] {null, null})),
            Tuple.of(2, Arbitraries.just(new String[] {ROLE, KMS})),
            Tuple.of(1, Arbitraries.of(
                new String[] {ROLE, null},
                new String[] {null, KMS},
                new String[] {ROLE, "arn:aws:kms:us-east-1:123456789012:alias/mine"},
                new String[] {"arn:aws:iam::123:role/short-account", KMS})));
    List<Call> candidates = new ArrayList<>();
    NAMES.forEach(n -> candidates.add(new Calls.CreateDatasetGroup(n, null, null)));
    return steer(w, Combinators.combine(names(), security).as((n, s) -> new Calls.CreateDatasetGroup(n, s[0], s[1])), candidates);
  }

  static Arbitrary<Call> createSchema(World w) {
    Arbitrary<SchemaDoc> docs =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(SchemaDoc.INTERACTIONS, SchemaDoc.ITEMS, SchemaDoc.USERS)),
            Tuple.of(1, Arbitraries.of(SchemaDoc.values())));
    List<Call> candidates = new ArrayList<>();
    for (String n : NAMES) {
      for (SchemaDoc doc : List.of(SchemaDoc.INTERACTIONS, SchemaDoc.ITEMS, SchemaDoc.ITEMS_PLAIN, SchemaDoc.USERS)) {
        candidates.add(new Calls.CreateSchema(n, doc));
      }
    }
    return steer(w, Combinators.combine(names(), docs).as(Calls.CreateSchema::new), candidates);
  }

  static Arbitrary<Call> createDataset(World w) {
    Arbitrary<String> types =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of("Interactions", "ITEMS", "users", "Items", "INTERACTIONS", "Users")),
            Tuple.of(1, Arbitraries.of("Event-Interactions", "Clicks", "", "x".repeat(257))))
            .injectNull(0.01);
    List<Call> candidates = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (String schema : present(w, SCHEMA)) {
        for (Docs.DsType type : Docs.DsType.values()) {
          candidates.add(new Calls.CreateDataset("data", group, caseOf(type.name(), candidates.size() % 2), schema));
        }
      }
    }
    Arbitrary<Call> free =
        Combinators.combine(names(), arnOf(w, DATASET_GROUP), arnOf(w, SCHEMA), types)
            .as((name, group, schema, type) -> new Calls.CreateDataset(name, group, type, schema));
    return steer(w, free, candidates);
  }

  private static String caseOf(String type, int variant) {
    return variant == 1 ? type : type.charAt(0) + type.substring(1).toLowerCase();
  }

  static Arbitrary<Call> createDatasetImportJob(World w) {
    Arbitrary<String> jobNames =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(JOB_NAMES)),
            Tuple.of(1, names()));
    Arbitrary<Object[]> sources =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(new Object[] {true, "s3://bucket/data.csv"})),
            Tuple.of(1, Arbitraries.of(
                new Object[] {true, null},
                new Object[] {false, null},
                new Object[] {true, "ftp://bucket/data.csv"})));
    Arbitrary<String> roles =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just(ROLE)),
            Tuple.of(1, Arbitraries.of("arn:aws:iam::123456789012:user/someone", "")))
            .injectNull(0.02);
    List<Call> candidates = new ArrayList<>();
    for (String dataset : present(w, DATASET)) {
      for (String name : JOB_NAMES) {
        candidates.add(new Calls.CreateDatasetImportJob(name, dataset, true, "s3://bucket/" + name + ".csv", ROLE));
      }
    }
    Arbitrary<Call> free =
        Combinators.combine(jobNames, arnOf(w, DATASET), sources, roles)
            .as((name, dataset, source, role) -> new Calls.CreateDatasetImportJob(name, dataset, (Boolean) source[0], (String) source[1], role));
    return steer(w, free, candidates);
  }

  static Arbitrary<Call> createEventTracker(World w) {
    List<Call> candidates = new ArrayList<>();
    present(w, DATASET_GROUP).forEach(g -> candidates.add(new Calls.CreateEventTracker("tracker", g)));
    return steer(w, Combinators.combine(names(), arnOf(w, DATASET_GROUP)).as(Calls.CreateEventTracker::new), candidates);
  }

  static Arbitrary<Call> createFilter(World w) {
    Arbitrary<FilterDoc> expressions =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(FilterDoc.PURCHASED, FilterDoc.GENRE_PARAM, FilterDoc.PRICE_PARAM,
                FilterDoc.ADULT, FilterDoc.FIVE_A, FilterDoc.FIVE_B)),
            Tuple.of(1, Arbitraries.of(FilterDoc.values())));
    List<Call> candidates = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (FilterDoc doc : FilterDoc.values()) {
        for (String name : NAMES) {
          candidates.add(new Calls.CreateFilter(name, group, doc));
        }
      }
    }
    return steer(w, Combinators.combine(names(), arnOf(w, DATASET_GROUP), expressions).as(Calls.CreateFilter::new), candidates);
  }

  static Arbitrary<Call> describe(World w) {
    return Arbitraries.of(Calls.TYPES).flatMap(type -> arnOf(w, type).map(arn -> new Calls.Describe(type, arn)));
  }

  static Arbitrary<Call> delete(World w) {
    List<ResourceType> types = List.of(DATASET_GROUP, SCHEMA, DATASET, EVENT_TRACKER, FILTER);
    List<Call> candidates = new ArrayList<>();
    types.forEach(type -> present(w, type).forEach(arn -> candidates.add(new Calls.Delete(type, arn))));
    return steer(w, Arbitraries.of(types).flatMap(type -> arnOf(w, type).map(arn -> new Calls.Delete(type, arn))), candidates);
  }

  static Arbitrary<Call> list(World w) {
    return Arbitraries.of(Calls.TYPES)
        .flatMap(
            type -> {
              ResourceType parentType = Calls.parentType(type);
              Arbitrary<String> parents =
                  parentType == null
                      ? Arbitraries.just(null)
                      : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(2, arnOf(w, parentType)));
              Arbitrary<Calls.Token> tokens =
                  Arbitraries.frequencyOf(
                      Tuple.of(16, Arbitraries.just(Calls.Token.NONE)),
                      Tuple.of(1, Arbitraries.of(Calls.Token.GARBAGE, Calls.Token.OTHER_OPERATION, Calls.Token.OTHER_FILTER)));
              return Combinators.combine(parents, maxResults(), tokens).as((parent, max, token) -> new Calls.ListAll(type, parent, max, token));
            });
  }

  static Arbitrary<Call> catalogRead() {
    Arbitrary<Call> describes =
        Arbitraries.of(
                "arn:aws:personalize:::recipe/aws-user-personalization",
                "arn:aws:personalize:::recipe/aws-sims",
                "arn:aws:personalize:::algorithm/aws-hrnn",
                "arn:aws:personalize:::feature-transformation/sims",
                "arn:aws:personalize:::recipe/ghost",
                "arn:aws:personalize:::algorithm/ghost",
                "arn:aws:personalize:us-east-1:123456789012:recipe/aws-sims",
                "recipe/aws-sims")
            .map(Calls.DescribeCatalog::new);
    Arbitrary<Call> lists =
        Combinators.combine(Arbitraries.of("SERVICE", "CUSTOM", "service").injectNull(0.5), Arbitraries.of(2, 100).injectNull(0.5))
            .as(Calls.ListRecipes::new);
    return Arbitraries.oneOf(describes, lists);
  }
}
