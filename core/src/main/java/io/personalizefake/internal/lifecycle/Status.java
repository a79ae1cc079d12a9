package io.personalizefake.internal.lifecycle;

import org.jspecify.annotations.Nullable;

/**
 * The statuses a resource shows, with their exact wire strings (note the spaces and underscores).
 */
public enum Status {
  CREATE_PENDING("CREATE PENDING"),
  CREATE_IN_PROGRESS("CREATE IN_PROGRESS"),
  ACTIVE("ACTIVE"),
  CREATE_FAILED("CREATE FAILED"),
  DELETE_PENDING("DELETE PENDING"),
  DELETE_IN_PROGRESS("DELETE IN_PROGRESS");

  private final String wire;

  Status(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The status with wire string {@code s}; null for null. */
  public static @Nullable Status of(@Nullable String s) {
    if (s == null) {
      return null;
    }
    for (Status status : values()) {
      if (status.wire.equals(s)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status " + s);
  }

  /** CREATE PENDING or CREATE IN_PROGRESS. */
  public boolean isTransitional() {
    return this == CREATE_PENDING || this == CREATE_IN_PROGRESS;
  }

  /** DELETE PENDING or DELETE IN_PROGRESS. */
  public boolean isDeleting() {
    return this == DELETE_PENDING || this == DELETE_IN_PROGRESS;
  }

  public static boolean isTransitional(@Nullable String s) {
    return CREATE_PENDING.wire.equals(s) || CREATE_IN_PROGRESS.wire.equals(s);
  }

  public static boolean isDeleting(@Nullable String s) {
    return DELETE_PENDING.wire.equals(s) || DELETE_IN_PROGRESS.wire.equals(s);
  }

  public static boolean isActive(@Nullable String s) {
    return ACTIVE.wire.equals(s);
  }
}
