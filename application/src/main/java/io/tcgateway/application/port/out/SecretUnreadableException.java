package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;

/**
 * A stored secret cannot be decrypted: it was sealed for another record, with a key that is no
 * longer configured, or the stored bytes were changed. The message names the record, never the
 * secret.
 */
public class SecretUnreadableException extends GatewayException {
  public SecretUnreadableException(String associatedData, Throwable cause) {
    super(
        ErrorCode.STORE_UNAVAILABLE,
        "the secret of " + associatedData + " cannot be decrypted",
        cause);
  }
}
