package io.tcgateway.application.port.in;

/**
 * Ends the owner's session: a connected wallet is sent the {@code disconnect} RPC once, and the
 * session is removed whatever the wallet answers; its unanswered requests fail with {@code
 * disconnected}. Idempotent.
 */
public interface DisconnectUseCase {
  /** Whether the owner had a session. */
  boolean disconnect(DisconnectCommand command);
}
