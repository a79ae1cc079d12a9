package io.personalizefake.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a sorted map made by one unit of work, with what each touched key held before, so a
 * unit that throws can be rolled back and a store can tell which keys a unit changed. For stores
 * that keep their records in a map and run one write unit at a time.
 */
public final class UndoLog<V> {

  private final NavigableMap<Key, V> map;
  /** The value each touched key had before the unit (null: absent). */
  private final Map<Key, @Nullable V> before = new HashMap<>();
  private boolean done;

  public UndoLog(NavigableMap<Key, V> map) {
    this.map = map;
  }

  public void put(Key key, V value) {
    requireActive();
    remember(key, map.put(key, value));
  }

  public void remove(Key key) {
    requireActive();
    remember(key, map.remove(key));
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
            map.remove(key);
          } else {
            map.put(key, old);
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
