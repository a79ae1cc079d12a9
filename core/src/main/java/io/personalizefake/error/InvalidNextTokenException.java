package io.personalizefake.error;

/** A nextToken that this fake did not issue for the same operation and list filter. */
public final class InvalidNextTokenException extends PersonalizeFakeException {
  public static final String CODE = "InvalidNextTokenException";

  public InvalidNextTokenException(String message) {
    super(message);
  }

  public static InvalidNextTokenException of() {
    return new InvalidNextTokenException("Invalid next token.");
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
