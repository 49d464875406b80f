package io.tcgateway.application.error;

/**
 * A store could not complete an operation (connection lost, timeout, refused write). Nothing was
 * changed, or the change is unknown and the operation is safe to repeat (store operations are
 * idempotent where the ports say so).
 */
public class StoreUnavailableException extends GatewayException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(ErrorCode.STORE_UNAVAILABLE, message, cause);
  }
}
