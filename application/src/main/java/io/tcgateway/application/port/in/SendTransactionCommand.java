package io.tcgateway.application.port.in;

import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/**
 * Ask {@code owner}'s wallet to sign and send a transaction (raw messages or structured items).
 * Without {@code from} and {@code network} the connected account's are sent (as the SDK does);
 * without {@code valid_until} the gateway's default request timeout applies.
 */
public record SendTransactionCommand(SessionOwner owner, TransactionPayload payload) {
  public SendTransactionCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(payload, "payload");
  }
}
