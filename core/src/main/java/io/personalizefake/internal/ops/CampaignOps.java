package io.personalizefake.internal.ops;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignConfig;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.CreateCampaignRequest;
import io.personalizefake.model.CreateCampaignResponse;
import io.personalizefake.model.DeleteCampaignRequest;
import io.personalizefake.model.DeleteCampaignResponse;
import io.personalizefake.model.DescribeCampaignRequest;
import io.personalizefake.model.DescribeCampaignResponse;
import io.personalizefake.model.ListCampaignsRequest;
import io.personalizefake.model.ListCampaignsResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.SolutionVersion;
import io.personalizefake.model.UpdateCampaignRequest;
import io.personalizefake.model.UpdateCampaignResponse;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CreateCampaign, DescribeCampaign, ListCampaigns, UpdateCampaign, DeleteCampaign. An update runs
 * its own lifecycle in {@code latestCampaignUpdate}; the campaign keeps its old settings until the
 * update is ACTIVE.
 */
final class CampaignOps {

  private static final ResourceType TYPE = ResourceType.CAMPAIGN;
  private final OpsContext ctx;

  CampaignOps(OpsContext ctx) {
    this.ctx = ctx;
    ctx.lifecycle.register(
        TYPE,
        new Lifecycle.Hooks() {
          @Override
          public Object applyUpdateStep(
              ResourceRecord record, Status status, Instant at, @Nullable String reason) {
            return updateStep(record.body(Campaign.class), status, at, reason);
          }
        });
  }

  /** Moves the update in flight; when it is ACTIVE, the campaign takes its settings. */
  private static Campaign updateStep(
      Campaign c, Status status, Instant at, @Nullable String reason) {
    CampaignUpdateSummary update = c.latestCampaignUpdate();
    if (update == null) {
      throw new IllegalStateException("no update in flight on " + c.campaignArn());
    }
    CampaignUpdateSummary moved =
        update.toBuilder()
            .status(status.wire())
            .lastUpdatedDateTime(at)
            .failureReason(reason)
            .build();
    Campaign.Builder b = c.toBuilder().latestCampaignUpdate(moved);
    if (status == Status.ACTIVE) {
      b.solutionVersionArn(update.solutionVersionArn())
          .minProvisionedTPS(update.minProvisionedTPS())
          .campaignConfig(update.campaignConfig())
          .status(Status.ACTIVE.wire())
          .failureReason(null)
          .lastUpdatedDateTime(at);
    }
    return b.build();
  }

  /** Stage 3: the exploration settings, when given. */
  static void checkStateless(@Nullable CampaignConfig config) {
    if (config != null) {
      ItemExploration.checkValues(config.itemExplorationConfig());
    }
  }

  CreateCampaignResponse create(WriteTx tx, CreateCampaignRequest r, Instant now) {
    ResourceRecord versionRecord =
        ctx.resources.require(tx, ResourceType.SOLUTION_VERSION, r.solutionVersionArn());
    SolutionVersion version = versionRecord.body(SolutionVersion.class);
    Map<String, String> exploration =
        r.campaignConfig() == null ? null : r.campaignConfig().itemExplorationConfig();
    ItemExploration.requireRecipeFits(exploration, version);
    ctx.requireUsableVersion(tx, versionRecord);
    String arn = ctx.arns.campaign(r.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.CAMPAIGNS);
    Campaign body =
        Campaign.builder()
            .name(r.name())
            .campaignArn(arn)
            .solutionVersionArn(versionRecord.arn())
            .minProvisionedTPS(r.minProvisionedTPS())
            .campaignConfig(
                ItemExploration.isEmpty(exploration)
                    ? null
                    : CampaignConfig.builder().itemExplorationConfig(exploration).build())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateCampaignResponse.builder().campaignArn(arn).build();
  }

