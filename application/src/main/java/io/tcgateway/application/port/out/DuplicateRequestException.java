package io.tcgateway.application.port.out;

import io.tcgateway.application.error.ErrorCode;
import io.tcgateway.application.error.GatewayException;
import io.tcgateway.domain.session.RequestRef;

/**
 * A request was inserted with a reference that is already stored: its request id was issued twice,
 * which the session's stored counter is there to prevent.
 */
public class DuplicateRequestException extends GatewayException {
  public DuplicateRequestException(RequestRef ref) {
    super(ErrorCode.CONCURRENT_UPDATE, "request " + ref + " is already stored", null);
  }
}
