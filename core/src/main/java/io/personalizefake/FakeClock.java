package io.personalizefake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Clock} that tests control. It is either <em>frozen</em> (it moves only when told to,
 * which is what tests want) or <em>following</em> the system clock plus an offset that {@link
 * #advance} grows (what a long-running fake wants). It may also step forward by a fixed amount at
 * each read, so that a polling loop that never moves time still sees resources settle.
 *
 * <p>Thread-safe. Time has millisecond precision, as the service's timestamps have.
 */
public final class FakeClock extends Clock {

  private final Clock system;
  private final boolean frozen;

  /** Frozen: the current instant in epoch millis. Following: the offset to the system clock. */
  private final AtomicLong millis;

  private final long autoStepMillis;
  private final ZoneId zone;

  private FakeClock(
      Clock system, boolean frozen, AtomicLong millis, long autoStepMillis, ZoneId zone) {
    this.system = system;
    this.frozen = frozen;
    this.millis = millis;
    this.autoStepMillis = autoStepMillis;
    this.zone = zone;
  }

  /** A clock that stands still at {@code start} until it is advanced or set. */
  public static FakeClock frozenAt(Instant start) {
    return new FakeClock(
        Clock.systemUTC(), true, new AtomicLong(start.toEpochMilli()), 0, ZoneOffset.UTC);
  }

  /** A frozen clock at the current system time, truncated to the millisecond. */
  public static FakeClock frozen() {
    return frozenAt(Instant.now());
  }

  /** A clock that follows the system clock; {@link #advance} moves it ahead of it. */
  public static FakeClock following() {
    return following(Clock.systemUTC());
  }

  /** A clock that follows {@code base}; {@link #advance} moves it ahead of it. */
  public static FakeClock following(Clock base) {
    return new FakeClock(base, false, new AtomicLong(), 0, ZoneOffset.UTC);
  }

  /**
   * The same clock (sharing its time) that also steps forward by {@code step} after every read of
   * {@link #instant()}; a zero step turns auto-stepping off.
   */
  public FakeClock withAutoStep(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("auto-step must not be negative: " + step);
    }
    return new FakeClock(system, frozen, millis, step.toMillis(), zone);
  }

  /** Whether the clock moves only when told to. */
  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public Instant instant() {
    long now = autoStepMillis == 0 ? millis.get() : millis.getAndAdd(autoStepMillis);
    return Instant.ofEpochMilli(frozen ? now : system.millis() + now);
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  /** The current instant without auto-stepping. */
  public Instant peek() {
    long now = millis.get();
    return Instant.ofEpochMilli(frozen ? now : system.millis() + now);
  }

  /** Moves the clock forward by {@code amount} (not backward: time in the service only grows). */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a clock cannot go back: " + amount);
    }
    millis.addAndGet(amount.toMillis());
  }

  /**
   * Sets the clock to {@code instant}. Setting it to an earlier instant than it shows is refused,
   * because stored resources would otherwise be from the future.
   */
  public void set(Instant instant) {
    long target = instant.toEpochMilli();
    millis.updateAndGet(
        current -> {
          long shown = frozen ? current : system.millis() + current;
          if (target < shown) {
            throw new IllegalArgumentException(
                "a clock cannot go back: " + instant + " is before " + Instant.ofEpochMilli(shown));
          }
          return frozen ? target : target - system.millis();
        });
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's instant. */
  @Override
  public FakeClock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return zone.equals(this.zone)
        ? this
        : new FakeClock(system, frozen, millis, autoStepMillis, zone);
  }

  @Override
  public String toString() {
    return "FakeClock[" + (frozen ? "frozen" : "following") + ", " + peek() + "]";
  }
}
