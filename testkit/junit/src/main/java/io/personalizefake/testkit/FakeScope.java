package io.personalizefake.testkit;

/** How long one fake lives. */
public enum FakeScope {
  /** Each test method gets its own fake: tests are isolated and may run in parallel. */
  PER_TEST,
  /**
   * The tests of a class share one fake; fault rules and the journal are cleared before each test,
   * resources stay.
   */
  PER_CLASS
}
