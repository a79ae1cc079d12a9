package io.personalizefake.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeAdmin;
import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.client.FakeAdminClient;
import io.personalizefake.config.Timings;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.service.PersonalizeService;
import org.junit.jupiter.api.Test;

/** The example of src/docs/test-controls.md, compiled and run. */
class AdminClientExampleTest {

  @Test
  void a_test_drives_a_served_fake_through_the_admin_client() {
    try (PersonalizeFake fake =
            PersonalizeFake.builder()
                .clock(FakeClock.frozen())
                .timings(Timings.realistic())
                .build();
        PersonalizeFakeServer server = PersonalizeFakeServer.start(fake, 0)) {
      // the application under test would call server.endpoint() with an AWS SDK
      PersonalizeService personalize = fake.service();

      // --8<-- [start:client]
      FakeAdmin admin = FakeAdminClient.connect(server.endpoint());

      String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
      admin.awaitActive(group); // moves the fake clock through CREATE PENDING, IN_PROGRESS

      admin.faults().raise("LimitExceededException").on("CreateDatasetGroup").once();
      assertThatThrownBy(() -> personalize.createDatasetGroup(b -> b.name("books")))
          .isInstanceOf(LimitExceededException.class);

      assertThat(admin.journal().requests(CreateDatasetGroupRequest.class))
          .extracting(CreateDatasetGroupRequest::name)
          .containsExactly("shop", "books");
      // --8<-- [end:client]
    }
  }
}
