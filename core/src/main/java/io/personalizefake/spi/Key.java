package io.personalizefake.spi;

import java.util.Objects;

/**
 * Where a record is kept: a scope (one account and region, or the fake itself), a kind, and an id.
 * Keys sort by scope, then kind, then id (by UTF-16 code units), so a scan over a kind of one scope
 * comes back in id order.
 */
public record Key(String scope, String kind, String id) implements Comparable<Key> {

  public Key {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Key other) {
    int c = scope.compareTo(other.scope);
    if (c != 0) {
      return c;
    }
    c = kind.compareTo(other.kind);
    return c != 0 ? c : id.compareTo(other.id);
  }
}
