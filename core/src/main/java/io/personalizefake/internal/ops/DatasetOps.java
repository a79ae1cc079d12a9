package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireActive;
import static io.personalizefake.internal.ops.OpsContext.requireSettledForDelete;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.schema.AvroSchema;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CreateDatasetRequest;
import io.personalizefake.model.CreateDatasetResponse;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DatasetSummary;
import io.personalizefake.model.DeleteDatasetRequest;
import io.personalizefake.model.DeleteDatasetResponse;
import io.personalizefake.model.DescribeDatasetRequest;
import io.personalizefake.model.DescribeDatasetResponse;
import io.personalizefake.model.ListDatasetsRequest;
import io.personalizefake.model.ListDatasetsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;

/** CreateDataset, DescribeDataset, ListDatasets, DeleteDataset. */
final class DatasetOps {

  private static final ResourceType TYPE = ResourceType.DATASET;
  private final OpsContext ctx;

  DatasetOps(OpsContext ctx) {
    this.ctx = ctx;
    // a dataset takes its import jobs with it when it disappears
    ctx.lifecycle.register(
        TYPE,
        new Lifecycle.Hooks() {
          @Override
          public void beforeRemoval(WriteTx tx, ResourceRecord dataset) {
            ctx.resources
                .children(tx, ResourceType.DATASET_IMPORT_JOB, dataset.arn())
                .toList()
                .forEach(j -> ctx.resources.remove(tx, j));
          }
        });
  }

  /** Stage 3 of CreateDataset: the dataset type is one of the three. */
  static DatasetType checkStateless(CreateDatasetRequest r) {
    return DatasetType.parse(r.datasetType())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "datasetType must be one of Interactions, Items or Users, not '"
                        + r.datasetType()
                        + "'."));
  }

  CreateDatasetResponse create(WriteTx tx, CreateDatasetRequest r, Instant now) {
    DatasetType type = checkStateless(r);
    ResourceRecord group =
        ctx.resources.require(tx, ResourceType.DATASET_GROUP, r.datasetGroupArn());
    ResourceRecord schema = ctx.resources.require(tx, ResourceType.SCHEMA, r.schemaArn());
    AvroSchema.parse(schema.body(DatasetSchema.class).schema()).checkFits(type);
    requireActive(group);
    String arn = ctx.arns.dataset(group.body(DatasetGroup.class).name(), type.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.DATASETS);
    Dataset body =
        Dataset.builder()
            .name(r.name())
            .datasetArn(arn)
            .datasetGroupArn(group.arn())
            .datasetType(type.name())
            .schemaArn(schema.arn())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateDatasetResponse.builder().datasetArn(arn).build();
  }

  DescribeDatasetResponse describe(ReadTx tx, DescribeDatasetRequest r) {
    Dataset dataset = ctx.resources.require(tx, TYPE, r.datasetArn()).body(Dataset.class);
    return DescribeDatasetResponse.builder().dataset(dataset).build();
  }

  ListDatasetsResponse list(ReadTx tx, ListDatasetsRequest r) {
    Page<DatasetSummary> page =
        ctx.page(
            tx,
            "ListDatasets",
            TYPE,
            r.datasetGroupArn(),
            r.maxResults(),
            r.nextToken(),
            DatasetSummary.class);
    return ListDatasetsResponse.builder()
        .datasets(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  DeleteDatasetResponse delete(WriteTx tx, DeleteDatasetRequest r, Instant now) {
    ResourceRecord dataset = ctx.resources.require(tx, TYPE, r.datasetArn());
    requireSettledForDelete(dataset);
    if (ctx.resources
        .children(tx, ResourceType.DATASET_IMPORT_JOB, dataset.arn())
        .anyMatch(j -> Status.isTransitional(OpsContext.status(j)))) {
      throw ResourceInUseException.of(dataset.arn(), "an import job of the dataset is in progress");
    }
    String group = dataset.body(Dataset.class).datasetGroupArn();
    boolean training =
        ctx.resources
            .children(tx, ResourceType.SOLUTION, group)
            .anyMatch(
                s ->
                    ctx.resources
                        .children(tx, ResourceType.SOLUTION_VERSION, s.arn())
                        .anyMatch(v -> Status.isTransitional(OpsContext.status(v))));
    if (training) {
      throw ResourceInUseException.of(
          dataset.arn(), "a solution version of its dataset group is being trained");
    }
    ctx.startDelete(tx, dataset, now);
    return DeleteDatasetResponse.builder().build();
  }
}
