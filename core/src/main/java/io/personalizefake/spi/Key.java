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

  /** Separates the parts of an encoded key; sorts before every character an id may hold. */
  private static final char SEPARATOR = '\u0000';

  /**
   * The key as one string, {@code scope␀kind␀id}, whose string order is the key order: the form a
   * store that keeps strings or bytes uses. {@link #decode} reads it back.
   */
  public String encode() {
    return scope + SEPARATOR + kind + SEPARATOR + id;
  }

  /** The key {@link #encode} wrote. */
  public static Key decode(String encoded) {
    int a = encoded.indexOf(SEPARATOR);
    int b = a < 0 ? -1 : encoded.indexOf(SEPARATOR, a + 1);
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("not an encoded key: " + encoded);
    }
    return new Key(encoded.substring(0, a), encoded.substring(a + 1, b), encoded.substring(b + 1));
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
