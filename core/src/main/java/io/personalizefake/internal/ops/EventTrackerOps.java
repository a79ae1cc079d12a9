package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireActive;
import static io.personalizefake.internal.ops.OpsContext.requireSettledForDelete;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CreateEventTrackerRequest;
import io.personalizefake.model.CreateEventTrackerResponse;
import io.personalizefake.model.DeleteEventTrackerRequest;
import io.personalizefake.model.DeleteEventTrackerResponse;
import io.personalizefake.model.DescribeEventTrackerRequest;
import io.personalizefake.model.DescribeEventTrackerResponse;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.ListEventTrackersRequest;
import io.personalizefake.model.ListEventTrackersResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;

/** CreateEventTracker, DescribeEventTracker, ListEventTrackers, DeleteEventTracker. */
final class EventTrackerOps {

  private static final ResourceType TYPE = ResourceType.EVENT_TRACKER;
  private final OpsContext ctx;

  EventTrackerOps(OpsContext ctx) {
    this.ctx = ctx;
  }

  CreateEventTrackerResponse create(WriteTx tx, CreateEventTrackerRequest r, Instant now) {
    ResourceRecord group =
        ctx.resources.require(tx, ResourceType.DATASET_GROUP, r.datasetGroupArn());
    requireActive(group);
    ResourceRecord existing =
        ctx.resources.children(tx, TYPE, group.arn()).findFirst().orElse(null);
    if (existing != null) {
      throw ResourceAlreadyExistsException.of(existing.arn());
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.EVENT_TRACKERS);
    String arn = ctx.arns.eventTracker(ctx.ids.hex8(tx));
    String trackingId = ctx.ids.uuid(tx);
    EventTracker body =
        EventTracker.builder()
            .name(r.name())
            .eventTrackerArn(arn)
            .accountId(ctx.accountId)
            .trackingId(trackingId)
            .datasetGroupArn(group.arn())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateEventTrackerResponse.builder().eventTrackerArn(arn).trackingId(trackingId).build();
  }

  DescribeEventTrackerResponse describe(ReadTx tx, DescribeEventTrackerRequest r) {
    EventTracker tracker =
        ctx.resources.require(tx, TYPE, r.eventTrackerArn()).body(EventTracker.class);
    return DescribeEventTrackerResponse.builder().eventTracker(tracker).build();
  }

  ListEventTrackersResponse list(ReadTx tx, ListEventTrackersRequest r) {
    Page<EventTrackerSummary> page =
        ctx.page(
            tx,
            "ListEventTrackers",
            TYPE,
            r.datasetGroupArn(),
            r.maxResults(),
            r.nextToken(),
            EventTrackerSummary.class);
    return ListEventTrackersResponse.builder()
        .eventTrackers(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  DeleteEventTrackerResponse delete(WriteTx tx, DeleteEventTrackerRequest r, Instant now) {
    ResourceRecord tracker = ctx.resources.require(tx, TYPE, r.eventTrackerArn());
    requireSettledForDelete(tracker);
    ctx.startDelete(tx, tracker, now);
    return DeleteEventTrackerResponse.builder().build();
  }
}
