package io.personalizefake;

import org.jspecify.annotations.Nullable;

/**
 * What an operation-error rule raises: calls of {@code operation} fail with {@code errorCode} and
 * change nothing. {@link FaultRules#raise(String)} builds one.
 *
 * @param operation the operation's API name, e.g. {@code CreateCampaign}
 * @param errorCode the AWS error code, e.g. {@code ThrottlingException}
 * @param message the error message; null for an AWS-like message of the code
 * @param httpStatus the HTTP status over the wire; null for the code's own (500 for {@code
 *     InternalFailure}, 503 for {@code ServiceUnavailable}, else 400)
 * @param times how many calls fail; -1 until the rule is removed
 * @param everyNth every n-th matching call fails (1: every call)
 */
public record OperationError(
    String operation,
    String errorCode,
    @Nullable String message,
    @Nullable Integer httpStatus,
    long times,
    int everyNth) {}
