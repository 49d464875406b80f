package io.tcgateway.application.port.in;

import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/**
 * Ask {@code owner}'s wallet to sign text, bytes or a cell. Without {@code from} and {@code
 * network} the connected account's are sent.
 */
public record SignDataCommand(SessionOwner owner, SignDataPayload payload) {
  public SignDataCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
  }
}
