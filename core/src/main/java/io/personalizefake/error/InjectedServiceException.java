package io.personalizefake.error;

import java.util.Objects;

/**
 * An error that a test made the fake raise with a code outside the service model's own errors, such
 * as {@code ThrottlingException}, {@code InternalFailure} or {@code ServiceUnavailable}, so that a
 * client's retry and back-off handling can be tested. The fake never raises it by itself.
 */
public final class InjectedServiceException extends PersonalizeFakeException {

  private final String code;
  private final int status;

  public InjectedServiceException(String code, String message, int status) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error's HTTP status is 4xx or 5xx: " + status);
    }
    this.status = status;
  }

  @Override
  public String errorCode() {
    return code;
  }

  @Override
  public int httpStatus() {
    return status;
  }
}
