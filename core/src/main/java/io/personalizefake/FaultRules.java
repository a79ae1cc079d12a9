package io.personalizefake;

import io.personalizefake.model.ResourceType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Faults a test injects into a fake, at the level of the domain, so that they act the same in
 * process, through the SDK bridge and over HTTP, and through any {@link FakeAdmin}:
 *
 * <ul>
 *   <li>creates that end in {@code CREATE FAILED}: the next N creates of a resource type, the
 *       create of one named resource, or campaign updates ({@link ResourceType#CAMPAIGN_UPDATE});
 *   <li>operations that raise an AWS error, for the next N calls or every n-th call.
 * </ul>
 *
 * <pre>{@code
 * fake.faults().failCreates(ResourceType.SOLUTION_VERSION, "Insufficient data", 1);
 * fake.faults().raise("LimitExceededException").on("CreateCampaign").times(2);
 * fake.faults().raise("ThrottlingException").on("DescribeCampaign").everyNthCall(3);
 * }</pre>
 *
 * Create failures are kept in the fake's store with its resources (so they survive a reopened MapDB
 * store and are part of a snapshot); operation errors live in memory. {@link #clear()} and {@link
 * FakeAdmin#reset()} remove both.
 */
public final class FaultRules {

  private final FakeAdmin admin;

  FaultRules(FakeAdmin admin) {
    this.admin = Objects.requireNonNull(admin, "admin");
  }

  /**
   * Makes the next {@code times} creates of {@code type} in the fake's region end in CREATE FAILED
   * with {@code failureReason}, replacing an earlier rule for the same type. {@link
   * ResourceType#CAMPAIGN_UPDATE} makes campaign updates fail.
   */
  public FaultRule failCreates(ResourceType type, String failureReason, long times) {
    return admin.failCreates(admin.region(), type, failureReason, times);
  }

  /** As {@link #failCreates(ResourceType, String, long)}, in another region of the fake. */
  public FaultRule failCreates(String region, ResourceType type, String failureReason, long times) {
    return admin.failCreates(region, type, failureReason, times);
  }

  /** See {@link FakeAdmin#failCreateOf(String, String)}. */
  public FaultRule failCreateOf(String arn, String failureReason) {
    return admin.failCreateOf(arn, failureReason);
  }

  /**
   * Starts an operation-error rule: {@code
   * raise("ResourceInUseException").on("DeleteDataset").once()}.
   */
  public OperationErrorBuilder raise(String errorCode) {
    FaultEngine.requireCode(errorCode);
    return new OperationErrorBuilder(errorCode);
  }

  /** Every rule in force: create failures of every region first, then operation errors. */
  public List<FaultRule> list() {
    return admin.faultRules();
  }

  /** Removes the rule with {@code id}; false when there is none. */
  public boolean remove(String id) {
    return admin.removeFaultRule(id);
  }

  /** Removes every rule. */
  public void clear() {
    admin.clearFaultRules();
  }

  /** Builds an operation-error rule; a terminal method installs it. */
  public final class OperationErrorBuilder {
    private final String errorCode;
    private @Nullable String operation;
    private @Nullable String message;
    private @Nullable Integer status;

    private OperationErrorBuilder(String errorCode) {
      this.errorCode = errorCode;
    }

    /**
     * The operation, by its API name ({@code CreateSolution}) or SDK method name ({@code
     * createSolution}).
     */
    public OperationErrorBuilder on(String operation) {
      this.operation = FaultEngine.operationName(operation);
      return this;
    }

    /** The error message; default an AWS-like message for the code. */
    public OperationErrorBuilder withMessage(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * The HTTP status over the wire, for codes outside the model; default 500 for {@code
     * InternalFailure}, 503 for {@code ServiceUnavailable}, else 400.
     */
    public OperationErrorBuilder withHttpStatus(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error's HTTP status is 4xx or 5xx: " + status);
      }
      this.status = status;
      return this;
    }

    /** The next call raises the error. */
    public FaultRule once() {
      return install(1, 1);
    }

    /** The next {@code times} calls raise the error. */
    public FaultRule times(long times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1: " + times);
      }
      return install(times, 1);
    }

    /**
     * Every {@code n}-th call from now on raises the error (the n-th, the 2n-th, ...), until
     * removed.
     */
    public FaultRule everyNthCall(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1: " + n);
      }
      return install(-1, n);
    }

    /** Every call raises the error until the rule is removed. */
    public FaultRule always() {
      return install(-1, 1);
    }

    private FaultRule install(long times, int every) {
      if (operation == null) {
        throw new IllegalStateException(
            "name the operation first: raise(\"" + errorCode + "\").on(\"CreateSolution\")");
      }
      return admin.addOperationError(
          new OperationError(operation, errorCode, message, status, times, every));
    }
  }
}
