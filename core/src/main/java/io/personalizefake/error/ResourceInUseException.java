package io.personalizefake.error;

/** The target or a referenced resource is not in a state that allows the call. */
public final class ResourceInUseException extends PersonalizeFakeException {
  public static final String CODE = "ResourceInUseException";

  public ResourceInUseException(String message) {
    super(message);
  }

  public static ResourceInUseException of(String arn, String reason) {
    return new ResourceInUseException("Resource Arn " + arn + " is in use: " + reason + ".");
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
