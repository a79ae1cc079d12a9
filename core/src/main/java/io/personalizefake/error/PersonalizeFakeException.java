package io.personalizefake.error;

/**
 * Base of every error the fake raises on behalf of the service. Each subclass stands for one AWS
 * error code; the edges (HTTP handler, SDK bridge) read {@link #errorCode()} and {@link
 * #getMessage()} and never need to know the subclass.
 */
public abstract sealed class PersonalizeFakeException extends RuntimeException
    permits InvalidInputException,
        ResourceNotFoundException,
        ResourceAlreadyExistsException,
        ResourceInUseException,
        LimitExceededException,
        InvalidNextTokenException,
        InjectedServiceException {

  protected PersonalizeFakeException(String message) {
    // no stack trace: these are answers to the caller, not bugs, and are created on hot paths
    super(message, null, false, false);
  }

  /** The AWS error code, which is also the shape name of the error in the service model. */
  public abstract String errorCode();

  /** The HTTP status the real service answers this error with. */
  public int httpStatus() {
    return 400;
  }
}
