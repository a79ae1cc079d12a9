package io.personalizefake.examples;

// README: embedding
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.config.Timings;
import io.personalizefake.service.PersonalizeService;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  @Test
  void dataset_group_becomes_active_as_the_clock_moves() {
    FakeClock clock = FakeClock.frozen();
    PersonalizeFake fake =
        PersonalizeFake.builder().clock(clock).timings(Timings.realistic()).build();
    PersonalizeService personalize = fake.service();

    String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    assertThat(
            personalize.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
        .isEqualTo("CREATE PENDING");

    clock.advance(Duration.ofSeconds(20)); // realistic: 10 s pending, 10 s in progress
    assertThat(
            personalize.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
        .isEqualTo("ACTIVE");
  }
}
// README: end
