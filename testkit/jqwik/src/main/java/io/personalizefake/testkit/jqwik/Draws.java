package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.BATCH_INFERENCE_JOB;
import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.model.ResourceType.EVENT_TRACKER;
import static io.personalizefake.model.ResourceType.FILTER;
import static io.personalizefake.model.ResourceType.SCHEMA;
import static io.personalizefake.model.ResourceType.SOLUTION;
import static io.personalizefake.model.ResourceType.SOLUTION_VERSION;

import io.personalizefake.model.ResourceType;
import io.personalizefake.testkit.jqwik.Calls.Call;
import io.personalizefake.testkit.jqwik.Docs.FilterDoc;
import io.personalizefake.testkit.jqwik.Docs.SchemaDoc;
import io.personalizefake.testkit.jqwik.TrainingCalls.Explore;
import io.personalizefake.testkit.jqwik.TrainingCalls.Hpo;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * What each action draws, given the world the previous step left: calls of one operation with
 * arguments that are mostly valid and aimed at what exists, sometimes invalid, bogus or stale.
 * Drawn calls are steered toward ones the model expects to succeed often enough for workflows to
 * get deep (groups with datasets and filters, trained versions, deployed campaigns).
 */
final class Draws {

  private Draws() {}

  // --- values ---------------------------------------------------------------------------------

