package io.personalizefake.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.server.PersonalizeFakeServer;
import io.personalizefake.testkit.PersonalizeFakeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.model.LimitExceededException;
import software.amazon.awssdk.services.personalize.model.ResourceInUseException;

/** What the extension attaches when the SDK bridge and the server are on the class path. */
@PersonalizeFakeTest(region = "eu-west-1")
class ExtensionAttachmentsTest {

  @Test
  void sdk_clients_are_injected_and_talk_to_the_tests_fake(
      PersonalizeClient sync, PersonalizeAsyncClient async, PersonalizeFake fake) {
    String group = sync.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    assertThat(group).startsWith("arn:aws:personalize:eu-west-1:");
    assertThat(
            async.describeDatasetGroup(b -> b.datasetGroupArn(group)).join().datasetGroup().name())
        .isEqualTo("shop");
    assertThat(fake.journal().entries()).hasSize(2);
  }

  @Test
  void fault_rules_reach_the_sdk_client_as_typed_exceptions(
      PersonalizeClient personalize, PersonalizeFake fake) {
    fake.faults()
        .raise("ResourceInUseException")
        .on("DeleteDatasetGroup")
        .withMessage("Still in use")
        .once();
    String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
    assertThatThrownBy(() -> personalize.deleteDatasetGroup(b -> b.datasetGroupArn(group)))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessageContaining("Still in use");
  }

  @Test
  void a_server_is_started_for_an_endpoint_parameter_and_takes_faults_over_http(
      URI endpoint, PersonalizeFakeServer server) throws Exception {
    assertThat(server.endpoint()).isEqualTo(endpoint);
    HttpResponse<String> added =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint.resolve("/_fake/faults"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"operation\":\"CreateDatasetGroup\",\"errorCode\":\"LimitExceededException\",\"times\":1}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(200);
    try (PersonalizeClient overHttp =
        PersonalizeClient.builder()
            .endpointOverride(endpoint)
            .region(Region.EU_WEST_1)
            .credentialsProvider(FakePersonalizeClients.credentials())
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
            .build()) {
      assertThatThrownBy(() -> overHttp.createDatasetGroup(b -> b.name("shop")))
          .isInstanceOf(LimitExceededException.class);
      assertThat(overHttp.createDatasetGroup(b -> b.name("shop")).datasetGroupArn())
          .contains(":eu-west-1:");
    }
  }
}
