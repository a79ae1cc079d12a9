package io.personalizefake.wire;

/**
 * A protocol-level error: answered with its status and AWS error code before the service is called.
 */
final class WireError extends RuntimeException {

  private final int status;
  private final String code;

  WireError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
