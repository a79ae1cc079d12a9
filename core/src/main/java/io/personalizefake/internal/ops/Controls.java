package io.personalizefake.internal.ops;

import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.internal.store.Resources;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.KeyRange;
import io.personalizefake.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The test controls of one account and region, beside its {@link ServiceImpl}: they reach into the
 * lifecycle and the fault records that no operation of the service shows. Each runs as one unit of
 * work after settling what is due, like an operation.
 */
public final class Controls {

  private final Storage storage;
  private final Clock clock;
  private final OpsContext ctx;
  private final SolutionVersionOps versions;

  public Controls(Storage storage, Clock clock, OpsContext ctx) {
    this.storage = storage;
    this.clock = clock;
    this.ctx = ctx;
    this.versions = new SolutionVersionOps(ctx, new SolutionOps(ctx));
  }

  /** Sets what GetSolutionMetrics returns for an existing solution version. */
  public void setMetrics(String solutionVersionArn, Map<String, Double> metrics) {
    storage.write(
        tx -> {
          ctx.lifecycle.settle(tx, ctx.resources, clock.instant());
          versions.setMetrics(tx, solutionVersionArn, metrics);
          return null;
        });
  }

  /** Makes the next {@code count} creates of {@code type} fail; the key of the stored rule. */
  public Key failCreates(ResourceType type, String reason, long count) {
    return storage.write(tx -> ctx.faults.failNext(tx, type, reason, count));
  }

  /**
   * Makes the resource {@code arn} end in CREATE FAILED: a rule for its create when it does not
   * exist (its key is returned), or, when it is in flight, its step to ACTIVE turned into CREATE
   * FAILED (null is returned).
   */
  public @Nullable Key failCreateOf(String arn, String reason) {
    return storage.write(
        tx -> {
          ctx.lifecycle.settle(tx, ctx.resources, clock.instant());
          if (!(tx.get(ctx.resources.key(arn)) instanceof ResourceRecord r)) {
            return ctx.faults.failCreateOf(tx, arn, reason);
          }
          List<Step> plan = new ArrayList<>(r.plan());
          for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).status() == Status.ACTIVE) {
              plan.set(i, plan.get(i).failing(reason));
              ctx.resources.replace(tx, r, r.withPlan(plan, r.nextDue()));
              return null;
            }
          }
          throw new IllegalStateException(
              arn + " is " + OpsContext.status(r) + ": nothing of it is in flight that could fail");
        });
  }

  /**
   * Fires the next planned step of {@code arn} now, whatever its due time; false when nothing is
   * planned for it.
   */
  public boolean fireNext(String arn) {
    return storage.write(
        tx -> {
          Instant now = clock.instant();
          ctx.lifecycle.settle(tx, ctx.resources, now);
          if (!(tx.get(ctx.resources.key(arn)) instanceof ResourceRecord r)) {
            throw new IllegalArgumentException(
                "no resource " + arn + " in " + ctx.accountId + "/" + ctx.region);
          }
          if (r.nextStep() == null) {
            return false;
          }
          ctx.lifecycle.fire(tx, ctx.resources, r, now);
          return true;
        });
  }

  /** The stored resource {@code arn} after settling, or null. */
  public @Nullable ResourceRecord settledRecord(String arn) {
    return storage.write(
        tx -> {
          ctx.lifecycle.settle(tx, ctx.resources, clock.instant());
          return tx.get(ctx.resources.key(arn)) instanceof ResourceRecord r ? r : null;
        });
  }

  /** The earliest due time of a planned step in this region, or null. */
  public @Nullable Instant firstDue() {
    return storage.read(
        tx -> {
          var first = ctx.resources.firstDue(tx);
          return first == null ? null : Instant.ofEpochMilli(Resources.dueMillis(first));
        });
  }

  /** A resource of this region with a step that waits for a test control, oldest first, or null. */
  public @Nullable ResourceRecord firstWaiting() {
    return storage.read(
        tx ->
            tx.scan(KeyRange.all(ctx.resources.scope(), ResourceRecord.KIND))
                .map(ResourceRecord.class::cast)
                .filter(r -> r.nextStep() != null && r.nextDue() == null)
                .min(Comparator.comparingLong(ResourceRecord::seq))
                .orElse(null));
  }

  /** Applies every transition that is due now. */
  public void settle() {
    storage.write(
        tx -> {
          ctx.lifecycle.settle(tx, ctx.resources, clock.instant());
          return null;
        });
  }
}