  static final List<String> NAMES = List.of("shop", "books", "music", "games");
  static final List<String> JOB_NAMES =
      List.of("load-1", "load-2", "load-3", "load-4", "load-5", "load-6");
  static final String ROLE = "arn:aws:iam::123456789012:role/personalize";
  static final String KMS =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  /** Mostly a few valid names, so that they collide; sometimes a name the model rejects. */
  static Arbitrary<String> names() {
    return Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.of(NAMES)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "",
                    "-lead",
                    "has space",
                    "dot.ted",
                    "x".repeat(64),
                    "caf\u00e9",
                    "a!",
                    "x".repeat(63),
                    "9_-")))
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
      case SOLUTION -> Calls.arn("solution", "ghost");
      case SOLUTION_VERSION -> Calls.arn("solution", "ghost/0badf00d");
      case CAMPAIGN -> Calls.arn("campaign", "ghost");
      case BATCH_INFERENCE_JOB -> Calls.arn("batch-inference-job", "ghost");
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  /**
   * Mostly an ARN of {@code type} that a Create returned (maybe deleted since); sometimes a bogus
   * one, one of another type, one of another region, or a malformed one.
   */
  @SuppressWarnings("unchecked")
  static Arbitrary<String> arnOf(PersonalizeWorld w, ResourceType type) {
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
    w.known.forEach(
        (t, arns) -> {
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
  static Arbitrary<Call> steer(
      PersonalizeWorld w, Arbitrary<Call> free, List<? extends Call> candidates) {
    List<Call> good = new ArrayList<>();
    for (Call c : candidates) {
      if (c.expect(w.current) == null) {
        good.add(c);
      }
    }
    return good.isEmpty()
        ? free
        : Arbitraries.frequencyOf(Tuple.of(1, free), Tuple.of(2, Arbitraries.of(good)));
  }

  static List<String> present(PersonalizeWorld w, ResourceType type) {
    List<String> arns = new ArrayList<>();
    for (Snapshot.View v : w.current.all(type)) {
      arns.add(v.arn());
    }
    return arns;
  }

  static Arbitrary<Call> createDatasetGroup(PersonalizeWorld w) {
    Arbitrary<String[]> security =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(new String[] {null, null})),
            Tuple.of(2, Arbitraries.just(new String[] {ROLE, KMS})),
            Tuple.of(
                1,
                Arbitraries.of(
                    new String[] {ROLE, null},
                    new String[] {null, KMS},
                    new String[] {ROLE, "arn:aws:kms:us-east-1:123456789012:alias/mine"},
                    new String[] {"arn:aws:iam::123:role/short-account", KMS})));
    List<Call> candidates = new ArrayList<>();
    NAMES.forEach(n -> candidates.add(new Calls.CreateDatasetGroup(n, null, null)));
    return steer(
        w,
        Combinators.combine(names(), security)
            .as((n, s) -> new Calls.CreateDatasetGroup(n, s[0], s[1])),
        candidates);
  }

  static Arbitrary<Call> createSchema(PersonalizeWorld w) {
    Arbitrary<SchemaDoc> docs =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(SchemaDoc.INTERACTIONS, SchemaDoc.ITEMS, SchemaDoc.USERS)),
            Tuple.of(1, Arbitraries.of(SchemaDoc.values())));
    List<Call> candidates = new ArrayList<>();
    for (String n : NAMES) {
      for (SchemaDoc doc :
          List.of(
              SchemaDoc.INTERACTIONS, SchemaDoc.ITEMS, SchemaDoc.ITEMS_PLAIN, SchemaDoc.USERS)) {
        candidates.add(new Calls.CreateSchema(n, doc));
      }
    }
    return steer(w, Combinators.combine(names(), docs).as(Calls.CreateSchema::new), candidates);
  }

  static Arbitrary<Call> createDataset(PersonalizeWorld w) {
    Arbitrary<String> types =
        Arbitraries.frequencyOf(
                Tuple.of(
                    6,
                    Arbitraries.of(
                        "Interactions", "ITEMS", "users", "Items", "INTERACTIONS", "Users")),
                Tuple.of(1, Arbitraries.of("Event-Interactions", "Clicks", "", "x".repeat(257))))
            .injectNull(0.01);
    List<Call> candidates = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (String schema : present(w, SCHEMA)) {
        for (Docs.DsType type : Docs.DsType.values()) {
          candidates.add(
              new Calls.CreateDataset(
                  "data", group, caseOf(type.name(), candidates.size() % 2), schema));
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

  static Arbitrary<Call> createDatasetImportJob(PersonalizeWorld w) {
    Arbitrary<String> jobNames =
        Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(JOB_NAMES)), Tuple.of(1, names()));
    Arbitrary<Object[]> sources =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(new Object[] {true, "s3://bucket/data.csv"})),
            Tuple.of(
                1,
                Arbitraries.of(
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
        candidates.add(
            new Calls.CreateDatasetImportJob(
                name, dataset, true, "s3://bucket/" + name + ".csv", ROLE));
      }
    }
    Arbitrary<Call> free =
        Combinators.combine(jobNames, arnOf(w, DATASET), sources, roles)
            .as(
                (name, dataset, source, role) ->
                    new Calls.CreateDatasetImportJob(
                        name, dataset, (Boolean) source[0], (String) source[1], role));
    return steer(w, free, candidates);
  }

  static Arbitrary<Call> createEventTracker(PersonalizeWorld w) {
    List<Call> candidates = new ArrayList<>();
    present(w, DATASET_GROUP)
        .forEach(g -> candidates.add(new Calls.CreateEventTracker("tracker", g)));
    return steer(
        w,
        Combinators.combine(names(), arnOf(w, DATASET_GROUP)).as(Calls.CreateEventTracker::new),
        candidates);
  }

  static Arbitrary<Call> createFilter(PersonalizeWorld w) {
    Arbitrary<FilterDoc> expressions =
        Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(
                    FilterDoc.PURCHASED,
                    FilterDoc.GENRE_PARAM,
                    FilterDoc.PRICE_PARAM,
                    FilterDoc.ADULT,
                    FilterDoc.FIVE_A,
                    FilterDoc.FIVE_B)),
            Tuple.of(1, Arbitraries.of(FilterDoc.values())));
    List<Call> candidates = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (FilterDoc doc : FilterDoc.values()) {
        for (String name : NAMES) {
          candidates.add(new Calls.CreateFilter(name, group, doc));
        }
      }
    }
    return steer(
        w,
        Combinators.combine(names(), arnOf(w, DATASET_GROUP), expressions)
            .as(Calls.CreateFilter::new),
        candidates);
  }

  static Arbitrary<Call> describe(PersonalizeWorld w) {
    return Arbitraries.of(Calls.TYPES)
        .flatMap(type -> arnOf(w, type).map(arn -> new Calls.Describe(type, arn)));
  }

  static Arbitrary<Call> delete(PersonalizeWorld w) {
    List<ResourceType> types = List.of(DATASET_GROUP, SCHEMA, DATASET, EVENT_TRACKER, FILTER);
    List<Call> candidates = new ArrayList<>();
    types.forEach(
        type -> present(w, type).forEach(arn -> candidates.add(new Calls.Delete(type, arn))));
    return steer(
        w,
        Arbitraries.of(types)
            .flatMap(type -> arnOf(w, type).map(arn -> new Calls.Delete(type, arn))),
        candidates);
  }

  static Arbitrary<Call> list(PersonalizeWorld w) {
    return list(w, Calls.TYPES);
  }

  static Arbitrary<Call> list(PersonalizeWorld w, List<ResourceType> types) {
    return Arbitraries.of(types)
        .flatMap(
            type -> {
              ResourceType parentType = type.parent();
              Arbitrary<String> parents =
                  parentType == null
                      ? Arbitraries.just(null)
                      : Arbitraries.frequencyOf(
                          Tuple.of(1, Arbitraries.just(null)), Tuple.of(2, arnOf(w, parentType)));
              Arbitrary<Calls.Token> tokens =
                  Arbitraries.frequencyOf(
                      Tuple.of(16, Arbitraries.just(Calls.Token.NONE)),
                      Tuple.of(
                          1,
                          Arbitraries.of(
                              Calls.Token.GARBAGE,
                              Calls.Token.OTHER_OPERATION,
                              Calls.Token.OTHER_FILTER)));
              return Combinators.combine(parents, maxResults(), tokens)
                  .as((parent, max, token) -> new Calls.ListAll(type, parent, max, token));
            });
  }

  // --- training-side calls ---------------------------------------------------------------

  static final List<String> BATCH_NAMES = List.of("batch-1", "batch-2", "batch-3", "batch-4");

  static Arbitrary<Call> describeAny(PersonalizeWorld w) {
    return Arbitraries.of(Calls.ALL_TYPES)
        .flatMap(type -> arnOf(w, type).map(arn -> new Calls.Describe(type, arn)));
  }

  static Arbitrary<Call> listAny(PersonalizeWorld w) {
    return list(w, Calls.ALL_TYPES);
  }

  static Arbitrary<Call> deleteAny(PersonalizeWorld w) {
    List<ResourceType> types =
        List.of(DATASET_GROUP, SCHEMA, DATASET, EVENT_TRACKER, FILTER, SOLUTION, CAMPAIGN);
    List<Call> candidates = new ArrayList<>();
    types.forEach(
        type -> present(w, type).forEach(arn -> candidates.add(new Calls.Delete(type, arn))));
    Arbitrary<ResourceType> drawn =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(DATASET_GROUP, SCHEMA, DATASET, EVENT_TRACKER, FILTER)),
            Tuple.of(2, Arbitraries.of(SOLUTION, CAMPAIGN)));
    return steerRarely(
        w,
        drawn.flatMap(type -> arnOf(w, type).map(arn -> new Calls.Delete(type, arn))),
        candidates);
  }

  /**
   * As {@link #steer}, but one time in three: deleting too eagerly would keep workflows shallow.
   */
  static Arbitrary<Call> steerRarely(
      PersonalizeWorld w, Arbitrary<Call> free, List<? extends Call> candidates) {
    List<Call> good = new ArrayList<>();
    for (Call c : candidates) {
      if (c.expect(w.current) == null) {
        good.add(c);
      }
    }
    return good.isEmpty()
        ? free
        : Arbitraries.frequencyOf(Tuple.of(2, free), Tuple.of(1, Arbitraries.of(good)));
  }

  static Arbitrary<Call> createSolution(PersonalizeWorld w) {
    List<String> recipes =
        List.of(
            TrainingCalls.USER_PERSONALIZATION,
            TrainingCalls.HRNN,
            TrainingCalls.HRNN_COLDSTART,
            TrainingCalls.SIMS,
            TrainingCalls.POPULARITY,
            TrainingCalls.RANKING,
            TrainingCalls.GHOST_RECIPE,
            "recipe/aws-sims");
    List<List<String>> recipeLists =
        List.of(
            List.of(TrainingCalls.USER_PERSONALIZATION),
            List.of(TrainingCalls.HRNN, TrainingCalls.USER_PERSONALIZATION),
            List.of(TrainingCalls.SIMS),
            List.of(TrainingCalls.GHOST_RECIPE),
            List.of(TrainingCalls.SIMS, TrainingCalls.GHOST_RECIPE));
    Arbitrary<Hpo> hpos =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(Hpo.NONE)), Tuple.of(2, Arbitraries.of(Hpo.values())));
    Arbitrary<Boolean> hpoFlags = Arbitraries.of(true, false).injectNull(0.5);
    // [performAutoML, recipeArn, recipeList]: with a recipe, AutoML (default or given list), or a
    // combination the spec refuses
    Arbitrary<Object[]> modes =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(recipes)
                    .flatMap(
                        r ->
                            Arbitraries.just(false)
                                .injectNull(0.5)
                                .map(auto -> new Object[] {auto, r, null}))),
            Tuple.of(
                3,
                Arbitraries.of(recipeLists).injectNull(0.5).map(l -> new Object[] {true, null, l})),
            Tuple.of(
                1,
                Arbitraries.of(
                    new Object[] {true, TrainingCalls.HRNN, null},
                    new Object[] {false, null, null},
                    new Object[] {null, null, List.of(TrainingCalls.USER_PERSONALIZATION)})));
    Arbitrary<Call> free =
        Combinators.combine(names(), arnOf(w, DATASET_GROUP), modes, hpoFlags, hpos)
            .as(
                (name, group, mode, hpoFlag, hpo) ->
                    new TrainingCalls.CreateSolution(
                        name,
                        group,
                        (Boolean) mode[0],
                        hpoFlag,
                        (String) mode[1],
                        castList(mode[2]),
                        hpo));
    List<Call> candidates = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (String name : NAMES) {
        candidates.add(
            new TrainingCalls.CreateSolution(
                name, group, null, null, TrainingCalls.USER_PERSONALIZATION, null, Hpo.NONE));
        candidates.add(
            new TrainingCalls.CreateSolution(
                name, group, false, true, TrainingCalls.HRNN, null, Hpo.TUNED));
        candidates.add(
            new TrainingCalls.CreateSolution(name, group, true, null, null, null, Hpo.NONE));
        candidates.add(
            new TrainingCalls.CreateSolution(
                name, group, null, null, TrainingCalls.SIMS, null, Hpo.NONE));
      }
    }
    return steer(w, free, candidates);
  }

  /**
   * A call that the model expects to succeed and that takes the workflow one step further along
   * group, Interactions schema and dataset, import job, solution, version, campaign, update and
   * batch job; deeper steps are likelier. Without it, random workflows seldom train anything.
   */
  static Arbitrary<Call> progress(PersonalizeWorld w) {
    List<List<Call>> stages = new ArrayList<>();
    List<Call> setup = new ArrayList<>();
    NAMES.forEach(n -> setup.add(new Calls.CreateDatasetGroup(n, null, null)));
    NAMES.forEach(n -> setup.add(new Calls.CreateSchema(n, SchemaDoc.INTERACTIONS)));
    NAMES.forEach(n -> setup.add(new Calls.CreateSchema(n, SchemaDoc.ITEMS)));
    stages.add(setup);
    List<Call> datasets = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (String schema : present(w, SCHEMA)) {
        datasets.add(new Calls.CreateDataset("interactions", group, "Interactions", schema));
        datasets.add(new Calls.CreateDataset("items", group, "Items", schema));
      }
    }
    stages.add(datasets);
    List<Call> imports = new ArrayList<>();
    for (String dataset : present(w, DATASET)) {
      for (String name : JOB_NAMES) {
        imports.add(
            new Calls.CreateDatasetImportJob(
                name, dataset, true, "s3://bucket/" + name + ".csv", ROLE));
      }
    }
    stages.add(imports);
    List<Call> solutions = new ArrayList<>();
    for (String group : present(w, DATASET_GROUP)) {
      for (String name : NAMES) {
        solutions.add(
            new TrainingCalls.CreateSolution(
                name, group, null, null, TrainingCalls.USER_PERSONALIZATION, null, Hpo.NONE));
        solutions.add(
            new TrainingCalls.CreateSolution(
                name, group, false, true, TrainingCalls.HRNN, null, Hpo.TUNED));
        solutions.add(
            new TrainingCalls.CreateSolution(name, group, true, null, null, null, Hpo.NONE));
        solutions.add(
            new TrainingCalls.CreateSolution(
                name, group, null, null, TrainingCalls.SIMS, null, Hpo.NONE));
      }
    }
    stages.add(solutions);
    List<Call> versions = new ArrayList<>();
    present(w, SOLUTION)
        .forEach(sol -> versions.add(new TrainingCalls.CreateSolutionVersion(sol, null)));
    present(w, SOLUTION)
        .forEach(sol -> versions.add(new TrainingCalls.CreateSolutionVersion(sol, "UPDATE")));
    stages.add(versions);
    List<Call> campaigns = new ArrayList<>();
    List<Call> jobs = new ArrayList<>();
    for (String version : present(w, SOLUTION_VERSION)) {
      NAMES.forEach(
          n -> campaigns.add(new TrainingCalls.CreateCampaign(n, version, 1, Explore.ABSENT)));
      BATCH_NAMES.forEach(
          n ->
              jobs.add(
                  new TrainingCalls.CreateBatchInferenceJob(
                      n, version, null, null, Explore.ABSENT, ROLE, "s3://bucket/in.json")));
      for (String campaign : present(w, CAMPAIGN)) {
        campaigns.add(new TrainingCalls.UpdateCampaign(campaign, version, null, Explore.ABSENT));
      }
    }
    stages.add(campaigns);
    stages.add(jobs);
    List<Tuple2<Integer, Arbitrary<Call>>> choices = new ArrayList<>();
    for (int depth = 0; depth < stages.size(); depth++) {
      List<Call> good = new ArrayList<>();
      for (Call c : stages.get(depth)) {
        if (c.expect(w.current) == null) {
          good.add(c);
        }
      }
      if (!good.isEmpty()) {
        choices.add(Tuple.of(1 << depth, Arbitraries.of(good)));
      }
    }
    if (choices.isEmpty()) {
      return describeAny(w);
    }
    return Arbitraries.frequencyOf(choices);
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  static Arbitrary<Call> createSolutionVersion(PersonalizeWorld w) {
    Arbitrary<String> modes =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just((String) null)),
            Tuple.of(2, Arbitraries.just("FULL")),
            Tuple.of(3, Arbitraries.just("UPDATE")),
            Tuple.of(1, Arbitraries.of("update", "PARTIAL")));
    List<Call> candidates = new ArrayList<>();
    for (String solution : present(w, SOLUTION)) {
      candidates.add(new TrainingCalls.CreateSolutionVersion(solution, null));
      candidates.add(new TrainingCalls.CreateSolutionVersion(solution, "UPDATE"));
    }
    return steer(
        w,
        Combinators.combine(arnOf(w, SOLUTION), modes).as(TrainingCalls.CreateSolutionVersion::new),
        candidates);
  }

  static Arbitrary<Call> getSolutionMetrics(PersonalizeWorld w) {
    return arnOf(w, SOLUTION_VERSION).map(TrainingCalls.GetSolutionMetrics::new);
  }

  static Arbitrary<Explore> explores() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Explore.ABSENT)),
        Tuple.of(3, Arbitraries.of(Explore.EMPTY, Explore.VALID, Explore.WEIGHT_ONLY)),
        Tuple.of(1, Arbitraries.of(Explore.values())));
  }

  static Arbitrary<Call> createCampaign(PersonalizeWorld w) {
    Arbitrary<Integer> tps =
        Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(1, 5)), Tuple.of(1, Arbitraries.of(0, -1)))
            .injectNull(0.03);
    List<Call> candidates = new ArrayList<>();
    for (String version : present(w, SOLUTION_VERSION)) {
      for (String name : NAMES) {
        candidates.add(new TrainingCalls.CreateCampaign(name, version, 1, Explore.ABSENT));
        candidates.add(new TrainingCalls.CreateCampaign(name, version, 2, Explore.VALID));
      }
    }
    return steer(
        w,
        Combinators.combine(names(), arnOf(w, SOLUTION_VERSION), tps, explores())
            .as(TrainingCalls.CreateCampaign::new),
        candidates);
  }

  static Arbitrary<Call> updateCampaign(PersonalizeWorld w) {
    Arbitrary<String> versions =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, arnOf(w, SOLUTION_VERSION)));
    Arbitrary<Integer> tps =
        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(1, 3)), Tuple.of(1, Arbitraries.of(0)))
            .injectNull(0.4);
    List<Call> candidates = new ArrayList<>();
    for (String campaign : present(w, CAMPAIGN)) {
      candidates.add(new TrainingCalls.UpdateCampaign(campaign, null, 3, Explore.ABSENT));
      for (String version : present(w, SOLUTION_VERSION)) {
        candidates.add(new TrainingCalls.UpdateCampaign(campaign, version, null, Explore.ABSENT));
        candidates.add(new TrainingCalls.UpdateCampaign(campaign, version, 2, Explore.EMPTY));
      }
    }
    return steer(
        w,
        Combinators.combine(arnOf(w, CAMPAIGN), versions, tps, explores())
            .as(TrainingCalls.UpdateCampaign::new),
        candidates);
  }

  static Arbitrary<Call> createBatchInferenceJob(PersonalizeWorld w) {
    Arbitrary<String> jobNames =
        Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(BATCH_NAMES)), Tuple.of(1, names()));
    Arbitrary<String> filters =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just((String) null)), Tuple.of(2, arnOf(w, FILTER)));
    Arbitrary<Integer> numResults =
        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(25)), Tuple.of(1, Arbitraries.of(0, 1)))
            .injectNull(0.6);
    Arbitrary<String[]> access =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just(new String[] {ROLE, "s3://bucket/in.json"})),
            Tuple.of(
                1,
                Arbitraries.of(
                    new String[] {"arn:aws:iam::123456789012:user/someone", "s3://bucket/in.json"},
                    new String[] {ROLE, "ftp://bucket/in.json"},
                    new String[] {ROLE, null},
                    new String[] {null, "s3://bucket/in.json"})));
    List<Call> candidates = new ArrayList<>();
    for (String version : present(w, SOLUTION_VERSION)) {
      for (String name : BATCH_NAMES) {
        candidates.add(
            new TrainingCalls.CreateBatchInferenceJob(
                name, version, null, null, Explore.ABSENT, ROLE, "s3://bucket/in.json"));
        for (String filter : present(w, FILTER)) {
          candidates.add(
              new TrainingCalls.CreateBatchInferenceJob(
                  name, version, filter, 10, Explore.ABSENT, ROLE, "s3://bucket/in.json"));
        }
      }
    }
    Arbitrary<Call> free =
        Combinators.combine(
                jobNames, arnOf(w, SOLUTION_VERSION), filters, numResults, explores(), access)
            .as(
                (name, version, filter, n, explore, a) ->
                    new TrainingCalls.CreateBatchInferenceJob(
                        name, version, filter, n, explore, a[0], a[1]));
    return steer(w, free, candidates);
  }

  static Arbitrary<Call> describeOf(PersonalizeWorld w, ResourceType type) {
    return arnOf(w, type).map(arn -> new Calls.Describe(type, arn));
  }

  static Arbitrary<Call> describeOf(PersonalizeWorld w, List<ResourceType> types) {
    return Arbitraries.of(types).flatMap(type -> describeOf(w, type));
  }

  static Arbitrary<Call> deleteOf(PersonalizeWorld w, ResourceType type) {
    List<Call> candidates = new ArrayList<>();
    present(w, type).forEach(arn -> candidates.add(new Calls.Delete(type, arn)));
    return steerRarely(w, arnOf(w, type).map(arn -> new Calls.Delete(type, arn)), candidates);
  }

  /**
   * Catalog ARNs of every kind, of the wrong kind, unknown ones, ones of a region, malformed ones.
   */
  private static final List<String> CATALOG_ARNS =
      List.of(
          "arn:aws:personalize:::recipe/aws-user-personalization",
          "arn:aws:personalize:::recipe/aws-sims",
          "arn:aws:personalize:::algorithm/aws-hrnn",
          "arn:aws:personalize:::algorithm/aws-sims",
          "arn:aws:personalize:::feature-transformation/sims",
          "arn:aws:personalize:::recipe/ghost",
          "arn:aws:personalize:::algorithm/ghost",
          "arn:aws:personalize:us-east-1:123456789012:recipe/aws-sims",
          "recipe/aws-sims");

  static Arbitrary<Call> describeCatalog(Calls.CatalogKind kind) {
    return Arbitraries.of(CATALOG_ARNS).map(arn -> new Calls.DescribeCatalog(kind, arn));
  }

  static Arbitrary<Call> listRecipes() {
    return Combinators.combine(
            Arbitraries.of("SERVICE", "CUSTOM", "service").injectNull(0.5),
            Arbitraries.of(2, 100).injectNull(0.5))
        .as(Calls.ListRecipes::new);
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
    return Arbitraries.oneOf(describes, listRecipes());
  }
}
