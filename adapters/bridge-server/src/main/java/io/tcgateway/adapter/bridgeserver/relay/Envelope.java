package io.tcgateway.adapter.bridgeserver.relay;

import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message posted to the bridge, before it has an event id.
 *
 * @param from the sender's client id ({@code client_id} of the POST)
 * @param to the recipient's client id ({@code to} of the POST)
 * @param message the body exactly as posted: standard base64, already checked
 * @param traceId the optional {@code trace_id}, passed through to the recipient
 * @param expiresAt the instant from which the message is no longer delivered (post time + TTL)
 */
public record Envelope(
    SessionPublicKey from,
    SessionPublicKey to,
    String message,
    Optional<String> traceId,
    Instant expiresAt) {

  public Envelope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the message is past its TTL at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
