package io.personalizefake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.FakeAdmin;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.FakeTimings;
import io.personalizefake.testkit.PersonalizeFakeTest;
import org.junit.jupiter.api.Test;

/** The in-process example of src/docs/test-controls.md: the extension injects the controls. */
@PersonalizeFakeTest(timings = FakeTimings.REALISTIC)
class AdminParameterExampleTest {

  @Test
  void the_group_becomes_active(PersonalizeService personalize, FakeAdmin admin) {
    String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    admin.awaitActive(group);
    assertThat(
            personalize.describeDatasetGroup(b -> b.datasetGroupArn(group)).datasetGroup().status())
        .isEqualTo("ACTIVE");
  }

  @Test
  void the_injected_controls_are_the_tests_fake(PersonalizeFake fake, FakeAdmin admin) {
    assertThat(admin).isSameAs(fake);
  }
}
