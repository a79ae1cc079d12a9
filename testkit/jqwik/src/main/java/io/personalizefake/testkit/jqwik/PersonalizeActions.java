package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.SOLUTION;

import io.personalizefake.model.ResourceType;
import io.personalizefake.testkit.jqwik.Calls.Call;
import io.personalizefake.testkit.jqwik.Calls.CatalogKind;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * jqwik actions over a {@link PersonalizeWorld}: one for each operation of the control plane and
 * two for moving the clock, and ready-made chains of them.
 *
 * <p>Each operation's action draws a call from the world as the previous step left it: ARNs that
 * Creates returned (now and then a deleted one, a bogus one, one of another type, region or
 * account, or a malformed one), names that collide, values the service refuses. It then settles
 * what is due, predicts the outcome from the model, makes the call and checks it: the same success
 * or the same error code, a response and stored resource as the model expects, and on a rejection
 * or a read, a store left exactly as it was. Invalid calls are not filtered out by preconditions,
 * they run; that shrinks better. Creates are steered toward calls that succeed often enough for
 * workflows to reach trained versions and deployed campaigns. Each step is described like the call
 * it makes, e.g. {@code createDataset(name="data", datasetGroupArn="arn:...:dataset-group/shop",
 * ...)}, so jqwik's report of a failing chain reads like a script.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void my_workflows(@ForAll("chains") ActionChain<PersonalizeWorld> chain) {
 *   chain.withInvariant("invariants", PersonalizeInvariants::check).run();
 * }
 * @Provide ActionChainArbitrary<PersonalizeWorld> chains() {
 *   return ActionChain.startWith(PersonalizeWorld::realistic)
 *       .withAction(5, PersonalizeActions.progress())
 *       .withAction(3, PersonalizeActions.createCampaign())
 *       .withAction(2, PersonalizeActions.delete(ResourceType.CAMPAIGN))
 *       .withAction(2, PersonalizeActions.longClockMoves())
 *       .withMaxTransformations(50);
 * }
 * }</pre>
 *
 * <p>jqwik runs a chain until it has made {@code withMaxTransformations} steps; no action here has
 * a precondition or ends a chain early, so unshrunk chains have exactly that many steps.
 */
public final class PersonalizeActions {

  private PersonalizeActions() {}

  // --- chains ---------------------------------------------------------------------------------

  /**
   * Every operation and both clock moves, weighted so that workflows build groups, schemas and
   * datasets, import data, train, deploy and run batch jobs, while Describes, Lists, Deletes and
   * invalid calls of every kind happen along the way.
   */
  public static ActionChainArbitrary<PersonalizeWorld> all(Supplier<PersonalizeWorld> start) {
    return ActionChain.<PersonalizeWorld>startWith(start)
        .withAction(3, createDatasetGroup())
        .withAction(2, createSchema())
        .withAction(3, createDataset())
        .withAction(3, createDatasetImportJob())
        .withAction(1, createEventTracker())
        .withAction(1, createFilter())
        .withAction(4, createSolution())
        .withAction(4, createSolutionVersion())
        .withAction(1, getSolutionMetrics())
        .withAction(3, createCampaign())
        .withAction(3, updateCampaign())
        .withAction(3, createBatchInferenceJob())
        .withAction(2, describeAny())
        .withAction(2, listAny())
        .withAction(4, deleteAny())
        .withAction(1, catalogReads())
        .withAction(10, progress())
        .withAction(3, clockMoves())
        .withAction(3, longClockMoves());
  }

  /**
   * The data side: dataset groups, schemas, datasets, import jobs, event trackers, filters and the
   * catalog, with short clock moves.
   */
  public static ActionChainArbitrary<PersonalizeWorld> dataSide(Supplier<PersonalizeWorld> start) {
    return ActionChain.<PersonalizeWorld>startWith(start)
        .withAction(4, createDatasetGroup())
        .withAction(3, createSchema())
        .withAction(5, createDataset())
        .withAction(3, createDatasetImportJob())
        .withAction(3, createEventTracker())
        .withAction(4, createFilter())
        .withAction(3, call(w -> Draws.describe(w)))
        .withAction(2, call(w -> Draws.list(w)))
        .withAction(5, call(w -> Draws.delete(w)))
        .withAction(1, catalogReads())
        .withAction(5, clockMoves());
  }

  /**
   * The training side: solutions, versions, metrics, campaigns and batch jobs, their Describes,
   * Lists and Deletes, with {@link #progress()} building the data they need, and clock moves long
   * enough for training to end with realistic timings.
   */
  public static ActionChainArbitrary<PersonalizeWorld> trainingSide(
      Supplier<PersonalizeWorld> start) {
    return ActionChain.<PersonalizeWorld>startWith(start)
        .withAction(12, progress())
        .withAction(4, createSolution())
        .withAction(4, createSolutionVersion())
        .withAction(1, getSolutionMetrics())
        .withAction(3, createCampaign())
        .withAction(3, updateCampaign())
        .withAction(3, createBatchInferenceJob())
        .withAction(2, call(w -> Draws.describeOf(w, Calls.TRAINING_TYPES)))
        .withAction(2, call(w -> Draws.list(w, Calls.TRAINING_TYPES)))
        .withAction(1, delete(SOLUTION))
        .withAction(2, delete(CAMPAIGN))
        .withAction(3, clockMoves())
        .withAction(4, longClockMoves());
  }

