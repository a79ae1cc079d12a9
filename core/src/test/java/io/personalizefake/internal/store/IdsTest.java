package io.personalizefake.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Property(tries = 50)
  void short_ids_never_repeat_for_a_seed(@ForAll long seed) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      assertThat(seen.add(Ids.permute(i, seed))).isTrue();
    }
  }

  @Test
  void the_same_seed_gives_the_same_ids() {
    assertThat(Ids.permute(7, 42)).isEqualTo(Ids.permute(7, 42));
    assertThat(Ids.permute(7, 42)).isNotEqualTo(Ids.permute(7, 43));
  }
}
