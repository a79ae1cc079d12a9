package io.personalizefake.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.server.PersonalizeFakeServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.model.ResourceAlreadyExistsException;

class SdkSmokeTest {

  @Test
  void the_sdk_client_works_in_process_sync_and_async_and_over_http() throws Exception {
    FakeClock clock = FakeClock.frozenAt(Instant.parse("2021-01-22T12:00:00.250Z"));
    PersonalizeFake fake = PersonalizeFake.builder().clock(clock).build();
    PersonalizeClient sync = FakePersonalizeClients.sync(fake);
    String arn = sync.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
    assertThat(
            sync.describeDatasetGroup(b -> b.datasetGroupArn(arn))
                .datasetGroup()
                .creationDateTime())
        .isEqualTo(Instant.parse("2021-01-22T12:00:00.250Z"));
    assertThatThrownBy(() -> sync.createDatasetGroup(b -> b.name("g")))
        .isInstanceOf(ResourceAlreadyExistsException.class);

    PersonalizeAsyncClient async = FakePersonalizeClients.async(fake);
    assertThat(async.listDatasetGroups(b -> {}).get().datasetGroups()).hasSize(1);

    try (PersonalizeFakeServer server = PersonalizeFakeServer.start(fake, 0)) {
      PersonalizeClient http =
          PersonalizeClient.builder()
              .endpointOverride(server.endpoint())
              .region(Region.US_EAST_1)
              .credentialsProvider(FakePersonalizeClients.credentials())
              .httpClient(UrlConnectionHttpClient.create())
              .build();
      assertThat(http.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup().status())
          .isEqualTo("ACTIVE");
      assertThat(http.listRecipesPaginator(b -> b.maxResults(2)).recipes()).hasSize(7);
    }
  }
}