  // --- one action per operation ---------------------------------------------------------------

  /**
   * CreateDatasetGroup: colliding and invalid names, sometimes a role and KMS key (or only one).
   */
  public static Action.Dependent<PersonalizeWorld> createDatasetGroup() {
    return call(Draws::createDatasetGroup);
  }

  /**
   * CreateSchema: Avro schemas for each dataset type, ones that fit no type, invalid and too long
   * ones.
   */
  public static Action.Dependent<PersonalizeWorld> createSchema() {
    return call(Draws::createSchema);
  }

  /** CreateDataset: any group and schema, dataset types in any case, unknown types. */
  public static Action.Dependent<PersonalizeWorld> createDataset() {
    return call(Draws::createDataset);
  }

  /** CreateDatasetImportJob: into any dataset, with a missing or odd data source or role. */
  public static Action.Dependent<PersonalizeWorld> createDatasetImportJob() {
    return call(Draws::createDatasetImportJob);
  }

  /** CreateEventTracker: into any group, one already tracked included. */
  public static Action.Dependent<PersonalizeWorld> createEventTracker() {
    return call(Draws::createEventTracker);
  }

  /**
   * CreateFilter: expressions that fit the group's datasets or not, with parameters, invalid and
   * too long ones.
   */
  public static Action.Dependent<PersonalizeWorld> createFilter() {
    return call(Draws::createFilter);
  }

  /** CreateSolution: with a recipe, with AutoML, with HPO, and combinations the service refuses. */
  public static Action.Dependent<PersonalizeWorld> createSolution() {
    return call(Draws::createSolution);
  }

  /** CreateSolutionVersion: FULL and UPDATE training, unknown modes. */
  public static Action.Dependent<PersonalizeWorld> createSolutionVersion() {
    return call(Draws::createSolutionVersion);
  }

  /** GetSolutionMetrics of any solution version. */
  public static Action.Dependent<PersonalizeWorld> getSolutionMetrics() {
    return call(Draws::getSolutionMetrics);
  }

  /** CreateCampaign: on any version, with odd provisioned TPS and exploration settings. */
  public static Action.Dependent<PersonalizeWorld> createCampaign() {
    return call(Draws::createCampaign);
  }

  /** UpdateCampaign: to another version or the same, new TPS, exploration settings. */
  public static Action.Dependent<PersonalizeWorld> updateCampaign() {
    return call(Draws::updateCampaign);
  }

  /** CreateBatchInferenceJob: on any version, with or without a filter, odd roles and paths. */
  public static Action.Dependent<PersonalizeWorld> createBatchInferenceJob() {
    return call(Draws::createBatchInferenceJob);
  }

  /**
   * The Describe operation of {@code type}, e.g. DescribeDataset for {@link ResourceType#DATASET}.
   */
  public static Action.Dependent<PersonalizeWorld> describe(ResourceType type) {
    requireListed(type);
    return call(w -> Draws.describeOf(w, type));
  }

  /**
   * The List operation of {@code type}, e.g. ListDatasets, through every page: with and without its
   * filter, with small and invalid page sizes and with tokens the fake did not issue for it.
   */
  public static Action.Dependent<PersonalizeWorld> list(ResourceType type) {
    requireListed(type);
    return call(w -> Draws.list(w, List.of(type)));
  }

  /**
   * The Delete operation of {@code type}: one of dataset group, schema, dataset, event tracker,
   * filter, solution, campaign (the types the service can delete).
   */
  public static Action.Dependent<PersonalizeWorld> delete(ResourceType type) {
    if (!DELETABLE.contains(type)) {
      throw new IllegalArgumentException(
          "the service has no Delete operation for " + type + "; it has one for " + DELETABLE);
    }
    return call(w -> Draws.deleteOf(w, type));
  }

  /** DescribeRecipe: recipes of the catalog, unknown ones, ARNs of other kinds, malformed ones. */
  public static Action.Independent<PersonalizeWorld> describeRecipe() {
    return catalog(Draws.describeCatalog(CatalogKind.RECIPE));
  }

  /** DescribeAlgorithm, drawing as {@link #describeRecipe()} does. */
  public static Action.Independent<PersonalizeWorld> describeAlgorithm() {
    return catalog(Draws.describeCatalog(CatalogKind.ALGORITHM));
  }

  /** DescribeFeatureTransformation, drawing as {@link #describeRecipe()} does. */
  public static Action.Independent<PersonalizeWorld> describeFeatureTransformation() {
    return catalog(Draws.describeCatalog(CatalogKind.FEATURE_TRANSFORMATION));
  }

