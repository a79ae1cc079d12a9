package io.personalizefake;

import io.personalizefake.error.InjectedServiceException;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.ops.CallHooks;
import io.personalizefake.internal.store.FaultRecord;
import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Faults a test injects into a fake, at the level of the domain, so that they act the same in
 * process, through the SDK bridge and over HTTP:
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
 * PersonalizeFake#reset()} remove both.
 */
public final class FaultRules {

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9.]{0,99}");
  private static final String CREATE = "create:";
  private static final String ERROR = "error:";

  private final PersonalizeFake fake;
  private final CopyOnWriteArrayList<OperationRule> operationRules = new CopyOnWriteArrayList<>();
  private final AtomicLong nextRuleId = new AtomicLong(1);

  FaultRules(PersonalizeFake fake) {
    this.fake = fake;
  }

  /**
   * Makes the next {@code times} creates of {@code type} in the fake's region end in CREATE FAILED
   * with {@code failureReason}, replacing an earlier rule for the same type. {@link
   * ResourceType#CAMPAIGN_UPDATE} makes campaign updates fail.
   */
  public FaultRule failCreates(ResourceType type, String failureReason, long times) {
    return failCreates(fake.region(), type, failureReason, times);
  }

  /** As {@link #failCreates(ResourceType, String, long)}, in another region of the fake. */
  public FaultRule failCreates(String region, ResourceType type, String failureReason, long times) {
    Objects.requireNonNull(type, "type");
    requireReason(failureReason);
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    Key key = fake.impl(region).failCreates(type, failureReason, times);
    return createRule(key, failureReason, times);
  }

  /**
   * Makes one resource, named by its ARN, end in CREATE FAILED with {@code failureReason}: if it
   * does not exist yet, its create will fail; if it is being created (or, for a campaign, being
   * updated), the step that would make it ACTIVE makes it CREATE FAILED instead, and the returned
   * rule has nothing {@linkplain FaultRule#remaining() remaining}.
   *
   * @throws IllegalStateException when the resource exists and nothing of it is in flight
   */
  public FaultRule failCreateOf(String arn, String failureReason) {
    requireReason(failureReason);
    String region = PersonalizeFake.regionOf(arn);
    Key key = fake.impl(region).failCreateOf(arn, failureReason);
    return key == null
        ? new FaultRule(
            CREATE + region + ":" + arn,
            FaultRule.Kind.CREATE_FAILURE,
            arn,
            region,
            null,
            failureReason,
            0,
            1)
        : createRule(key, failureReason, 1);
  }

  /**
   * Starts an operation-error rule: {@code
   * raise("ResourceInUseException").on("DeleteDataset").once()}.
   */
  public OperationErrorBuilder raise(String errorCode) {
    if (!CODE.matcher(errorCode).matches()) {
      throw new IllegalArgumentException("not an AWS error code: " + errorCode);
    }
    return new OperationErrorBuilder(errorCode);
  }

  /** Every rule in force: create failures of every region first, then operation errors. */
  public List<FaultRule> list() {
    List<FaultRule> rules = new ArrayList<>();
    fake.storage()
        .read(
            tx -> {
              tx.scanAll()
                  .filter(FaultRecord.class::isInstance)
                  .map(FaultRecord.class::cast)
                  .forEach(r -> rules.add(createRule(r.key(), r.reason(), r.remaining())));
              return null;
            });
    operationRules.forEach(r -> rules.add(r.describe()));
    return List.copyOf(rules);
  }

  /** Removes the rule with {@code id}; false when there is none. */
  public boolean remove(String id) {
    if (id.startsWith(ERROR)) {
      return operationRules.removeIf(r -> r.id.equals(id));
    }
    if (!id.startsWith(CREATE)) {
      return false;
    }
    String rest = id.substring(CREATE.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      return false;
    }
    Key key =
        new Key(
            fake.accountId() + "/" + rest.substring(0, colon),
            FaultRecord.KIND,
            rest.substring(colon + 1));
    return fake.storage()
        .write(
            tx -> {
              if (tx.get(key) == null) {
                return false;
              }
              tx.delete(key);
              return true;
            });
  }

  /** Removes every rule. */
  public void clear() {
    operationRules.clear();
    fake.storage()
        .write(
            tx -> {
              tx.scanAll()
                  .filter(FaultRecord.class::isInstance)
                  .map(StoredRecord::key)
                  .toList()
                  .forEach(tx::delete);
              return null;
            });
  }

  void clearOperationRules() {
    operationRules.clear();
  }

  private FaultRule createRule(Key key, String reason, long remaining) {
    String region = key.scope().substring(key.scope().indexOf('/') + 1);
    return new FaultRule(
        CREATE + region + ":" + key.id(),
        FaultRule.Kind.CREATE_FAILURE,
        key.id(),
        region,
        null,
        reason,
        remaining,
        1);
  }

  private static void requireReason(String failureReason) {
    if (failureReason == null || failureReason.isEmpty()) {
      throw new IllegalArgumentException("a failure reason is required");
    }
  }

  /** The hook that raises operation errors before a call runs. */
  CallHooks hooks() {
    return new CallHooks() {
      @Override
      public void before(String region, String operation, Object request) {
        if (operationRules.isEmpty()) {
          return;
        }
        for (OperationRule rule : operationRules) {
          if (rule.operation.equals(operation) && rule.fires()) {
            if (rule.exhausted()) {
              operationRules.remove(rule);
            }
            throw rule.error();
          }
        }
      }
    };
  }

  /** Builds an operation-error rule; a terminal method installs it. */
  public final class OperationErrorBuilder {
    private final String errorCode;
    private @Nullable String operation;
    private @Nullable String message;
    private int status;

    private OperationErrorBuilder(String errorCode) {
      this.errorCode = errorCode;
      this.status = defaultStatus(errorCode);
    }

    /**
     * The operation, by its API name ({@code CreateSolution}) or SDK method name ({@code
     * createSolution}).
     */
    public OperationErrorBuilder on(String operation) {
      this.operation = operationName(operation);
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
      String text = message != null ? message : defaultMessage(errorCode, operation);
      OperationRule rule =
          new OperationRule(
              ERROR + nextRuleId.getAndIncrement(),
              operation,
              errorCode,
              text,
              status,
              times,
              every);
      operationRules.add(rule);
      return rule.describe();
    }
  }

  private static String operationName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an operation name is required");
    }
    String op = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    if (!ServiceModel.get().operations().containsKey(op)) {
      throw new IllegalArgumentException(
          "no operation " + name + " in Amazon Personalize's control plane");
    }
    return op;
  }

  private static int defaultStatus(String code) {
    return switch (code) {
      case "InternalFailure", "InternalServerError", "InternalServerException" -> 500;
      case "ServiceUnavailable", "ServiceUnavailableException" -> 503;
      default -> 400;
    };
  }

  private static String defaultMessage(String code, String operation) {
    return switch (code) {
      case "ThrottlingException", "Throttling", "TooManyRequestsException" -> "Rate exceeded";
      case "LimitExceededException" -> "You have exceeded a quota for " + operation + ".";
      default -> code + " injected into " + operation + " by a fault rule.";
    };
  }

  /** The exception a rule raises: the model's own class for its codes, else a generic one. */
  static PersonalizeFakeException error(String code, String message, int status) {
    return switch (code) {
      case InvalidInputException.CODE -> new InvalidInputException(message);
      case ResourceNotFoundException.CODE -> new ResourceNotFoundException(message);
      case ResourceAlreadyExistsException.CODE -> new ResourceAlreadyExistsException(message);
      case ResourceInUseException.CODE -> new ResourceInUseException(message);
      case LimitExceededException.CODE -> new LimitExceededException(message);
      case InvalidNextTokenException.CODE -> new InvalidNextTokenException(message);
      default -> new InjectedServiceException(code, message, status);
    };
  }

  private static final class OperationRule {
    final String id;
    final String operation;
    final String errorCode;
    final String message;
    final int status;
    final int every;
    private long remaining;
    private long seen;

    OperationRule(
        String id,
        String operation,
        String errorCode,
        String message,
        int status,
        long remaining,
        int every) {
      this.id = id;
      this.operation = operation;
      this.errorCode = errorCode;
      this.message = message;
      this.status = status;
      this.remaining = remaining;
      this.every = every;
    }

    /** Counts a matching call; true when this one raises the error. */
    synchronized boolean fires() {
      if (remaining == 0) {
        return false;
      }
      seen++;
      if (seen % every != 0) {
        return false;
      }
      if (remaining > 0) {
        remaining--;
      }
      return true;
    }

    synchronized boolean exhausted() {
      return remaining == 0;
    }

    PersonalizeFakeException error() {
      return FaultRules.error(errorCode, message, status);
    }

    synchronized FaultRule describe() {
      return new FaultRule(
          id,
          FaultRule.Kind.OPERATION_ERROR,
          operation,
          null,
          errorCode,
          message,
          remaining,
          every);
    }
  }
}
