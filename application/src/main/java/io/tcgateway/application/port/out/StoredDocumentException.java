package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;

/** A stored document cannot be read back (corrupt, or written by an unknown format version). */
public class StoredDocumentException extends GatewayException {
  public StoredDocumentException(String message, Throwable cause) {
    super(ErrorCode.STORE_UNAVAILABLE, message, cause);
  }
}