  /** ListRecipes through every page, with valid and invalid providers and page sizes. */
  public static Action.Independent<PersonalizeWorld> listRecipes() {
    return catalog(Draws.listRecipes());
  }

  // --- mixes ----------------------------------------------------------------------------------

  /** A Describe of any of the ten resource types. */
  public static Action.Dependent<PersonalizeWorld> describeAny() {
    return call(Draws::describeAny);
  }

  /** A List of any of the ten resource types. */
  public static Action.Dependent<PersonalizeWorld> listAny() {
    return call(Draws::listAny);
  }

  /** A Delete of any deletable type, more often of solutions and campaigns. */
  public static Action.Dependent<PersonalizeWorld> deleteAny() {
    return call(Draws::deleteAny);
  }

  /** One of the four catalog reads. */
  public static Action.Independent<PersonalizeWorld> catalogReads() {
    return catalog(Draws.catalogRead());
  }

  /**
   * A call the model expects to succeed that takes the world one step further along group, schemas,
   * datasets, import job, solution, version, campaign, campaign update and batch job, deeper steps
   * being likelier. Random calls alone seldom train anything.
   */
  public static Action.Dependent<PersonalizeWorld> progress() {
    return call(Draws::progress);
  }

  /** Advances the clock by 0 to 60 seconds: enough for dataset groups, datasets and filters. */
  public static Action.Independent<PersonalizeWorld> clockMoves() {
    return () ->
        Arbitraries.integers()
            .between(0, 60)
            .map(
                seconds ->
                    Transformer.mutate(
                        "clock.advance(" + seconds + "s)",
                        (PersonalizeWorld w) -> w.advance(Duration.ofSeconds(seconds))));
  }

  /** Advances the clock by 1 to 90 minutes, so that imports, training and deployments end. */
  public static Action.Independent<PersonalizeWorld> longClockMoves() {
    return () ->
        Arbitraries.of(1, 3, 5, 8, 10, 20, 30, 45, 90)
            .map(
                minutes ->
                    Transformer.mutate(
                        "clock.advance(" + minutes + "min)",
                        (PersonalizeWorld w) -> w.advance(Duration.ofMinutes(minutes))));
  }

  /**
   * The action of each of the 43 operations, by its AWS name (e.g. {@code "CreateDatasetGroup"},
   * {@code "ListSolutionVersions"}), for chains of a user's own composition.
   */
  public static Map<String, Action<PersonalizeWorld>> byOperation() {
    Map<String, Action<PersonalizeWorld>> ops = new LinkedHashMap<>();
    ops.put("CreateDatasetGroup", createDatasetGroup());
    ops.put("CreateSchema", createSchema());
    ops.put("CreateDataset", createDataset());
    ops.put("CreateDatasetImportJob", createDatasetImportJob());
    ops.put("CreateEventTracker", createEventTracker());
    ops.put("CreateFilter", createFilter());
    ops.put("CreateSolution", createSolution());
    ops.put("CreateSolutionVersion", createSolutionVersion());
    ops.put("GetSolutionMetrics", getSolutionMetrics());
    ops.put("CreateCampaign", createCampaign());
    ops.put("UpdateCampaign", updateCampaign());
    ops.put("CreateBatchInferenceJob", createBatchInferenceJob());
    for (ResourceType type : Calls.ALL_TYPES) {
      ops.put(type.describeOperation(), describe(type));
      ops.put(type.listOperation(), list(type));
      if (DELETABLE.contains(type)) {
        ops.put(type.deleteOperation(), delete(type));
      }
    }
    ops.put("DescribeRecipe", describeRecipe());
    ops.put("DescribeAlgorithm", describeAlgorithm());
    ops.put("DescribeFeatureTransformation", describeFeatureTransformation());
    ops.put("ListRecipes", listRecipes());
    return Collections.unmodifiableMap(ops);
  }

  // --- plumbing -------------------------------------------------------------------------------

  private static final List<ResourceType> DELETABLE =
      Calls.ALL_TYPES.stream().filter(t -> t.deleteOperation() != null).toList();

  private static void requireListed(ResourceType type) {
    if (!Calls.ALL_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "no Describe or List operation for "
              + type
              + "; there is one for each of "
              + Calls.ALL_TYPES);
    }
  }

  /** An action that makes one of the calls {@code calls} draws from the world. */
  private static Action.Dependent<PersonalizeWorld> call(
      Function<PersonalizeWorld, Arbitrary<? extends Call>> calls) {
    return w -> calls.apply(w).map(PersonalizeActions::transformer);
  }

  private static Action.Independent<PersonalizeWorld> catalog(Arbitrary<? extends Call> calls) {
    return () -> calls.map(PersonalizeActions::transformer);
  }

  private static Transformer<PersonalizeWorld> transformer(Call c) {
    return Transformer.mutate(c.toString(), (PersonalizeWorld w) -> w.run(c));
  }
}
