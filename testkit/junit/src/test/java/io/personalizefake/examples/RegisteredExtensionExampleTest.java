package io.personalizefake.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.config.Timings;
import io.personalizefake.config.Timings.Phase;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.model.ResourceType;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.PersonalizeFakeExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionExampleTest {

  // README: registered extension
  @RegisterExtension
  static PersonalizeFakeExtension personalize =
      PersonalizeFakeExtension.builder()
          .timings(
              Timings.realistic()
                  .with(ResourceType.CAMPAIGN, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(1)))
          .region("eu-west-1")
          .configure(b -> b.quota(Quota.DATASET_GROUPS, 1))
          .build();

  @Test
  void limits_dataset_groups() {
    PersonalizeService service =
        personalize
            .service(); // this test's fake; also fake(), clock(), journal(), faults(), get(Type)
    personalize
        .fake()
        .awaitActive(service.createDatasetGroup(b -> b.name("shop")).datasetGroupArn());
    assertThatThrownBy(() -> service.createDatasetGroup(b -> b.name("books")))
        .isInstanceOf(LimitExceededException.class);
    assertThat(personalize.clock().peek()).isAfter(personalize.journal().entries().get(0).at());
  }
  // README: end
}
