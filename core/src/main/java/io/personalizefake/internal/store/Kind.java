package io.personalizefake.internal.store;

import io.personalizefake.model.ResourceType;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the generic machinery (storage, lifecycles, lists) needs to know about one resource type:
 * how to read its ARN, creation time and status from its Describe shape, how to move its status,
 * under which parent ARN it is listed, and how it looks in a List reply.
 */
public final class Kind<B> {

  /** Returns the body with a new status, {@code lastUpdatedDateTime} and failure reason. */
  @FunctionalInterface
  public interface StatusChange<B> {
    B apply(B body, String status, Instant at, @Nullable String failureReason);
  }

  private final ResourceType type;
  private final Class<B> bodyClass;
  private final Function<B, String> arn;
  private final Function<B, Instant> created;
  private final Function<B, @Nullable String> status;
  private final StatusChange<B> changeStatus;
  private final Function<B, @Nullable String> listParent;
  private final Function<B, ?> summary;

  /**
   * The kind of {@code type}, whose ARN, status and summary come from the type's facts; what the
   * store needs besides is given here.
   */
  Kind(
      ResourceType type,
      Class<B> bodyClass,
      Function<B, Instant> created,
      StatusChange<B> changeStatus,
      Function<B, @Nullable String> listParent) {
    this.type = type;
    this.bodyClass = bodyClass;
    this.arn = b -> java.util.Objects.requireNonNull(type.arnOf(b), "arn");
    this.created = created;
    this.status = type::statusOf;
    this.changeStatus = changeStatus;
    this.listParent = listParent;
    this.summary = type::summaryOf;
  }

  public ResourceType type() {
    return type;
  }

  public Class<B> bodyClass() {
    return bodyClass;
  }

  public String arn(Object body) {
    return arn.apply(bodyClass.cast(body));
  }

  public Instant created(Object body) {
    return created.apply(bodyClass.cast(body));
  }

  public @Nullable String status(Object body) {
    return status.apply(bodyClass.cast(body));
  }

  public B withStatus(Object body, String newStatus, Instant at, @Nullable String failureReason) {
    return changeStatus.apply(bodyClass.cast(body), newStatus, at, failureReason);
  }

  /** The ARN of the parent that the List operation of this type filters by, or null. */
  public @Nullable String listParent(Object body) {
    return listParent.apply(bodyClass.cast(body));
  }

  public Object summary(Object body) {
    return summary.apply(bodyClass.cast(body));
  }
}
