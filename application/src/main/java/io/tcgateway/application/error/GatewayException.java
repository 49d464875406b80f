package io.tcgateway.application.error;

import java.util.Objects;

/** Base of the application's exceptions: an unchecked failure with a stable {@link ErrorCode}. */
public abstract class GatewayException extends RuntimeException {
  private final ErrorCode code;

  protected GatewayException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code adapters map to their channel. */
  public ErrorCode code() {
    return code;
  }
}
