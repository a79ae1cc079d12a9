package io.personalizefake.testkit;

/** Where a test's fake keeps its state. */
public enum FakeStorage {
  /** In memory ({@code personalize-fake-storage-memory}). */
  MEMORY("memory"),
  /**
   * In MapDB files in a temporary folder that is removed when the fake's test ends ({@code
   * personalize-fake-storage-mapdb} must be on the test class path).
   */
  MAPDB("mapdb");

  private final String providerName;

  FakeStorage(String providerName) {
    this.providerName = providerName;
  }

  String providerName() {
    return providerName;
  }
}
