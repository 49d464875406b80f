package io.tcgateway.adapter.bridgeserver.relay;

import java.util.Objects;

/**
 * A message the store has accepted: its envelope and the event id the store gave it. Event ids are
 * unique per store (all instances sharing it) and grow with each accepted message; the SSE {@code
 * id:} line carries it and a client sends it back as {@code last_event_id}.
 *
 * @param eventId the event id, positive
 * @param envelope what was posted
 */
public record BufferedMessage(long eventId, Envelope envelope) {

  public BufferedMessage {
    if (eventId <= 0) {
      throw new IllegalArgumentException("eventId must be positive, was " + eventId);
    }
    Objects.requireNonNull(envelope, "envelope");
  }
}
