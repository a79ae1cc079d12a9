package io.personalizefake.error;

/** A create would go beyond a quota. */
public final class LimitExceededException extends PersonalizeFakeException {
  public static final String CODE = "LimitExceededException";

  public LimitExceededException(String message) {
    super(message);
  }

  public static LimitExceededException of(long limit, String quotaName) {
    return new LimitExceededException(
        "You have exceeded the quota of " + limit + " for " + quotaName + ".");
  }

  @Override
  public String errorCode() {
    return CODE;
  }
}
