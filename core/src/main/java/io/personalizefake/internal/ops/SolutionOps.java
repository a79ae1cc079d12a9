package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireActive;
import static io.personalizefake.internal.ops.OpsContext.requireSettledForDelete;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.store.MetricsRecord;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.AutoMLConfig;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.CategoricalHyperParameterRange;
import io.personalizefake.model.ContinuousHyperParameterRange;
import io.personalizefake.model.CreateSolutionRequest;
import io.personalizefake.model.CreateSolutionResponse;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DeleteSolutionRequest;
import io.personalizefake.model.DeleteSolutionResponse;
import io.personalizefake.model.DescribeSolutionRequest;
import io.personalizefake.model.DescribeSolutionResponse;
import io.personalizefake.model.HPOConfig;
import io.personalizefake.model.HPOResourceConfig;
import io.personalizefake.model.HyperParameterRanges;
import io.personalizefake.model.IntegerHyperParameterRange;
import io.personalizefake.model.ListSolutionsRequest;
import io.personalizefake.model.ListSolutionsResponse;
import io.personalizefake.model.Recipe;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import io.personalizefake.model.SolutionSummary;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** CreateSolution, DescribeSolution, ListSolutions, DeleteSolution. */
final class SolutionOps {

  private static final ResourceType TYPE = ResourceType.SOLUTION;
  static final String USER_PERSONALIZATION = "USER_PERSONALIZATION";
  private static final String RECIPE_PREFIX = "arn:aws:personalize:::recipe/";

  private final OpsContext ctx;

  SolutionOps(OpsContext ctx) {
    this.ctx = ctx;
    // a solution takes its versions with it when it disappears
    ctx.lifecycle.register(
        TYPE,
        new Lifecycle.Hooks() {
          @Override
          public void beforeRemoval(WriteTx tx, ResourceRecord solution) {
            ctx.resources
                .children(tx, ResourceType.SOLUTION_VERSION, solution.arn())
                .toList()
                .forEach(
                    v -> {
                      ctx.resources.remove(tx, v);
                      tx.delete(new Key(ctx.resources.scope(), MetricsRecord.KIND, v.arn()));
                    });
          }
        });
  }

  /** Stage 3 of CreateSolution: member combinations and HPO settings. */
  static void checkStateless(CreateSolutionRequest r) {
    boolean autoML = Boolean.TRUE.equals(r.performAutoML());
    if (autoML && r.recipeArn() != null) {
      throw InvalidInputException.of("recipeArn must not be specified when performAutoML is true.");
    }
    if (!autoML && r.recipeArn() == null) {
      throw InvalidInputException.of(
          "recipeArn is required when performAutoML is false or absent.");
    }
    SolutionConfig config = r.solutionConfig();
    HPOConfig hpo = config == null ? null : config.hpoConfig();
    if (hpo == null) {
      return;
    }
    HPOResourceConfig resources = hpo.hpoResourceConfig();
    if (resources != null) {
      Integer jobs = hpoCount("maxNumberOfTrainingJobs", resources.maxNumberOfTrainingJobs(), 40);
      Integer parallel =
          hpoCount("maxParallelTrainingJobs", resources.maxParallelTrainingJobs(), 10);
      if (jobs != null && parallel != null && parallel > jobs) {
        throw InvalidInputException.of(
            "maxParallelTrainingJobs ("
                + parallel
                + ") must not exceed maxNumberOfTrainingJobs ("
                + jobs
                + ").");
      }
    }
    HyperParameterRanges ranges = hpo.algorithmHyperParameterRanges();
    if (ranges != null) {
      for (IntegerHyperParameterRange range : nonNull(ranges.integerHyperParameterRanges())) {
        if (range.minValue() != null
            && range.maxValue() != null
            && range.minValue() > range.maxValue()) {
          throw InvalidInputException.of(
              "The integer range of " + range.name() + " has minValue greater than maxValue.");
        }
      }
      for (ContinuousHyperParameterRange range : nonNull(ranges.continuousHyperParameterRanges())) {
        if (range.minValue() != null
            && range.maxValue() != null
            && range.minValue() > range.maxValue()) {
          throw InvalidInputException.of(
              "The continuous range of " + range.name() + " has minValue greater than maxValue.");
        }
      }
      for (CategoricalHyperParameterRange range :
          nonNull(ranges.categoricalHyperParameterRanges())) {
        if (range.values() == null || range.values().isEmpty()) {
          throw InvalidInputException.of(
              "The categorical range of " + range.name() + " must list at least one value.");
        }
      }
    }
  }

  private static @Nullable Integer hpoCount(String member, @Nullable String value, int max) {
    if (value == null) {
      return null;
    }
    int n;
    try {
      if (!value.matches("[0-9]{1,9}")) {
        throw new NumberFormatException();
      }
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(
          "hpoResourceConfig."
              + member
              + " must be a whole number from 1 to "
              + max
              + ", not '"
              + value
              + "'.");
    }
    if (n < 1 || n > max) {
      throw InvalidInputException.of(
          "hpoResourceConfig." + member + " must be from 1 to " + max + ", not " + n + ".");
    }
    return n;
  }

