package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireActive;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CreateDatasetImportJobRequest;
import io.personalizefake.model.CreateDatasetImportJobResponse;
import io.personalizefake.model.DataSource;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.DatasetImportJobSummary;
import io.personalizefake.model.DescribeDatasetImportJobRequest;
import io.personalizefake.model.DescribeDatasetImportJobResponse;
import io.personalizefake.model.ListDatasetImportJobsRequest;
import io.personalizefake.model.ListDatasetImportJobsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;

/**
 * CreateDatasetImportJob, DescribeDatasetImportJob, ListDatasetImportJobs. Import jobs cannot be
 * deleted; they go with their dataset. The fake reads no data: a job only runs its lifecycle.
 */
final class DatasetImportJobOps {

  private static final ResourceType TYPE = ResourceType.DATASET_IMPORT_JOB;
  private final OpsContext ctx;

  DatasetImportJobOps(OpsContext ctx) {
    this.ctx = ctx;
  }

  /** Stage 3: the data location, optional in the model, is needed. */
  static void checkStateless(CreateDatasetImportJobRequest r) {
    DataSource source = r.dataSource();
    if (source != null && source.dataLocation() == null) {
      throw InvalidInputException.of(
          "dataSource.dataLocation must be given: the S3 path of the data to import.");
    }
  }

  CreateDatasetImportJobResponse create(WriteTx tx, CreateDatasetImportJobRequest r, Instant now) {
    ResourceRecord dataset = ctx.resources.require(tx, ResourceType.DATASET, r.datasetArn());
    requireActive(dataset);
    if (ctx.resources
        .children(tx, TYPE, dataset.arn())
        .anyMatch(j -> Status.isTransitional(OpsContext.status(j)))) {
      throw ResourceInUseException.of(
          dataset.arn(), "another import job of the dataset is in progress");
    }
    String arn = ctx.arns.datasetImportJob(r.jobName());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowTransitionalQuota(tx, TYPE, Quota.TRANSITIONAL_DATASET_IMPORT_JOBS);
    DatasetImportJob body =
        DatasetImportJob.builder()
            .jobName(r.jobName())
            .datasetImportJobArn(arn)
            .datasetArn(dataset.arn())
            .dataSource(DataSource.builder().dataLocation(r.dataSource().dataLocation()).build())
            .roleArn(r.roleArn())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateDatasetImportJobResponse.builder().datasetImportJobArn(arn).build();
  }

  DescribeDatasetImportJobResponse describe(ReadTx tx, DescribeDatasetImportJobRequest r) {
    DatasetImportJob job =
        ctx.resources.require(tx, TYPE, r.datasetImportJobArn()).body(DatasetImportJob.class);
    return DescribeDatasetImportJobResponse.builder().datasetImportJob(job).build();
  }

  ListDatasetImportJobsResponse list(ReadTx tx, ListDatasetImportJobsRequest r) {
    Page<DatasetImportJobSummary> page =
        ctx.page(
            tx,
            "ListDatasetImportJobs",
            TYPE,
            r.datasetArn(),
            r.maxResults(),
            r.nextToken(),
            DatasetImportJobSummary.class);
    return ListDatasetImportJobsResponse.builder()
        .datasetImportJobs(page.items())
        .nextToken(page.nextToken())
        .build();
  }
}
