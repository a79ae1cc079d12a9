package io.personalizefake.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.wire.AwsJsonHandler;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

/**
 * With the default credentials the in-process clients do not sign; their region reaches the fake
 * through the host name of the in-process endpoint, or through the {@code
 * x-personalize-fake-region} header when the request goes to another host. With other credentials
 * they sign with SigV4.
 */
class InProcessSigningTest {

  private final PersonalizeFake fake = PersonalizeFake.builder().build();
  private final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();

  /** Keeps every request as it leaves the SDK, signed or not. */
  private final ExecutionInterceptor sentRequests =
      new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(
            Context.BeforeTransmission context, ExecutionAttributes attributes) {
          sent.add(context.httpRequest());
        }
      };

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void the_default_client_sends_unsigned_requests_that_name_its_region() {
    try (PersonalizeClient client =
        FakePersonalizeClients.syncBuilder(fake)
            .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
            .build()) {
      client.createDatasetGroup(b -> b.name("g"));
    }
    SdkHttpRequest request = sent.get(0);
    assertThat(request.firstMatchingHeader("Authorization")).isEmpty();
    assertThat(request.host()).isEqualTo("us-east-1.personalize-fake.localhost");
    assertThat(request.firstMatchingHeader(AwsJsonHandler.REGION_HEADER)).isEmpty();
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  @Test
  void a_client_of_another_region_names_that_region() {
    try (PersonalizeClient client =
        FakePersonalizeClients.syncBuilder(fake)
            .region(Region.EU_WEST_1)
            .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
            .build()) {
      String arn = client.createDatasetGroup(b -> b.name("g")).datasetGroupArn();
      assertThat(arn).isEqualTo("arn:aws:personalize:eu-west-1:123456789012:dataset-group/g");
    }
    assertThat(sent.get(0).host()).isEqualTo("eu-west-1.personalize-fake.localhost");
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @Test
  void a_client_sent_to_another_host_names_its_region_in_a_header() {
    try (PersonalizeClient client =
        FakePersonalizeClients.syncBuilder(fake)
            .region(Region.EU_WEST_1)
            .endpointProvider(
                p ->
                    CompletableFuture.completedFuture(
                        Endpoint.builder().url(URI.create("http://elsewhere.test")).build()))
            .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
            .build()) {
      client.createDatasetGroup(b -> b.name("g"));
    }
    assertThat(sent.get(0).host()).isEqualTo("elsewhere.test");
    assertThat(sent.get(0).firstMatchingHeader(AwsJsonHandler.REGION_HEADER)).hasValue("eu-west-1");
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  @Test
  void a_client_given_other_credentials_signs_with_sigv4_and_its_region_comes_from_the_signature() {
    try (PersonalizeClient client =
        FakePersonalizeClients.syncBuilder(fake)
            .region(Region.AP_SOUTHEAST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
            .build()) {
      client.createDatasetGroup(b -> b.name("g"));
    }
    SdkHttpRequest request = sent.get(0);
    assertThat(request.firstMatchingHeader("Authorization"))
        .hasValueSatisfying(
            a ->
                assertThat(a)
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                    .contains("/ap-southeast-2/personalize/aws4_request"));
    assertThat(request.firstMatchingHeader(AwsJsonHandler.REGION_HEADER)).isEmpty();
    assertThat(fake.service("ap-southeast-2").listDatasetGroups(b -> {}).datasetGroups())
        .hasSize(1);
  }

  @Test
  void the_async_client_sends_unsigned_requests_too_and_signs_with_other_credentials() {
    try (PersonalizeAsyncClient client =
            FakePersonalizeClients.asyncBuilder(fake)
                .region(Region.EU_WEST_1)
                .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
                .build();
        PersonalizeAsyncClient signing =
            FakePersonalizeClients.asyncBuilder(fake)
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(sentRequests))
                .build()) {
      client.createDatasetGroup(b -> b.name("west")).join();
      signing.createDatasetGroup(b -> b.name("east")).join();
    }
    assertThat(sent.get(0).firstMatchingHeader("Authorization")).isEmpty();
    assertThat(sent.get(0).host()).isEqualTo("eu-west-1.personalize-fake.localhost");
    assertThat(sent.get(1).firstMatchingHeader("Authorization"))
        .hasValueSatisfying(a -> assertThat(a).contains("/us-east-1/personalize/"));
    assertThat(fake.service("eu-west-1").listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }
}
