package io.personalizefake.internal.ops;

import io.personalizefake.internal.store.FaultRecord;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.WriteTx;
import org.jspecify.annotations.Nullable;

/**
 * Failures injected by tests, kept in the store with everything else: the next N creates of a type,
 * or the create of one ARN, end in CREATE FAILED with a given reason.
 */
public final class Faults {

  private final String scope;

  Faults(String scope) {
    this.scope = scope;
  }

  /** Makes the next {@code count} creates of {@code type} fail with {@code reason}. */
  public Key failNext(WriteTx tx, ResourceType type, String reason, long count) {
    Key key = new Key(scope, FaultRecord.KIND, type.name());
    tx.put(new FaultRecord(key, reason, count));
    return key;
  }

  /** Makes the create of {@code arn} (a resource not created yet) fail with {@code reason}. */
  public Key failCreateOf(WriteTx tx, String arn, String reason) {
    Key key = new Key(scope, FaultRecord.KIND, arn);
    tx.put(new FaultRecord(key, reason, 1));
    return key;
  }

  /**
   * The failure reason injected for the create of {@code arn} of {@code type}, consuming the rule;
   * null when none applies.
   */
  @Nullable String createFailure(WriteTx tx, ResourceType type, String arn) {
    String reason = consume(tx, new Key(scope, FaultRecord.KIND, arn));
    return reason != null ? reason : consume(tx, new Key(scope, FaultRecord.KIND, type.name()));
  }

  private static @Nullable String consume(WriteTx tx, Key key) {
    if (!(tx.get(key) instanceof FaultRecord rule)) {
      return null;
    }
    if (rule.remaining() <= 1) {
      tx.delete(key);
    } else {
      tx.put(new FaultRecord(key, rule.reason(), rule.remaining() - 1));
    }
    return rule.reason();
  }
}
