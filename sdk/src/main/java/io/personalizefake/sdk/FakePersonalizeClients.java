package io.personalizefake.sdk;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.wire.AwsJsonHandler;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClientBuilder;
import software.amazon.awssdk.services.personalize.PersonalizeClient;
import software.amazon.awssdk.services.personalize.PersonalizeClientBuilder;
import software.amazon.awssdk.services.personalize.auth.scheme.PersonalizeAuthSchemeProvider;
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
 * again). A client's requests go to the host {@code <region>.personalize-fake.localhost}, which
 * only names the region (nothing connects to it): the in-process HTTP client hands the region to
 * the protocol handler as its {@code x-personalize-fake-region} header ({@link
 * AwsJsonHandler#REGION_HEADER}). With the default {@link #credentials()} requests are not signed;
 * give the builder other credentials and they are signed with SigV4 as for AWS.
 */
public final class FakePersonalizeClients {

  /** What follows the region in the host name of the in-process endpoint. */
  static final String HOST_SUFFIX = ".personalize-fake.localhost";

  /** The access key id of {@link #credentials()}; requests made with it are not signed. */
  static final String ACCESS_KEY_ID = "personalize-fake";

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create(ACCESS_KEY_ID, "personalize-fake"));

  private static final ConcurrentHashMap<Region, CompletableFuture<Endpoint>> ENDPOINTS =
      new ConcurrentHashMap<>();

  /**
   * Every call of a region goes to that region's in-process endpoint: the SDK's endpoint rules (and
   * the parsing of an endpoint override on every call) would only ever arrive there too.
   */
  private static final PersonalizeEndpointProvider FIXED_ENDPOINT =
      params ->
          ENDPOINTS.computeIfAbsent(
              params.region(),
              r -> CompletableFuture.completedFuture(Endpoint.builder().url(endpoint(r)).build()));

  /**
   * The auth scheme options of a region: the SDK's own provider builds the same single SigV4 option
   * anew for every call.
   */
  private static final ConcurrentHashMap<Region, List<AuthSchemeOption>> SIGV4_OPTIONS =
      new ConcurrentHashMap<>();

  private static final PersonalizeAuthSchemeProvider AUTH_SCHEMES =
      params -> SIGV4_OPTIONS.computeIfAbsent(params.region(), FakePersonalizeClients::sigv4);

  private FakePersonalizeClients() {}

  /**
   * The endpoint the SDK is given for {@code region}: {@code
   * http://<region>.personalize-fake.localhost}.
   */
  public static URI endpoint(Region region) {
    return URI.create("http://" + region.id() + HOST_SUFFIX);
  }

  /** The region an in-process endpoint's host names, or null for another host. */
  static @Nullable String regionOfHost(@Nullable String host) {
    return host != null && host.endsWith(HOST_SUFFIX) && host.length() > HOST_SUFFIX.length()
        ? host.substring(0, host.length() - HOST_SUFFIX.length())
        : null;
  }

  private static List<AuthSchemeOption> sigv4(Region region) {
    return List.of(
        AuthSchemeOption.builder()
            .schemeId(AwsV4AuthScheme.SCHEME_ID)
            .putSignerProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "personalize")
            .putSignerProperty(AwsV4HttpSigner.REGION_NAME, region.id())
            .build());
  }

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
        .authSchemeProvider(AUTH_SCHEMES)
        .region(Region.of(fake.region()))
        .credentialsProvider(credentials())
        .putAuthScheme(new InProcessAuthScheme())
        .overrideConfiguration(
            o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)));
  }

  /** An async client builder already wired to {@code fake}. */
  public static PersonalizeAsyncClientBuilder asyncBuilder(PersonalizeFake fake) {
    return PersonalizeAsyncClient.builder()
        .httpClient(new InProcessAsyncHttpClient(new AwsJsonHandler(fake)))
        .endpointProvider(FIXED_ENDPOINT)
        .authSchemeProvider(AUTH_SCHEMES)
        .region(Region.of(fake.region()))
        .credentialsProvider(credentials())
        .putAuthScheme(new InProcessAuthScheme())
        .overrideConfiguration(
            o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)));
  }

  /**
   * Credentials that the fake accepts (it accepts any); with these, the in-process clients send
   * their requests unsigned.
   */
  public static StaticCredentialsProvider credentials() {
    return CREDENTIALS;
  }
}
