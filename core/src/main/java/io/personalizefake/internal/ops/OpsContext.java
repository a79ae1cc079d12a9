package io.personalizefake.internal.ops;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager;
import io.personalizefake.internal.store.Ids;
import io.personalizefake.internal.store.Kind;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.internal.store.Resources;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the operations of one account and region share: the resources in the store, the ARN
 * mint, the lifecycle engine, quotas, ids and the pager; and the guards that several operations
 * use, each named after what it demands.
 */
public final class OpsContext {

  final String accountId;
  final String region;
  final Resources resources;
  final Arns arns;
  final Lifecycle lifecycle;
  final LiveQuotas quotas;
  final Ids ids;
  final Pager pager;
  final Faults faults;

  public OpsContext(
      String partition,
      String accountId,
      String region,
      Lifecycle lifecycle,
      LiveQuotas quotas,
      Ids ids) {
    this.accountId = accountId;
    this.region = region;
    String scope = accountId + "/" + region;
    this.resources = new Resources(scope);
    this.arns = new Arns(partition, region, accountId);
    this.lifecycle = lifecycle;
    this.quotas = quotas;
    this.ids = ids;
    this.pager = new Pager(scope);
    this.faults = new Faults(scope);
  }

  public Resources resources() {
    return resources;
  }

  public Faults faults() {
    return faults;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  /** The status of a stored resource as its wire string (null for schemas). */
  static @Nullable String status(ResourceRecord r) {
    return Kinds.of(r.type()).status(r.body());
  }

  /**
   * One page of a List operation over resources of {@code type}, optionally under the parent {@code
   * filter}, as summaries: the one way every List of stored resources pages.
   */
  <S> Pager.Page<S> page(
      ReadTx tx,
      String operation,
      ResourceType type,
      @Nullable String filter,
      @Nullable Integer maxResults,
      @Nullable String nextToken,
      Class<S> summaryType) {
    String after = pager.start(operation, filter, nextToken);
    Kind<?> kind = Kinds.of(type);
    return pager.page(
        operation,
        filter,
        maxResults,
        resources.list(tx, type, filter, after),
        resources::sortKey,
        rec -> summaryType.cast(kind.summary(rec.body())));
  }

  /** A referenced resource must be ACTIVE to be used as a parent or reference. */
  static void requireActive(ResourceRecord r) {
    String s = status(r);
    if (!Status.isActive(s)) {
      throw ResourceInUseException.of(r.arn(), "its status is " + s + ", not ACTIVE");
    }
  }

  /**
   * A solution version is usable by a campaign or batch job when it is ACTIVE and its solution is
   * not being deleted: the version goes away with the solution, so it is a reference being deleted.
   */
  void requireUsableVersion(ReadTx tx, ResourceRecord version) {
    requireActive(version);
    ResourceRecord solution =
        resources.find(tx, ResourceType.SOLUTION, Arns.solutionOfVersion(version.arn()));
    if (solution == null || Status.isDeleting(status(solution))) {
      throw ResourceInUseException.of(version.arn(), "its solution is being deleted");
    }
  }

  /** Only ACTIVE or CREATE FAILED resources can be deleted. */
  static void requireSettledForDelete(ResourceRecord r) {
    String s = status(r);
    if (Status.isTransitional(s)) {
      throw ResourceInUseException.of(r.arn(), "it is still being created (" + s + ")");
    }
    if (Status.isDeleting(s)) {
      throw ResourceInUseException.of(r.arn(), "it is already being deleted (" + s + ")");
    }
  }

  /** A create would go beyond the quota of live resources of {@code type}. */
  void requireBelowQuota(WriteTx tx, ResourceType type, Quota quota) {
    long limit = quotas.get(quota);
    if (resources.liveCount(tx, type) >= limit) {
      throw LimitExceededException.of(limit, quota.quotaName());
    }
  }

  /** A create would go beyond the quota of transitional resources of {@code type}. */
  void requireBelowTransitionalQuota(WriteTx tx, ResourceType type, Quota quota) {
    long limit = quotas.get(quota);
    if (resources.transitionalCount(tx, type) >= limit) {
      throw LimitExceededException.of(limit, quota.quotaName());
    }
  }

  /**
   * Stores a new resource in CREATE PENDING (its body already says so) with its create plan.
   * Schemas, which have no status, get no plan.
   */
  ResourceRecord create(
      WriteTx tx,
      ResourceType type,
      String arn,
      Object body,
      List<io.personalizefake.internal.lifecycle.Step> plan,
      Instant now) {
    long seq = ids.nextSeq(tx);
    ResourceRecord r =
        new ResourceRecord(
            new Key(resources.scope(), ResourceRecord.KIND, arn),
            type,
            arn,
            seq,
            body,
            plan,
            Lifecycle.firstDue(plan, now));
    resources.insert(tx, r);
    return r;
  }

  /**
   * Stores a new resource in CREATE PENDING with the create plan of its type, which ends in CREATE
   * FAILED when a fault rule claims this create.
   */
  ResourceRecord createPlanned(
      WriteTx tx, ResourceType type, String arn, Object body, Instant now) {
    return create(
        tx, type, arn, body, lifecycle.createPlan(type, faults.createFailure(tx, type, arn)), now);
  }

  /** Starts the deletion of {@code r}: DELETE PENDING now, then the delete plan of its type. */
  void startDelete(WriteTx tx, ResourceRecord r, Instant now) {
    var plan = lifecycle.deletePlan(r.type());
    Object body = Kinds.of(r.type()).withStatus(r.body(), Status.DELETE_PENDING.wire(), now, null);
    ResourceRecord updated = r.withBody(body).withPlan(plan, Lifecycle.firstDue(plan, now));
    resources.replace(tx, r, updated);
  }
}
