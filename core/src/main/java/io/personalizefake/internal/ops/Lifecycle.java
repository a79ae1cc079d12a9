package io.personalizefake.internal.ops;

import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.internal.store.DueEntry;
import io.personalizefake.internal.store.Kinds;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.internal.store.Resources;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Moves resources through their lifecycles as time passes. Every status change is a planned {@link
 * Step} with a delay; the first step of each resource has a due time in the store's due index.
 * Settling applies every step that is due, in due-time order (ties: creation order), and records
 * the step's due time (not the time of the call that settled it) as {@code lastUpdatedDateTime}.
 * Nothing runs in the background: the same calls and clock readings always give the same states.
 */
public final class Lifecycle {

  /** What a resource type does beyond changing its status. */
  public interface Hooks {
    /** Called before a create ends ACTIVE: a reason to end in CREATE FAILED instead, or null. */
    default @Nullable String failureBeforeActive(WriteTx tx, ResourceRecord record) {
      return null;
    }

    /** Applies a step of a campaign's update in flight to the campaign's body. */
    default Object applyUpdateStep(
        ResourceRecord record, Status status, Instant at, @Nullable String reason) {
      throw new IllegalStateException(record.type() + " has no updates");
    }

    /** Called after a step was applied; {@code record} is as stored now. */
    default void afterStep(WriteTx tx, ResourceRecord record, Status reached) {}

    /** Called just before the resource is removed at the end of its deletion. */
    default void beforeRemoval(WriteTx tx, ResourceRecord record) {}
  }

  private static final Hooks NO_HOOKS = new Hooks() {};

  private final Timings timings;
  private final Map<ResourceType, Hooks> hooks = new EnumMap<>(ResourceType.class);

  public Lifecycle(Timings timings) {
    this.timings = timings;
  }

  public void register(ResourceType type, Hooks typeHooks) {
    hooks.put(type, typeHooks);
  }

  private Hooks hooks(ResourceType type) {
    return hooks.getOrDefault(type, NO_HOOKS);
  }

  public Timings timings() {
    return timings;
  }

  /**
   * The steps of a create: CREATE IN_PROGRESS, then ACTIVE (or CREATE FAILED with {@code
   * failureReason}), each after the time {@link Timings} gives.
   */
  public List<Step> createPlan(ResourceType type, @Nullable String failureReason) {
    return createPlan(type, timings.duration(type, Phase.CREATE_IN_PROGRESS), failureReason);
  }

  /** As {@link #createPlan(ResourceType, String)}, with the in-progress time given. */
  public List<Step> createPlan(
      ResourceType type, Optional<Duration> inProgress, @Nullable String failureReason) {
    Duration pending = timings.duration(type, Phase.CREATE_PENDING).orElse(null);
    Step last =
        failureReason == null
            ? new Step(Status.ACTIVE, inProgress.orElse(null), null, false)
            : new Step(Status.CREATE_FAILED, inProgress.orElse(null), failureReason, false);
    return List.of(new Step(Status.CREATE_IN_PROGRESS, pending, null, false), last);
  }

  /** The steps of a campaign update, marked to move {@code latestCampaignUpdate}. */
  public List<Step> updatePlan(@Nullable String failureReason) {
    List<Step> plan = createPlan(ResourceType.CAMPAIGN_UPDATE, failureReason);
    List<Step> marked = new ArrayList<>(plan.size());
    for (Step s : plan) {
      marked.add(new Step(s.status(), s.delay(), s.failureReason(), true));
    }
    return marked;
  }

  /**
   * The steps of a delete that started now: DELETE IN_PROGRESS where the type has it, then gone.
   */
  public List<Step> deletePlan(ResourceType type) {
    Duration pending = timings.duration(type, Phase.DELETE_PENDING).orElse(null);
    if (!type.deletesInProgress()) {
      return List.of(Step.removal(pending));
    }
    Duration inProgress = timings.duration(type, Phase.DELETE_IN_PROGRESS).orElse(null);
    return List.of(
        new Step(Status.DELETE_IN_PROGRESS, pending, null, false), Step.removal(inProgress));
  }

  /** When the first of {@code plan} is due if the previous change happened at {@code at}. */
  public static @Nullable Instant firstDue(List<Step> plan, Instant at) {
    if (plan.isEmpty() || plan.get(0).delay() == null) {
      return null;
    }
    return at.plus(plan.get(0).delay());
  }

  /** Whether any step of the scope is due at {@code now}. */
  public boolean anythingDue(ReadTx tx, Resources resources, Instant now) {
    DueEntry first = resources.firstDue(tx);
    return first != null && Resources.dueMillis(first) <= now.toEpochMilli();
  }

  /** Applies every step of the scope that is due at {@code now}, in order. */
  public void settle(WriteTx tx, Resources resources, Instant now) {
    long limit = now.toEpochMilli();
    while (true) {
      DueEntry first = resources.firstDue(tx);
      if (first == null || Resources.dueMillis(first) > limit) {
        return;
      }
      ResourceRecord record = (ResourceRecord) tx.get(resources.key(first.arn()));
      if (record == null || record.nextDue() == null) {
        throw new IllegalStateException("due entry without a due resource: " + first);
      }
      fire(tx, resources, record, record.nextDue());
    }
  }

  /**
   * Applies the first planned step of {@code record} at {@code at}. Returns the record as it is
   * stored afterwards, or null when the step removed it.
   */
  public @Nullable ResourceRecord fire(
      WriteTx tx, Resources resources, ResourceRecord record, Instant at) {
    Step step = record.nextStep();
    if (step == null) {
      return record;
    }
    List<Step> rest = record.plan().subList(1, record.plan().size());
    Hooks h = hooks(record.type());
    if (step.removes()) {
      h.beforeRemoval(tx, record);
      // the hook may have removed children; the record itself is still the one we hold
      resources.remove(tx, record);
      return null;
    }
    Status status = step.status();
    String reason = step.failureReason();
    if (status == Status.ACTIVE) {
      String failure = h.failureBeforeActive(tx, record);
      if (failure != null) {
        status = Status.CREATE_FAILED;
        reason = failure;
      }
    }
    Object body =
        step.onUpdate()
            ? h.applyUpdateStep(record, status, at, reason)
            : Kinds.of(record.type()).withStatus(record.body(), status.wire(), at, reason);
    List<Step> remaining = status == Status.CREATE_FAILED ? List.of() : rest;
    ResourceRecord updated = record.withBody(body).withPlan(remaining, firstDue(remaining, at));
    resources.replace(tx, record, updated);
    h.afterStep(tx, updated, status);
    return updated;
  }
}
