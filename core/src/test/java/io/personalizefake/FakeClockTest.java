package io.personalizefake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeClockTest {

  private static final Instant T0 = Instant.parse("2021-01-22T12:00:00Z");

  @Test
  void a_frozen_clock_stands_still_until_advanced() {
    FakeClock clock = FakeClock.frozenAt(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    clock.advance(Duration.ofSeconds(90));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
    assertThat(clock.isFrozen()).isTrue();
  }

  @Test
  void set_moves_a_clock_forward_but_never_back() {
    FakeClock clock = FakeClock.frozenAt(T0);
    clock.set(T0.plusSeconds(5));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5));
    assertThatThrownBy(() -> clock.set(T0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_following_clock_is_its_base_plus_what_it_was_advanced() {
    Clock base = Clock.fixed(T0, ZoneOffset.UTC);
    FakeClock clock = FakeClock.following(base);
    assertThat(clock.instant()).isEqualTo(T0);
    clock.advance(Duration.ofMinutes(3));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(180));
    clock.set(T0.plusSeconds(600));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(600));
    assertThat(clock.isFrozen()).isFalse();
  }

  @Test
  void auto_step_moves_the_clock_at_every_read() {
    FakeClock clock = FakeClock.frozenAt(T0).withAutoStep(Duration.ofSeconds(1));
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(1));
    assertThat(clock.peek()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void a_zone_view_shares_the_instant() {
    FakeClock clock = FakeClock.frozenAt(T0);
    FakeClock sydney = clock.withZone(ZoneId.of("Australia/Sydney"));
    clock.advance(Duration.ofSeconds(7));
    assertThat(sydney.instant()).isEqualTo(T0.plusSeconds(7));
    assertThat(sydney.getZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void concurrent_advances_all_count() throws InterruptedException {
    FakeClock clock = FakeClock.frozenAt(T0);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  clock.advance(Duration.ofMillis(1));
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(40));
  }

  @Test
  void time_has_millisecond_precision() {
    FakeClock clock = FakeClock.frozenAt(Instant.parse("2021-01-22T12:00:00.123456789Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2021-01-22T12:00:00.123Z"));
  }
}
