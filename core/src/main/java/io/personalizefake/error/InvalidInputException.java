package io.personalizefake.error;

/** A request member breaks a constraint of the model or a rule of the service. */
public final class InvalidInputException extends PersonalizeFakeException {
  public static final String CODE = "InvalidInputException";

  public InvalidInputException(String message) {
    super(message);
  }

  /** A rule that names one member: {@code "<member> <rule>."}. */
  public static InvalidInputException of(String message) {
    return new InvalidInputException(message);
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
