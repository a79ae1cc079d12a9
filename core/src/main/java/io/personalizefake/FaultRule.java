package io.personalizefake;

import org.jspecify.annotations.Nullable;

/**
 * One fault a test injected, as {@link FaultRules#list()} shows it.
 *
 * @param id what {@link FaultRules#remove(String)} takes
 * @param kind what the rule does
 * @param target the resource type name (e.g. {@code SOLUTION_VERSION}), the ARN of one resource, or
 *     the operation name (e.g. {@code CreateSolution})
 * @param region the region whose creates the rule affects; null for operation errors, which apply
 *     in every region
 * @param errorCode the AWS error code an operation raises; null for create failures
 * @param message the failure reason of a create, or the error message of an operation
 * @param remaining how many more times the rule fires; -1 when it fires until removed
 * @param everyNth an operation error fires on every n-th matching call (1: every call)
 */
public record FaultRule(
    String id,
    Kind kind,
    String target,
    @Nullable String region,
    @Nullable String errorCode,
    String message,
    long remaining,
    int everyNth) {

  /** What a rule does. */
  public enum Kind {
    /** Creates of a type, or of one resource, end in CREATE FAILED. */
    CREATE_FAILURE,
    /** Calls of an operation raise an AWS error and change nothing. */
    OPERATION_ERROR
  }

  /** Whether the rule fires until it is removed. */
  public boolean unlimited() {
    return remaining < 0;
  }
}
