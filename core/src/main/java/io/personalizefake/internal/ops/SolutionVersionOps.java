package io.personalizefake.internal.ops;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings.Training;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.MetricsRecord;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CategoricalHyperParameterRange;
import io.personalizefake.model.ContinuousHyperParameterRange;
import io.personalizefake.model.CreateSolutionVersionRequest;
import io.personalizefake.model.CreateSolutionVersionResponse;
import io.personalizefake.model.DescribeSolutionVersionRequest;
import io.personalizefake.model.DescribeSolutionVersionResponse;
import io.personalizefake.model.GetSolutionMetricsRequest;
import io.personalizefake.model.GetSolutionMetricsResponse;
import io.personalizefake.model.HyperParameterRanges;
import io.personalizefake.model.IntegerHyperParameterRange;
import io.personalizefake.model.ListSolutionVersionsRequest;
import io.personalizefake.model.ListSolutionVersionsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.Solution;
import io.personalizefake.model.SolutionConfig;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.SolutionVersionSummary;
import io.personalizefake.model.TrainingFacts;
import io.personalizefake.model.TunedHPOParams;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CreateSolutionVersion, DescribeSolutionVersion, ListSolutionVersions, GetSolutionMetrics, and the
 * simulated training: a version trains for the time {@code Timings} gives its kind of training,
 * fails when its Interactions dataset has no ACTIVE import job, and otherwise becomes ACTIVE with
 * the results the spec describes. Metrics are synthetic: a hash of the version and the metric name,
 * unless a test set them.
 */
final class SolutionVersionOps {

  private static final ResourceType TYPE = ResourceType.SOLUTION_VERSION;
  static final Set<String> UPDATABLE_RECIPES = TrainingFacts.UPDATABLE_RECIPES;
  static final List<String> METRIC_NAMES = TrainingFacts.METRIC_NAMES;
  static final double TRAINING_HOURS = 1.0;

  private final OpsContext ctx;
  private final SolutionOps solutions;

  SolutionVersionOps(OpsContext ctx, SolutionOps solutions) {
    this.ctx = ctx;
    this.solutions = solutions;
    ctx.lifecycle.register(
        TYPE,
        new Lifecycle.Hooks() {
          @Override
          public @Nullable String failureBeforeActive(WriteTx tx, ResourceRecord version) {
            return missingData(tx, version.body(SolutionVersion.class).datasetGroupArn());
          }

          @Override
          public void afterStep(WriteTx tx, ResourceRecord version, Status reached) {
            ResourceRecord current = version;
            if (reached == Status.ACTIVE) {
              current = trained(tx, version);
            }
            showAsLatest(tx, current);
          }
        });
  }

  /** Why training in the group cannot succeed, or null when it has data. */
  private @Nullable String missingData(ReadTx tx, String groupArn) {
    ResourceRecord interactions = solutions.liveDataset(tx, groupArn, DatasetType.INTERACTIONS);
    if (interactions == null) {
      return "The dataset group has no Interactions dataset to train on.";
    }
    boolean imported =
        ctx.resources
            .children(tx, ResourceType.DATASET_IMPORT_JOB, interactions.arn())
            .anyMatch(j -> Status.isActive(OpsContext.status(j)));
    return imported
        ? null
        : "Insufficient data for training: the Interactions dataset "
            + interactions.arn()
            + " has no completed import job.";
  }

  /** Fills in what training produced: the chosen recipe, hours, tuned hyperparameters. */
  private ResourceRecord trained(WriteTx tx, ResourceRecord record) {
    SolutionVersion v = record.body(SolutionVersion.class);
    SolutionVersion.Builder b = v.toBuilder().trainingHours(TRAINING_HOURS);
    SolutionConfig config = v.solutionConfig();
    if (Boolean.TRUE.equals(v.performAutoML())) {
      List<String> candidates =
          config == null || config.autoMLConfig() == null
              ? List.of()
              : SolutionOps.nonNull(config.autoMLConfig().recipeList());
      String chosen =
          candidates.isEmpty() ? "arn:aws:personalize:::recipe/aws-hrnn" : candidates.get(0);
      b.recipeArn(chosen);
      ResourceRecord solution = ctx.resources.find(tx, ResourceType.SOLUTION, v.solutionArn());
      if (solution != null) {
        Solution s = solution.body(Solution.class);
        ctx.resources.replace(
            tx,
            solution,
            solution.withBody(s.toBuilder().autoMLResult(a -> a.bestRecipeArn(chosen)).build()));
      }
    }
    if (Boolean.TRUE.equals(v.performHPO())) {
      b.tunedHPOParams(TunedHPOParams.builder().algorithmHyperParameters(tuned(config)).build());
    }
    ResourceRecord updated = record.withBody(b.build());
    ctx.resources.replace(tx, record, updated);
    return updated;
  }

