package io.tcgateway.application.port.in;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeMessage;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.Objects;
import java.util.Set;

/**
 * One SSE {@code message} event as a bridge delivered it.
 *
 * @param bridge the bridge that delivered it
 * @param eventId the event's {@code id:} (the cursor value)
 * @param message the decoded {@code data} envelope, still encrypted
 * @param addressees the client ids the delivering stream listens for; the event is for one of them
 *     (the envelope does not say which)
 */
public record ReceiveBridgeEventCommand(
    BridgeUrl bridge,
    BridgeEventId eventId,
    BridgeMessage message,
    Set<SessionPublicKey> addressees) {

  public ReceiveBridgeEventCommand {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(message, "message");
    addressees = Set.copyOf(addressees);
    if (addressees.isEmpty()) {
      throw new IllegalArgumentException("addressees must not be empty");
    }
  }
}
