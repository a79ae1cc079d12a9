package io.personalizefake.internal.lifecycle;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One planned status change of a resource (or of a campaign's update in flight): {@code delay}
 * after the previous change, it moves to {@code status}, or disappears when {@code status} is null.
 * A step without a delay waits until a test control fires it.
 *
 * @param onUpdate whether the step moves the campaign's {@code latestCampaignUpdate} rather than
 *     the resource itself
 */
public record Step(
    @Nullable Status status,
    @Nullable Duration delay,
    @Nullable String failureReason,
    boolean onUpdate) {

  /** A step that removes the resource. */
  public static Step removal(@Nullable Duration delay) {
    return new Step(null, delay, null, false);
  }

  public boolean removes() {
    return status == null;
  }

  /** The same step ending in CREATE FAILED with {@code reason} instead. */
  public Step failing(String reason) {
    return new Step(Status.CREATE_FAILED, delay, reason, onUpdate);
  }
}
