package io.personalizefake;

import io.personalizefake.error.InjectedServiceException;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.InvalidNextTokenException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.error.ResourceNotFoundException;
import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.ops.CallHooks;
import io.personalizefake.internal.ops.Controls;
import io.personalizefake.internal.store.FaultRecord;
import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.Storage;
import io.personalizefake.spi.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fault rules of one fake: create failures, kept in its store with its resources (so that a
 * reopened MapDB store and a snapshot hold them), and operation errors, kept in memory. The hooks
 * raise an operation error before the call runs, so nothing changes.
 */
final class FaultEngine {

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9.]{0,99}");
  private static final String CREATE = "create:";
  private static final String ERROR = "error:";

  private final Storage storage;
  private final String accountId;
  private final Function<String, Controls> controls;
  private final CopyOnWriteArrayList<OperationRule> operationRules = new CopyOnWriteArrayList<>();
  private final AtomicLong nextRuleId = new AtomicLong(1);

  FaultEngine(Storage storage, String accountId, Function<String, Controls> controls) {
    this.storage = storage;
    this.accountId = accountId;
    this.controls = controls;
  }

  FaultRule failCreates(String region, ResourceType type, String failureReason, long times) {
    Objects.requireNonNull(type, "type");
    requireReason(failureReason);
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    Key key = controls.apply(region).failCreates(type, failureReason, times);
    return createRule(key, failureReason, times);
  }

  FaultRule failCreateOf(String arn, String failureReason) {
    requireReason(failureReason);
    String region = Arns.regionOf(arn);
    Key key = controls.apply(region).failCreateOf(arn, failureReason);
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

  FaultRule addOperationError(OperationError e) {
    if (e.errorCode() == null || !CODE.matcher(e.errorCode()).matches()) {
      throw new IllegalArgumentException("not an AWS error code: " + e.errorCode());
    }
    String operation = operationName(e.operation());
    int status = e.httpStatus() != null ? e.httpStatus() : defaultStatus(e.errorCode());
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error's HTTP status is 4xx or 5xx: " + status);
    }
    if (e.times() < 1 && e.times() != -1) {
      throw new IllegalArgumentException("times must be at least 1: " + e.times());
    }
    if (e.everyNth() < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + e.everyNth());
    }
    String text = e.message() != null ? e.message() : defaultMessage(e.errorCode(), operation);
    OperationRule rule =
        new OperationRule(
            ERROR + nextRuleId.getAndIncrement(),
            operation,
            e.errorCode(),
            text,
            status,
            e.times(),
            e.everyNth());
    operationRules.add(rule);
    return rule.describe();
  }

  /** Every rule in force: create failures of every region first, then operation errors. */
  List<FaultRule> list() {
    List<FaultRule> rules = new ArrayList<>();
    storage.read(
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
  boolean remove(String id) {
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
            accountId + "/" + rest.substring(0, colon),
            FaultRecord.KIND,
            rest.substring(colon + 1));
    return storage.write(
        tx -> {
          if (tx.get(key) == null) {
            return false;
          }
          tx.delete(key);
          return true;
        });
  }

  /** Removes every rule. */
  void clear() {
    operationRules.clear();
    storage.write(
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

  static String operationName(@Nullable String name) {
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

  static void requireCode(String errorCode) {
    if (!CODE.matcher(errorCode).matches()) {
      throw new IllegalArgumentException("not an AWS error code: " + errorCode);
    }
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
      return FaultEngine.error(errorCode, message, status);
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
