package io.personalizefake.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a store's values made by one unit of work, with what each touched key held before, so
 * a unit that throws can be rolled back and a store can tell which keys a unit changed. For stores
 * that keep their records in memory (a map, or {@link RecordBuckets}) and run one write unit at a
 * time.
 */
public final class UndoLog<V> {

  private final BiFunction<Key, V, @Nullable V> put;
  private final Function<Key, @Nullable V> remove;

  /** The value each touched key had before the unit (null: absent). */
  private final Map<Key, @Nullable V> before = new HashMap<>();

  private boolean done;

  public UndoLog(Map<Key, V> map) {
    this(map::put, map::remove);
  }

  public UndoLog(RecordBuckets<V> buckets) {
    this(buckets::put, buckets::remove);
  }

  /** Over any keyed values: {@code put} and {@code remove} return what the key held before. */
  public UndoLog(BiFunction<Key, V, @Nullable V> put, Function<Key, @Nullable V> remove) {
    this.put = put;
    this.remove = remove;
  }

  public void put(Key key, V value) {
    requireActive();
    remember(key, put.apply(key, value));
  }

  public void remove(Key key) {
    requireActive();
    remember(key, remove.apply(key));
  }

  private void remember(Key key, @Nullable V old) {
    if (!before.containsKey(key)) {
      before.put(key, old);
    }
  }

  /** The keys the unit put or removed (a key may hold its old value again). */
  public Set<Key> touched() {
    return before.keySet();
  }

  /** Whether {@code key} held nothing before the unit. */
  public boolean wasAbsent(Key key) {
    return before.get(key) == null;
  }

  /** Puts every touched key back as it was. */
  public void rollback() {
    before.forEach(
        (key, old) -> {
          if (old == null) {
            remove.apply(key);
          } else {
            put.apply(key, old);
          }
        });
  }

  /** Ends the unit: later puts and removes are refused. */
  public void end() {
    done = true;
  }

  private void requireActive() {
    if (done) {
      throw new IllegalStateException("the unit of work has ended");
    }
  }
}
