package io.personalizefake.error;

/** A name or ARN is taken, or a one-per-parent rule would be broken. */
public final class ResourceAlreadyExistsException extends PersonalizeFakeException {
  public static final String CODE = "ResourceAlreadyExistsException";

  public ResourceAlreadyExistsException(String message) {
    super(message);
  }

  public static ResourceAlreadyExistsException of(String arn) {
    return new ResourceAlreadyExistsException(
        "Another resource with Arn " + arn + " already exists.");
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
