package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireSettledForDelete;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.model.CreateDatasetGroupResponse;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.DeleteDatasetGroupRequest;
import io.personalizefake.model.DeleteDatasetGroupResponse;
import io.personalizefake.model.DescribeDatasetGroupRequest;
import io.personalizefake.model.DescribeDatasetGroupResponse;
import io.personalizefake.model.ListDatasetGroupsRequest;
import io.personalizefake.model.ListDatasetGroupsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;

/** CreateDatasetGroup, DescribeDatasetGroup, ListDatasetGroups, DeleteDatasetGroup. */
final class DatasetGroupOps {

  private static final ResourceType TYPE = ResourceType.DATASET_GROUP;
  private final OpsContext ctx;

  DatasetGroupOps(OpsContext ctx) {
    this.ctx = ctx;
    // a dataset group takes its filters with it when it disappears
    ctx.lifecycle.register(
        TYPE,
        new Lifecycle.Hooks() {
          @Override
          public void beforeRemoval(WriteTx tx, ResourceRecord group) {
            ctx.resources
                .children(tx, ResourceType.FILTER, group.arn())
                .toList()
                .forEach(f -> ctx.resources.remove(tx, f));
          }
        });
  }

  CreateDatasetGroupResponse create(WriteTx tx, CreateDatasetGroupRequest r, Instant now) {
    if (r.roleArn() != null && r.kmsKeyArn() == null) {
      throw InvalidInputException.of("roleArn can only be given together with kmsKeyArn.");
    }
    if (r.kmsKeyArn() != null && r.roleArn() == null) {
      throw InvalidInputException.of("kmsKeyArn needs a roleArn that grants access to the key.");
    }
    String arn = ctx.arns.datasetGroup(r.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.DATASET_GROUPS);
    DatasetGroup body =
        DatasetGroup.builder()
            .name(r.name())
            .datasetGroupArn(arn)
            .roleArn(r.roleArn())
            .kmsKeyArn(r.kmsKeyArn())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateDatasetGroupResponse.builder().datasetGroupArn(arn).build();
  }

  DescribeDatasetGroupResponse describe(ReadTx tx, DescribeDatasetGroupRequest r) {
    DatasetGroup group =
        ctx.resources.require(tx, TYPE, r.datasetGroupArn()).body(DatasetGroup.class);
    return DescribeDatasetGroupResponse.builder().datasetGroup(group).build();
  }

  ListDatasetGroupsResponse list(ReadTx tx, ListDatasetGroupsRequest r) {
    Page<DatasetGroupSummary> page =
        ctx.page(
            tx,
            "ListDatasetGroups",
            TYPE,
            null,
            r.maxResults(),
            r.nextToken(),
            DatasetGroupSummary.class);
    return ListDatasetGroupsResponse.builder()
        .datasetGroups(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  DeleteDatasetGroupResponse delete(WriteTx tx, DeleteDatasetGroupRequest r, Instant now) {
    ResourceRecord group = ctx.resources.require(tx, TYPE, r.datasetGroupArn());
    requireSettledForDelete(group);
    requireNoChild(tx, group, ResourceType.DATASET, "it has datasets");
    requireNoChild(tx, group, ResourceType.SOLUTION, "it has solutions");
    requireNoChild(tx, group, ResourceType.EVENT_TRACKER, "it has an event tracker");
    ctx.startDelete(tx, group, now);
    return DeleteDatasetGroupResponse.builder().build();
  }

  private void requireNoChild(
      ReadTx tx, ResourceRecord group, ResourceType childType, String reason) {
    if (ctx.resources.children(tx, childType, group.arn()).findAny().isPresent()) {
      throw ResourceInUseException.of(group.arn(), reason);
    }
  }
}
