package io.personalizefake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.config.Timings.Training;
import io.personalizefake.model.ResourceType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimingsTest {

  @Test
  void instant_timings_are_zero_everywhere() {
    Timings t = Timings.instant();
    for (ResourceType type : ResourceType.values()) {
      for (Phase phase : Phase.values()) {
        assertThat(t.duration(type, phase)).contains(Duration.ZERO);
      }
    }
  }

  @Test
  void manual_timings_never_move_by_themselves() {
    assertThat(Timings.manual().duration(ResourceType.DATASET_GROUP, Phase.CREATE_PENDING))
        .isEmpty();
  }

  @Test
  void realistic_timings_follow_the_documented_durations() {
    Timings t = Timings.realistic();
    assertThat(t.duration(ResourceType.DATASET_GROUP, Phase.CREATE_IN_PROGRESS))
        .contains(Duration.ofSeconds(10));
    assertThat(t.duration(ResourceType.DATASET_IMPORT_JOB, Phase.CREATE_IN_PROGRESS))
        .contains(Duration.ofMinutes(5));
    assertThat(t.duration(ResourceType.CAMPAIGN, Phase.CREATE_IN_PROGRESS))
        .contains(Duration.ofMinutes(8));
    assertThat(t.training(Training.PLAIN)).contains(Duration.ofMinutes(20));
    assertThat(t.training(Training.HPO)).contains(Duration.ofMinutes(40));
    assertThat(t.training(Training.AUTOML)).contains(Duration.ofMinutes(90));
    assertThat(t.duration(ResourceType.FILTER, Phase.DELETE_PENDING))
        .contains(Duration.ofSeconds(10));
  }

  @Test
  void overrides_replace_one_duration_and_leave_the_rest() {
    Timings t =
        Timings.instant()
            .with(ResourceType.DATASET, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(1));
    assertThat(t.duration(ResourceType.DATASET, Phase.CREATE_IN_PROGRESS))
        .contains(Duration.ofMinutes(1));
    assertThat(t.duration(ResourceType.DATASET, Phase.CREATE_PENDING)).contains(Duration.ZERO);
    assertThat(Timings.instant().duration(ResourceType.DATASET, Phase.CREATE_IN_PROGRESS))
        .contains(Duration.ZERO);
    assertThat(
            t.withNever(ResourceType.DATASET, Phase.CREATE_PENDING)
                .duration(ResourceType.DATASET, Phase.CREATE_PENDING))
        .isEmpty();
    assertThatThrownBy(() -> t.with(ResourceType.DATASET, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
