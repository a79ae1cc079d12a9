package io.personalizefake.sdk;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.server.PersonalizeFakeServer;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

/**
 * The contract over a real socket: a {@link PersonalizeFakeServer} on a free port and an unmodified
 * {@link PersonalizeClient} with an endpoint override, as {@code wire.md} §3 tells users to build
 * it. The region reaches the fake only through the SigV4 {@code Authorization} header.
 *
 * <p>The HTTP client lives for the test class. Each test builds its own fake (with its own clock
 * and quotas), so a server is started for each fake the first time a client needs it, and all of
 * them are stopped when the class is done.
 */
class HttpClientTest extends PersonalizeClientContract {

  private static SdkHttpClient http;
  private static final Map<PersonalizeFake, PersonalizeFakeServer> servers =
      new IdentityHashMap<>();

  @BeforeAll
  static void startHttpClient() {
    http = UrlConnectionHttpClient.create();
  }

  @AfterAll
  static void stopServers() {
    servers.values().forEach(PersonalizeFakeServer::close);
    servers.clear();
    http.close();
  }

  @Override
  PersonalizeClient client(PersonalizeFake fake) {
    return client(fake, Region.US_EAST_1);
  }

  @Override
  PersonalizeClient client(PersonalizeFake fake, Region region) {
    PersonalizeFakeServer server =
        servers.computeIfAbsent(fake, f -> PersonalizeFakeServer.start(f, 0));
    return PersonalizeClient.builder()
        .endpointOverride(server.endpoint())
        .region(region)
        .credentialsProvider(FakePersonalizeClients.credentials())
        .httpClient(http)
        // LimitExceededException counts as throttling; retrying it would only slow the test down
        .overrideConfiguration(
            o ->
                o.retryStrategy(RetryMode.STANDARD)
                    .retryStrategy(b -> b.maxAttempts(1))
                    .addExecutionInterceptor(recorder))
        .build();
  }
}
