package io.personalizefake.sdk;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.wire.AwsJsonHandler;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClientBuilder;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.PersonalizeClientBuilder;
import software.amazon.awssdk.services.personalize.endpoints.PersonalizeEndpointProvider;

/**
 * The real AWS SDK for Java v2 Personalize clients, talking to a fake in the same JVM with no
 * socket: requests go through the SDK's own marshalling and the fake's protocol handler.
 *
 * <pre>{@code
 * PersonalizeClient personalize = FakePersonalizeClients.sync(fake);
 * personalize.createDatasetGroup(b -> b.name("shop"));
 * }</pre>
 *
 * The clients use the fake's region and no retries (a fake's answer does not change when asked
 * again). With the default
 * {@link #credentials()} their requests are not signed: the client's region travels in the
 * {@code x-personalize-fake-region} header ({@link AwsJsonHandler#REGION_HEADER}). Give the builder
 * other credentials and requests are signed with SigV4 as for AWS, the region then coming from
 * the signature's credential scope.
 */
public final class FakePersonalizeClients {

  /** The endpoint the SDK is told about; nothing ever connects to it. */
  public static final URI ENDPOINT = URI.create("http://personalize-fake.localhost");

  /** The access key id of {@link #credentials()}; requests made with it are not signed. */
  static final String ACCESS_KEY_ID = "personalize-fake";

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, "personalize-fake"));

  /**
   * Every call goes to {@link #ENDPOINT}: the SDK's endpoint rules (and the parsing of an
   * endpoint override on every call) would only ever arrive there too.
   */
  private static final PersonalizeEndpointProvider FIXED_ENDPOINT =
      params -> CompletableFuture.completedFuture(Endpoint.builder().url(ENDPOINT).build());

  private FakePersonalizeClients() {}

  /** A synchronous client of {@code fake}, in the fake's region. */
  public static PersonalizeClient sync(PersonalizeFake fake) {
    return syncBuilder(fake).build();
  }

  /** An asynchronous client of {@code fake}, in the fake's region. */
  public static PersonalizeAsyncClient async(PersonalizeFake fake) {
    return asyncBuilder(fake).build();
  }

  /**
   * A client builder already wired to {@code fake}; change the region, the credentials or add
   * interceptors freely.
   */
  public static PersonalizeClientBuilder syncBuilder(PersonalizeFake fake) {
    return PersonalizeClient.builder()
        .httpClient(new InProcessHttpClient(new AwsJsonHandler(fake)))
        .endpointProvider(FIXED_ENDPOINT)
        .region(Region.of(fake.region()))
        .credentialsProvider(credentials())
        .putAuthScheme(new InProcessAuthScheme())
        .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)));
  }

  /** An async client builder already wired to {@code fake}. */
  public static PersonalizeAsyncClientBuilder asyncBuilder(PersonalizeFake fake) {
    return PersonalizeAsyncClient.builder()
        .httpClient(new InProcessAsyncHttpClient(new AwsJsonHandler(fake)))
        .endpointProvider(FIXED_ENDPOINT)
        .region(Region.of(fake.region()))
        .credentialsProvider(credentials())
        .putAuthScheme(new InProcessAuthScheme())
        .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)));
  }

  /**
   * Credentials that the fake accepts (it accepts any); with these, the in-process clients send
   * their requests unsigned.
   */
  public static StaticCredentialsProvider credentials() {
    return CREDENTIALS;
  }
}