  /** The solution's hyperparameters with each HPO range's lowest value (first, if categorical). */
  static Map<String, String> tuned(@Nullable SolutionConfig config) {
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
      for (IntegerHyperParameterRange r :
          SolutionOps.nonNull(ranges.integerHyperParameterRanges())) {
        if (r.name() != null && r.minValue() != null) {
          params.put(r.name(), Integer.toString(r.minValue()));
        }
      }
      for (ContinuousHyperParameterRange r :
          SolutionOps.nonNull(ranges.continuousHyperParameterRanges())) {
        if (r.name() != null && r.minValue() != null) {
          params.put(r.name(), Double.toString(r.minValue()));
        }
      }
      for (CategoricalHyperParameterRange r :
          SolutionOps.nonNull(ranges.categoricalHyperParameterRanges())) {
        if (r.name() != null && r.values() != null && !r.values().isEmpty()) {
          params.put(r.name(), r.values().get(0));
        }
      }
    }
    return params;
  }

  /** Keeps the solution's {@code latestSolutionVersion} in step with its newest version. */
  private void showAsLatest(WriteTx tx, ResourceRecord version) {
    SolutionVersion v = version.body(SolutionVersion.class);
    ResourceRecord solution = ctx.resources.find(tx, ResourceType.SOLUTION, v.solutionArn());
    if (solution == null) {
      return;
    }
    Solution s = solution.body(Solution.class);
    if (s.latestSolutionVersion() != null
        && !v.solutionVersionArn().equals(s.latestSolutionVersion().solutionVersionArn())) {
      return;
    }
    SolutionVersionSummary summary = (SolutionVersionSummary) Kinds.SOLUTION_VERSION.summary(v);
    ctx.resources.replace(
        tx, solution, solution.withBody(s.toBuilder().latestSolutionVersion(summary).build()));
  }

  CreateSolutionVersionResponse create(WriteTx tx, CreateSolutionVersionRequest r, Instant now) {
    ResourceRecord solutionRecord =
        ctx.resources.require(tx, ResourceType.SOLUTION, r.solutionArn());
    Solution solution = solutionRecord.body(Solution.class);
    String mode = r.trainingMode() == null ? "FULL" : r.trainingMode();
    if ("UPDATE".equals(mode)) {
      String recipe =
          Boolean.TRUE.equals(solution.performAutoML())
              ? (solution.autoMLResult() == null ? null : solution.autoMLResult().bestRecipeArn())
              : solution.recipeArn();
      if (recipe == null || !UPDATABLE_RECIPES.contains(recipe)) {
        throw InvalidInputException.of(
            "trainingMode UPDATE needs a solution whose recipe is aws-user-personalization or aws-hrnn-coldstart; "
                + "this solution's recipe is "
                + recipe
                + ".");
      }
      boolean hasFull =
          ctx.resources
              .children(tx, TYPE, solutionRecord.arn())
              .map(v -> v.body(SolutionVersion.class))
              .anyMatch(v -> Status.isActive(v.status()) && "FULL".equals(v.trainingMode()));
      if (!hasFull) {
        throw InvalidInputException.of(
            "trainingMode UPDATE needs an ACTIVE solution version of this solution trained with trainingMode FULL.");
      }
    }
    if (solutions.liveDataset(tx, solution.datasetGroupArn(), DatasetType.INTERACTIONS) == null) {
      throw InvalidInputException.of(
          "The dataset group "
              + solution.datasetGroupArn()
              + " has no Interactions dataset to train on.");
    }
    OpsContext.requireActive(solutionRecord);
    if (ctx.resources
        .children(tx, TYPE, solutionRecord.arn())
        .anyMatch(v -> Status.isTransitional(OpsContext.status(v)))) {
      throw ResourceInUseException.of(
          solutionRecord.arn(), "another version of the solution is being trained");
    }
    ctx.requireBelowTransitionalQuota(tx, TYPE, Quota.TRANSITIONAL_SOLUTION_VERSIONS);
    String arn = ctx.arns.solutionVersion(solution.name(), ctx.ids.hex8(tx));
    boolean autoML = Boolean.TRUE.equals(solution.performAutoML());
    SolutionVersion body =
        SolutionVersion.builder()
            .solutionVersionArn(arn)
            .solutionArn(solutionRecord.arn())
            .datasetGroupArn(solution.datasetGroupArn())
            .eventType(solution.eventType())
            .performAutoML(solution.performAutoML())
            .performHPO(solution.performHPO())
            .recipeArn(autoML ? null : solution.recipeArn())
            .solutionConfig(solution.solutionConfig())
            .trainingMode(mode)
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    Training training =
        autoML
            ? Training.AUTOML
            : Boolean.TRUE.equals(solution.performHPO()) ? Training.HPO : Training.PLAIN;
    var plan =
        ctx.lifecycle.createPlan(
            TYPE,
            ctx.lifecycle.timings().training(training),
            ctx.faults.createFailure(tx, TYPE, arn));
    ResourceRecord record = ctx.create(tx, TYPE, arn, body, plan, now);
    // the newest version is the solution's latest, whatever the previous one was
    ctx.resources.replace(
        tx,
        solutionRecord,
        solutionRecord.withBody(
            solution.toBuilder()
                .latestSolutionVersion(
                    (SolutionVersionSummary) Kinds.SOLUTION_VERSION.summary(record.body()))
                .build()));
    return CreateSolutionVersionResponse.builder().solutionVersionArn(arn).build();
  }

  DescribeSolutionVersionResponse describe(ReadTx tx, DescribeSolutionVersionRequest r) {
    SolutionVersion v =
        ctx.resources.require(tx, TYPE, r.solutionVersionArn()).body(SolutionVersion.class);
    return DescribeSolutionVersionResponse.builder().solutionVersion(v).build();
  }

  ListSolutionVersionsResponse list(ReadTx tx, ListSolutionVersionsRequest r) {
    String filter = r.solutionArn();
    if (filter != null) {
      // unlike the other lists, this one declares ResourceNotFoundException for its filter
      ctx.resources.require(tx, ResourceType.SOLUTION, filter);
    }
    Page<SolutionVersionSummary> page =
        ctx.page(
            tx,
            "ListSolutionVersions",
            TYPE,
            filter,
            r.maxResults(),
            r.nextToken(),
            SolutionVersionSummary.class);
    return ListSolutionVersionsResponse.builder()
        .solutionVersions(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  GetSolutionMetricsResponse metrics(ReadTx tx, GetSolutionMetricsRequest r) {
    ResourceRecord v = ctx.resources.require(tx, TYPE, r.solutionVersionArn());
    OpsContext.requireActive(v);
    Map<String, Double> metrics;
    if (tx.get(metricsKey(v.arn())) instanceof MetricsRecord set) {
      metrics = set.metrics();
    } else {
      metrics = new LinkedHashMap<>();
      for (String name : METRIC_NAMES) {
        metrics.put(name, syntheticMetric(v.arn(), name));
      }
    }
    return GetSolutionMetricsResponse.builder()
        .solutionVersionArn(v.arn())
        .metrics(metrics)
        .build();
  }

  /** Sets what GetSolutionMetrics returns for a solution version that exists. */
  void setMetrics(WriteTx tx, String solutionVersionArn, Map<String, Double> metrics) {
    ctx.resources.require(tx, TYPE, solutionVersionArn);
    tx.put(new MetricsRecord(metricsKey(solutionVersionArn), metrics));
  }

  private Key metricsKey(String arn) {
    return new Key(ctx.resources.scope(), MetricsRecord.KIND, arn);
  }

  /** The first four bytes of SHA-256(arn|name) as a fraction of 2^32, to four decimals. */
  static double syntheticMetric(String arn, String name) {
    byte[] hash =
        com.google.common.hash.Hashing.sha256()
            .hashString(arn + "|" + name, StandardCharsets.UTF_8)
            .asBytes();
    long n =
        ((hash[0] & 0xFFL) << 24)
            | ((hash[1] & 0xFFL) << 16)
            | ((hash[2] & 0xFFL) << 8)
            | (hash[3] & 0xFFL);
    return Math.round(n / 4294967296.0 * 10000) / 10000.0;
  }

  /** The solution a version belongs to, from its ARN. */
  static String solutionOf(String versionArn) {
    return Arns.solutionOfVersion(versionArn);
  }
}