  UpdateCampaignResponse update(WriteTx tx, UpdateCampaignRequest r, Instant now) {
    ResourceRecord record = ctx.resources.require(tx, TYPE, r.campaignArn());
    Campaign campaign = record.body(Campaign.class);
    String targetArn =
        r.solutionVersionArn() != null ? r.solutionVersionArn() : campaign.solutionVersionArn();
    ResourceRecord target =
        r.solutionVersionArn() != null
            ? ctx.resources.require(tx, ResourceType.SOLUTION_VERSION, targetArn)
            : ctx.resources.find(tx, ResourceType.SOLUTION_VERSION, targetArn);
    Map<String, String> exploration =
        r.campaignConfig() == null ? null : r.campaignConfig().itemExplorationConfig();
    if (target != null) {
      ItemExploration.requireRecipeFits(exploration, target.body(SolutionVersion.class));
    }
    String status = campaign.status();
    if (!Status.isActive(status) && !Status.CREATE_FAILED.wire().equals(status)) {
      throw ResourceInUseException.of(
          record.arn(),
          "its status is " + status + "; only ACTIVE or CREATE FAILED campaigns can be updated");
    }
    if (campaign.latestCampaignUpdate() != null
        && Status.isTransitional(campaign.latestCampaignUpdate().status())) {
      throw ResourceInUseException.of(record.arn(), "an update of the campaign is in progress");
    }
    if (target == null) {
      // the deployed version went away with its solution: there is nothing to redeploy
      throw ResourceInUseException.of(
          record.arn(), "its solution version " + targetArn + " no longer exists");
    }
    ctx.requireUsableVersion(tx, target);
    CampaignConfig config;
    if (r.campaignConfig() != null) {
      config =
          ItemExploration.isEmpty(exploration)
              ? null
              : CampaignConfig.builder().itemExplorationConfig(exploration).build();
    } else {
      config =
          ItemExploration.fits(target.body(SolutionVersion.class))
              ? campaign.campaignConfig()
              : null;
    }
    CampaignUpdateSummary update =
        CampaignUpdateSummary.builder()
            .solutionVersionArn(target.arn())
            .minProvisionedTPS(
                r.minProvisionedTPS() != null
                    ? r.minProvisionedTPS()
                    : campaign.minProvisionedTPS())
            .campaignConfig(config)
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    var plan =
        ctx.lifecycle.updatePlan(
            ctx.faults.createFailure(tx, ResourceType.CAMPAIGN_UPDATE, record.arn()));
    Campaign updated =
        campaign.toBuilder().latestCampaignUpdate(update).lastUpdatedDateTime(now).build();
    ctx.resources.replace(
        tx, record, record.withBody(updated).withPlan(plan, Lifecycle.firstDue(plan, now)));
    return UpdateCampaignResponse.builder().campaignArn(record.arn()).build();
  }

  DescribeCampaignResponse describe(ReadTx tx, DescribeCampaignRequest r) {
    Campaign campaign = ctx.resources.require(tx, TYPE, r.campaignArn()).body(Campaign.class);
    return DescribeCampaignResponse.builder().campaign(campaign).build();
  }

  ListCampaignsResponse list(ReadTx tx, ListCampaignsRequest r) {
    Page<CampaignSummary> page =
        ctx.page(
            tx,
            "ListCampaigns",
            TYPE,
            r.solutionArn(),
            r.maxResults(),
            r.nextToken(),
            CampaignSummary.class);
    return ListCampaignsResponse.builder()
        .campaigns(page.items())
        .nextToken(page.nextToken())
        .build();
  }

  DeleteCampaignResponse delete(WriteTx tx, DeleteCampaignRequest r, Instant now) {
    ResourceRecord record = ctx.resources.require(tx, TYPE, r.campaignArn());
    OpsContext.requireSettledForDelete(record);
    CampaignUpdateSummary update = record.body(Campaign.class).latestCampaignUpdate();
    if (update != null && Status.isTransitional(update.status())) {
      throw ResourceInUseException.of(record.arn(), "an update of the campaign is in progress");
    }
    ctx.startDelete(tx, record, now);
    return DeleteCampaignResponse.builder().build();
  }
}