  static <T> List<T> nonNull(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  CreateSolutionResponse create(WriteTx tx, CreateSolutionRequest r, Instant now) {
    ResourceRecord group =
        ctx.resources.require(tx, ResourceType.DATASET_GROUP, r.datasetGroupArn());
    if (r.recipeArn() != null && Catalog.get().recipe(r.recipeArn()) == null) {
      throw ResourceNotFoundException.of(r.recipeArn());
    }
    boolean autoML = Boolean.TRUE.equals(r.performAutoML());
    AutoMLConfig automl = r.solutionConfig() == null ? null : r.solutionConfig().autoMLConfig();
    if (autoML && automl != null) {
      // every entry must exist (stage 4) before any entry's type is checked (stage 5)
      for (String recipeArn : nonNull(automl.recipeList())) {
        if (Catalog.get().recipe(recipeArn) == null) {
          throw ResourceNotFoundException.of(recipeArn);
        }
      }
      for (String recipeArn : nonNull(automl.recipeList())) {
        Recipe recipe = Objects.requireNonNull(Catalog.get().recipe(recipeArn));
        if (!USER_PERSONALIZATION.equals(recipe.recipeType())) {
          throw InvalidInputException.of(
              "AutoML chooses among USER_PERSONALIZATION recipes only; "
                  + recipeArn
                  + " is "
                  + recipe.recipeType()
                  + ".");
        }
      }
    }
    if (liveDataset(tx, group.arn(), DatasetType.INTERACTIONS) == null) {
      throw InvalidInputException.of(
          "The dataset group " + group.arn() + " has no Interactions dataset to train on.");
    }
    requireActive(group);
    String arn = ctx.arns.solution(r.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.SOLUTIONS);
    SolutionConfig config =
        r.solutionConfig() != null ? r.solutionConfig() : SolutionConfig.builder().build();
    if (autoML && config.autoMLConfig() == null) {
      List<String> recipes = new ArrayList<>(List.of(RECIPE_PREFIX + "aws-hrnn"));
      if (liveDataset(tx, group.arn(), DatasetType.ITEMS) != null
          || liveDataset(tx, group.arn(), DatasetType.USERS) != null) {
        recipes.add(RECIPE_PREFIX + "aws-hrnn-metadata");
      }
      config =
          config.toBuilder()
              .autoMLConfig(a -> a.metricName("precision_at_25").recipeList(recipes))
              .build();
    }
    Solution body =
        Solution.builder()
            .name(r.name())
            .solutionArn(arn)
            .datasetGroupArn(group.arn())
            .performAutoML(autoML)
            .performHPO(Boolean.TRUE.equals(r.performHPO()))
            .recipeArn(r.recipeArn())
            .eventType(r.eventType())
            .solutionConfig(config)
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateSolutionResponse.builder().solutionArn(arn).build();
  }

  /** The dataset of {@code type} in the group that is not being deleted, or null. */
  @Nullable ResourceRecord liveDataset(ReadTx tx, String groupArn, DatasetType type) {
    return ctx.resources
        .children(tx, ResourceType.DATASET, groupArn)
        .filter(d -> type.name().equals(d.body(Dataset.class).datasetType()))
        .filter(d -> !Status.isDeleting(OpsContext.status(d)))
        .findFirst()
        .orElse(null);
  }

  DescribeSolutionResponse describe(ReadTx tx, DescribeSolutionRequest r) {
    Solution solution = ctx.resources.require(tx, TYPE, r.solutionArn()).body(Solution.class);
    return DescribeSolutionResponse.builder().solution(solution).build();
  }

  ListSolutionsResponse list(ReadTx tx, ListSolutionsRequest r) {
    Page<SolutionSummary> page =
        ctx.page(
            tx,
            "ListSolutions",
            TYPE,
            r.datasetGroupArn(),
            r.maxResults(),
            r.nextToken(),
            SolutionSummary.class);
    return ListSolutionsResponse.builder()
        .solutions(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  DeleteSolutionResponse delete(WriteTx tx, DeleteSolutionRequest r, Instant now) {
    ResourceRecord solution = ctx.resources.require(tx, TYPE, r.solutionArn());
    requireSettledForDelete(solution);
    boolean deployed =
        ctx.resources
            .all(tx, ResourceType.CAMPAIGN)
            .map(c -> c.body(Campaign.class))
            .anyMatch(c -> deploysVersionOf(c, solution.arn()));
    if (deployed) {
      throw ResourceInUseException.of(
          solution.arn(), "a campaign deploys one of its solution versions");
    }
    List<ResourceRecord> versions =
        ctx.resources.children(tx, ResourceType.SOLUTION_VERSION, solution.arn()).toList();
    if (versions.stream().anyMatch(v -> Status.isTransitional(OpsContext.status(v)))) {
      throw ResourceInUseException.of(
          solution.arn(), "one of its solution versions is being trained");
    }
    for (ResourceRecord v : versions) {
      boolean running =
          ctx.resources
              .children(tx, ResourceType.BATCH_INFERENCE_JOB, v.arn())
              .anyMatch(j -> Status.isTransitional(OpsContext.status(j)));
      if (running) {
        throw ResourceInUseException.of(
            solution.arn(), "a batch inference job on one of its versions is running");
      }
    }
    ctx.startDelete(tx, solution, now);
    return DeleteSolutionResponse.builder().build();
  }

  private static boolean deploysVersionOf(Campaign c, String solutionArn) {
    if (solutionArn.equals(
        Arns.solutionOfVersion(Objects.requireNonNull(c.solutionVersionArn())))) {
      return true;
    }
    CampaignUpdateSummary update = c.latestCampaignUpdate();
    return update != null
        && Status.isTransitional(update.status())
        && update.solutionVersionArn() != null
        && solutionArn.equals(Arns.solutionOfVersion(update.solutionVersionArn()));
  }
}
