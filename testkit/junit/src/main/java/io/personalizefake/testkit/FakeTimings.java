package io.personalizefake.testkit;

import io.personalizefake.config.Timings;

/** The timings a test's fake runs with. */
public enum FakeTimings {
  /** Every status change is due at once: Create and Delete behave as if synchronous. */
  INSTANT,
  /** Durations close to the real service's; a test moves time with the fake clock or waiters. */
  REALISTIC,
  /**
   * Nothing is ever due; only test controls ({@code fake.advance(arn)}, {@code settleAll()}) move
   * state.
   */
  MANUAL;

  Timings timings() {
    return switch (this) {
      case INSTANT -> Timings.instant();
      case REALISTIC -> Timings.realistic();
      case MANUAL -> Timings.manual();
    };
  }
}
