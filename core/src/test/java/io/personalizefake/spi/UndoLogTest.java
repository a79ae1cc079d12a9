package io.personalizefake.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UndoLogTest {

  private final Key a = new Key("s", "k", "a");
  private final Key b = new Key("s", "k", "b");

  @Test
  void rollback_puts_every_touched_key_back_as_it_was() {
    TreeMap<Key, String> map = new TreeMap<>(Map.of(a, "a0"));
    UndoLog<String> log = new UndoLog<>(map);
    log.put(a, "a1");
    log.put(a, "a2");
    log.put(b, "b1");
    log.remove(a);
    log.rollback();
    assertThat(map).containsExactly(Map.entry(a, "a0"));
  }

  @Test
  void touched_keys_and_what_they_held_before_are_known() {
    TreeMap<Key, String> map = new TreeMap<>(Map.of(a, "a0"));
    UndoLog<String> log = new UndoLog<>(map);
    log.remove(a);
    log.put(b, "b1");
    assertThat(log.touched()).containsExactlyInAnyOrder(a, b);
    assertThat(log.wasAbsent(a)).isFalse();
    assertThat(log.wasAbsent(b)).isTrue();
  }

  @Test
  void an_ended_unit_refuses_changes() {
    UndoLog<String> log = new UndoLog<>(new TreeMap<>());
    log.end();
    assertThatThrownBy(() -> log.put(a, "x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> log.remove(a)).isInstanceOf(IllegalStateException.class);
  }
}
