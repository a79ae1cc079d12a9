package io.personalizefake.spi;

import java.util.Objects;

/**
 * The keys of one scope and kind whose id starts with {@code prefix} and comes after {@code after}
 * (exclusive; the empty string means from the first id of the prefix).
 */
public record KeyRange(String scope, String kind, String prefix, String after) {

  public KeyRange {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(after, "after");
  }

  /** Every key of a kind in a scope. */
  public static KeyRange all(String scope, String kind) {
    return new KeyRange(scope, kind, "", "");
  }

  /** The keys whose id starts with {@code prefix}. */
  public static KeyRange prefix(String scope, String kind, String prefix) {
    return new KeyRange(scope, kind, prefix, "");
  }

  /** The same range, starting after {@code id}. */
  public KeyRange after(String id) {
    return new KeyRange(scope, kind, prefix, id);
  }

  /** The first key the range may hold (inclusive), for stores that seek. */
  public Key lowerBound() {
    return new Key(scope, kind, after.compareTo(prefix) > 0 ? after : prefix);
  }

  /** Whether {@code key} lies in the range. */
  public boolean contains(Key key) {
    return key.scope().equals(scope) && key.kind().equals(kind) && containsId(key.id());
  }

  /** Whether a key of the range's scope and kind with this {@code id} lies in the range. */
  public boolean containsId(String id) {
    return id.startsWith(prefix) && id.compareTo(after) > 0;
  }

  /** Whether every key after {@code key} (in key order) is outside the range too. */
  public boolean isPast(Key key) {
    int c = key.scope().compareTo(scope);
    if (c != 0) {
      return c > 0;
    }
    c = key.kind().compareTo(kind);
    if (c != 0) {
      return c > 0;
    }
    return isPastId(key.id());
  }

  /** Whether every id after {@code id}, in the range's scope and kind, is outside the range too. */
  public boolean isPastId(String id) {
    return !id.startsWith(prefix) && id.compareTo(prefix) > 0;
  }
}
