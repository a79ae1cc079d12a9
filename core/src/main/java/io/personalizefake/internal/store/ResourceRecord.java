package io.personalizefake.internal.store;

import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored resource: its Describe shape as the service returns it (status and timestamps included,
 * so a Describe copies nothing), its creation sequence number, and the status changes still planned
 * for it.
 *
 * @param seq the creation order within the fake; breaks ties between equal due times
 * @param body the model type that Describe returns (e.g. {@code DatasetGroup})
 * @param plan the planned steps, in order
 * @param nextDue when the first planned step is due; null when it waits for a test control
 */
public record ResourceRecord(
    Key key,
    ResourceType type,
    String arn,
    long seq,
    Object body,
    List<Step> plan,
    @Nullable Instant nextDue)
    implements StoredRecord {

  public static final String KIND = "r";

  public ResourceRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(body, "body");
    plan = List.copyOf(plan);
    if (!key.kind().equals(KIND) || !key.id().equals(arn)) {
      throw new IllegalArgumentException("key " + key + " does not fit " + arn);
    }
    if (plan.isEmpty() && nextDue != null) {
      throw new IllegalArgumentException("a due time without a planned step: " + arn);
    }
  }

  public <B> B body(Class<B> type) {
    return type.cast(body);
  }

  public @Nullable Step nextStep() {
    return plan.isEmpty() ? null : plan.get(0);
  }

  public ResourceRecord withBody(Object newBody) {
    return new ResourceRecord(key, type, arn, seq, newBody, plan, nextDue);
  }

  public ResourceRecord withPlan(List<Step> newPlan, @Nullable Instant due) {
    return new ResourceRecord(key, type, arn, seq, body, newPlan, due);
  }
}
