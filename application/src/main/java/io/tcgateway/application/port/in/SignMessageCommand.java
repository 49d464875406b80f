package io.tcgateway.application.port.in;

import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/**
 * Ask {@code owner}'s wallet to sign (not send) an internal message; defaults as for a transaction.
 */
public record SignMessageCommand(SessionOwner owner, TransactionPayload payload) {
  public SignMessageCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
  }
}
