package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireActive;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.BatchInferenceJobConfig;
import io.personalizefake.model.BatchInferenceJobSummary;
import io.personalizefake.model.CreateBatchInferenceJobRequest;
import io.personalizefake.model.CreateBatchInferenceJobResponse;
import io.personalizefake.model.DescribeBatchInferenceJobRequest;
import io.personalizefake.model.DescribeBatchInferenceJobResponse;
import io.personalizefake.model.Filter;
import io.personalizefake.model.ListBatchInferenceJobsRequest;
import io.personalizefake.model.ListBatchInferenceJobsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.Map;

/**
 * CreateBatchInferenceJob, DescribeBatchInferenceJob, ListBatchInferenceJobs. The fake reads no
 * input and writes no output; a job only runs its lifecycle. Jobs cannot be deleted and stay after
 * their solution version is gone.
 */
final class BatchInferenceJobOps {

  private static final ResourceType TYPE = ResourceType.BATCH_INFERENCE_JOB;
  private final OpsContext ctx;

  BatchInferenceJobOps(OpsContext ctx) {
    this.ctx = ctx;
  }

  /** Stage 3: the number of results and the exploration settings. */
  static void checkStateless(CreateBatchInferenceJobRequest r) {
    if (r.numResults() != null && r.numResults() < 1) {
      throw InvalidInputException.of("numResults must be at least 1, not " + r.numResults() + ".");
    }
    if (r.batchInferenceJobConfig() != null) {
      ItemExploration.checkValues(r.batchInferenceJobConfig().itemExplorationConfig());
    }
  }

  CreateBatchInferenceJobResponse create(
      WriteTx tx, CreateBatchInferenceJobRequest r, Instant now) {
    ResourceRecord versionRecord =
        ctx.resources.require(tx, ResourceType.SOLUTION_VERSION, r.solutionVersionArn());
    ResourceRecord filter =
        r.filterArn() == null
            ? null
            : ctx.resources.require(tx, ResourceType.FILTER, r.filterArn());
    SolutionVersion version = versionRecord.body(SolutionVersion.class);
    Map<String, String> exploration =
        r.batchInferenceJobConfig() == null
            ? null
            : r.batchInferenceJobConfig().itemExplorationConfig();
    ItemExploration.requireRecipeFits(exploration, version);
    if (filter != null
        && !filter.body(Filter.class).datasetGroupArn().equals(version.datasetGroupArn())) {
      throw InvalidInputException.of(
          "The filter "
              + filter.arn()
              + " belongs to another dataset group than the solution version "
              + version.solutionVersionArn()
              + ".");
    }
    ctx.requireUsableVersion(tx, versionRecord);
    if (filter != null) {
      requireActive(filter);
    }
    String arn = ctx.arns.batchInferenceJob(r.jobName());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowTransitionalQuota(tx, TYPE, Quota.TRANSITIONAL_BATCH_INFERENCE_JOBS);
    BatchInferenceJob body =
        BatchInferenceJob.builder()
            .jobName(r.jobName())
            .batchInferenceJobArn(arn)
            .solutionVersionArn(versionRecord.arn())
            .filterArn(r.filterArn())
            .numResults(r.numResults())
            .jobInput(r.jobInput())
            .jobOutput(r.jobOutput())
            .roleArn(r.roleArn())
            .batchInferenceJobConfig(
                ItemExploration.isEmpty(exploration)
                    ? null
                    : BatchInferenceJobConfig.builder().itemExplorationConfig(exploration).build())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateBatchInferenceJobResponse.builder().batchInferenceJobArn(arn).build();
  }

  DescribeBatchInferenceJobResponse describe(ReadTx tx, DescribeBatchInferenceJobRequest r) {
    BatchInferenceJob job =
        ctx.resources.require(tx, TYPE, r.batchInferenceJobArn()).body(BatchInferenceJob.class);
    return DescribeBatchInferenceJobResponse.builder().batchInferenceJob(job).build();
  }

  ListBatchInferenceJobsResponse list(ReadTx tx, ListBatchInferenceJobsRequest r) {
    Page<BatchInferenceJobSummary> page =
        ctx.page(
            tx,
            "ListBatchInferenceJobs",
            TYPE,
            r.solutionVersionArn(),
            r.maxResults(),
            r.nextToken(),
            BatchInferenceJobSummary.class);
    return ListBatchInferenceJobsResponse.builder()
        .batchInferenceJobs(page.items())
        .nextToken(page.nextToken())
        .build();
  }
}
