package io.personalizefake.sdk;

import io.personalizefake.wire.AwsJsonHandler;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * The SigV4 auth scheme of the in-process clients. A request made with {@link
 * FakePersonalizeClients#credentials()} is not signed, which saves the SDK's signing work on every
 * call; its region reaches the fake through the endpoint's host name, or, sent to another host, in
 * the {@link AwsJsonHandler#REGION_HEADER} header that this signer adds. A request made with any
 * other credentials is signed by the SDK's own SigV4 signer, as it would be for AWS.
 */
final class InProcessAuthScheme implements AuthScheme<AwsCredentialsIdentity> {

  private static final AwsV4HttpSigner SIGV4 = AwsV4HttpSigner.create();

  @Override
  public String schemeId() {
    return AwsV4AuthScheme.SCHEME_ID;
  }

  @Override
  public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
    return providers.identityProvider(AwsCredentialsIdentity.class);
  }

  @Override
  public HttpSigner<AwsCredentialsIdentity> signer() {
    return Signer.INSTANCE;
  }

  private static boolean unsigned(AwsCredentialsIdentity identity) {
    return FakePersonalizeClients.ACCESS_KEY_ID.equals(identity.accessKeyId());
  }

  private enum Signer implements HttpSigner<AwsCredentialsIdentity> {
    INSTANCE;

    @Override
    public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
      if (!unsigned(request.identity())) {
        return SIGV4.sign(request);
      }
      return SignedRequest.builder()
          .request(
              withRegion(request.request(), request.requireProperty(AwsV4HttpSigner.REGION_NAME)))
          .payload(request.payload().orElse(null))
          .build();
    }

    @Override
    public CompletableFuture<AsyncSignedRequest> signAsync(
        AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
      if (!unsigned(request.identity())) {
        return SIGV4.signAsync(request);
      }
      return CompletableFuture.completedFuture(
          AsyncSignedRequest.builder()
              .request(
                  withRegion(
                      request.request(), request.requireProperty(AwsV4HttpSigner.REGION_NAME)))
              .payload(request.payload().orElse(null))
              .build());
    }

    /**
     * The request as it is when its host names {@code region}, else with the region header added.
     */
    private static SdkHttpRequest withRegion(SdkHttpRequest request, String region) {
      return region.equals(FakePersonalizeClients.regionOfHost(request.host()))
          ? request
          : request.toBuilder().putHeader(AwsJsonHandler.REGION_HEADER, region).build();
    }
  }
}
