package io.personalizefake.storage.mapdb;

import java.time.Duration;
import java.util.Objects;

/**
 * When a write unit's changes reach the disk.
 *
 * <ul>
 *   <li>{@link #perCall()} (the default): a mutating call returns only once its changes are on the
 *       disk (fsync), so an acknowledged change is never lost. Concurrent calls share one fsync.
 *   <li>{@link #batched(Duration)}: a call returns at once; its changes are written and synced with
 *       the others of the same interval, and on close. A crash loses at most the last interval's
 *       calls, and never leaves files that do not open.
 * </ul>
 */
public final class Durability {

  private final Duration interval;

  private Durability(Duration interval) {
    this.interval = interval;
  }

  /** Every mutating call is durable before it returns. */
  public static Durability perCall() {
    return new Durability(Duration.ZERO);
  }

  /** Changes are synced at most every {@code interval} and on close. */
  public static Durability batched(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a batch interval must be positive: " + interval);
    }
    return new Durability(interval);
  }

  /** Whether calls wait for their changes to be synced. */
  public boolean isPerCall() {
    return interval.isZero();
  }

  /** The batch interval; zero for per-call durability. */
  public Duration interval() {
    return interval;
  }

  @Override
  public String toString() {
    return isPerCall() ? "per-call" : "batched(" + interval.toMillis() + " ms)";
  }
}
