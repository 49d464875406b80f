package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;

/** A bridge cannot be reached for now (its circuit breaker is open, or it keeps failing). */
public class BridgeUnavailableException extends GatewayException {
  public BridgeUnavailableException(String message, Throwable cause) {
    super(ErrorCode.BRIDGE_UNAVAILABLE, message, cause);
  }
}
