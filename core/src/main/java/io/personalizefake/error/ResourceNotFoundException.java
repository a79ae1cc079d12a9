package io.personalizefake.error;

/** A well-formed ARN names no stored resource of the expected type. */
public final class ResourceNotFoundException extends PersonalizeFakeException {
  public static final String CODE = "ResourceNotFoundException";

  public ResourceNotFoundException(String message) {
    super(message);
  }

  public static ResourceNotFoundException of(String arn) {
    return new ResourceNotFoundException("Resource Arn " + arn + " does not exist.");
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
