package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;
import io.tcgateway.domain.session.SessionId;

/**
 * A session was saved from an outdated copy: the store holds another version (someone else saved
 * first), or it was deleted meanwhile. Nothing was written; reload and retry.
 */
public class StaleSessionException extends GatewayException {
  public StaleSessionException(SessionId id, long expectedStoredVersion) {
    super(
        ErrorCode.CONCURRENT_UPDATE,
        "session " + id + " is no longer at version " + expectedStoredVersion,
        null);
  }
}
