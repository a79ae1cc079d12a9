package io.personalizefake.internal.ops;

import org.jspecify.annotations.Nullable;

/**
 * What the fake does around every call of {@link io.personalizefake.service.PersonalizeService}:
 * injected errors before the call runs, and the journal after it.
 */
public interface CallHooks {

  CallHooks NONE = new CallHooks() {};

  /** Runs before the call; throwing makes the call fail with that error and change nothing. */
  default void before(String region, String operation, Object request) {}

  /** Runs after the call with its response, or with the error it ended in. */
  default void after(
      String region,
      String operation,
      Object request,
      @Nullable Object response,
      @Nullable RuntimeException error) {}
}
