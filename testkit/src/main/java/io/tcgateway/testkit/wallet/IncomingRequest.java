package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.RequestId;
import java.util.Objects;

/**
 * An app request the wallet received and decrypted.
 *
 * @param id the request id (what the answer must carry)
 * @param request the decoded request
 * @param eventId the bridge event that delivered it
 */
public record IncomingRequest(RequestId id, AppRequest request, BridgeEventId eventId) {
  public IncomingRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(eventId, "eventId");
  }
}
