package io.personalizefake.spi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Values by {@link Key}, kept in one bucket per scope and kind: a hash map by id for the point
 * reads that most calls make, and, once the bucket was first scanned, a map sorted by id as well
 * (kinds that are only read by key never pay for sorting). For stores that keep their records in
 * memory; safe for concurrent readers, with one writer at a time (the stores' write lock).
 *
 * @param <V> what a store keeps per key (a record, or a record's bytes until first read)
 */
public final class RecordBuckets<V> {

  /** One scope and kind: the unit a scan stays within. Sorts as {@link Key} does. */
  private record BucketKey(String scope, String kind) implements Comparable<BucketKey> {
    @Override
    public int compareTo(BucketKey other) {
      int c = scope.compareTo(other.scope);
      return c != 0 ? c : kind.compareTo(other.kind);
    }
  }

  /** The values of one scope and kind. */
  private static final class Bucket<V> {
    final ConcurrentHashMap<String, V> byId = new ConcurrentHashMap<>();

    /** The same values sorted by id; null until the bucket is first scanned. */
    volatile @Nullable ConcurrentSkipListMap<String, V> sorted;

    /** The sorted view, made on the first scan (readers only: no writer runs meanwhile). */
    ConcurrentSkipListMap<String, V> sorted() {
      ConcurrentSkipListMap<String, V> s = sorted;
      if (s == null) {
        synchronized (this) {
          s = sorted;
          if (s == null) {
            s = new ConcurrentSkipListMap<>(byId);
            sorted = s;
          }
        }
      }
      return s;
    }
  }

  private final ConcurrentHashMap<BucketKey, Bucket<V>> buckets = new ConcurrentHashMap<>();

  private @Nullable Bucket<V> bucket(String scope, String kind) {
    return buckets.get(new BucketKey(scope, kind));
  }

  public @Nullable V get(Key key) {
    Bucket<V> b = bucket(key.scope(), key.kind());
    return b == null ? null : b.byId.get(key.id());
  }

  /** Puts {@code value} under {@code key}; returns what it held before, or null. */
  public @Nullable V put(Key key, V value) {
    Bucket<V> b =
        buckets.computeIfAbsent(new BucketKey(key.scope(), key.kind()), k -> new Bucket<>());
    ConcurrentSkipListMap<String, V> s = b.sorted;
    if (s != null) {
      s.put(key.id(), value);
    }
    return b.byId.put(key.id(), value);
  }

  /** Removes {@code key}; returns what it held, or null. */
  public @Nullable V remove(Key key) {
    Bucket<V> b = bucket(key.scope(), key.kind());
    if (b == null) {
      return null;
    }
    ConcurrentSkipListMap<String, V> s = b.sorted;
    if (s != null) {
      s.remove(key.id());
    }
    return b.byId.remove(key.id());
  }

  /**
   * Replaces the value of {@code key} only while it is still {@code expected}: lets a reader swap a
   * value for an equivalent one (bytes for the record they encode) without a write unit.
   */
  public void replace(Key key, V expected, V value) {
    Bucket<V> b = bucket(key.scope(), key.kind());
    if (b != null && b.byId.replace(key.id(), expected, value)) {
      ConcurrentSkipListMap<String, V> s = b.sorted;
      if (s != null) {
        s.replace(key.id(), expected, value);
      }
    }
  }

  /** How many keys hold a value (all kinds). */
  public int size() {
    int n = 0;
    for (Bucket<V> b : buckets.values()) {
      n += b.byId.size();
    }
    return n;
  }

  /** The first entry of {@code range} in key order, or null, without walking the range. */
  public Map.@Nullable Entry<String, V> first(KeyRange range) {
    Bucket<V> b = bucket(range.scope(), range.kind());
    if (b == null || b.byId.isEmpty()) {
      return null;
    }
    ConcurrentSkipListMap<String, V> ids = b.sorted();
    Map.Entry<String, V> e = ids.ceilingEntry(range.lowerBound().id());
    while (e != null) {
      if (range.containsId(e.getKey())) {
        return e;
      }
      if (range.isPastId(e.getKey())) {
        return null;
      }
      e = ids.higherEntry(e.getKey());
    }
    return null;
  }

  /** The entries of {@code range} (ids with their values), in key order. */
  public Stream<Map.Entry<String, V>> scan(KeyRange range) {
    Bucket<V> b = bucket(range.scope(), range.kind());
    if (b == null) {
      return Stream.empty();
    }
    return b.sorted().tailMap(range.lowerBound().id(), true).entrySet().stream()
        .takeWhile(e -> !range.isPastId(e.getKey()))
        .filter(e -> range.containsId(e.getKey()));
  }

  /** Every key with its value, in key order. */
  public Stream<Map.Entry<Key, V>> scanAll() {
    return buckets.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            b ->
                b.getValue().sorted().entrySet().stream()
                    .map(
                        e ->
                            Map.entry(
                                new Key(b.getKey().scope(), b.getKey().kind(), e.getKey()),
                                e.getValue())));
  }
}
