package io.tcgateway.adapter.bridgeserver.relay;

import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the bridge keeps messages until their TTL runs out, and how it tells subscribers about new
 * ones: one buffer per recipient plus a fan-out channel. The in-memory store serves one process; a
 * shared store (Redis: a counter for ids, a sorted set per recipient scored by event id, pub/sub
 * for fan-out; see ADR 0005) lets several bridge instances serve the same clients.
 *
 * <p>The one guarantee {@link Relay} builds on: a message appended after {@link #listen} returned
 * reaches that listener, and a message appended before it is returned by a later {@link #since}
 * (until it expires or is evicted). A message appended while {@code listen} runs may show up in
 * both; the relay removes such duplicates by event id.
 */
public interface RelayStore {

  /**
   * Gives the envelope the next event id, buffers it for its recipient until it expires (evicting
   * the recipient's oldest message if the recipient's buffer is full) and hands it to every
   * listener of the recipient, on this instance and, for a shared store, on the others.
   *
   * @return the message with its event id
   */
  BufferedMessage append(Envelope envelope);

  /**
   * The buffered, unexpired messages for any of {@code recipients} with an event id greater than
   * {@code afterEventId} (all of them when empty), in event-id order. May drop expired messages as
   * a side effect.
   */
  List<BufferedMessage> since(
      Set<SessionPublicKey> recipients, OptionalLong afterEventId, Instant now);

  /**
   * Starts handing every message appended from now on for any of {@code recipients} to {@code
   * listener}, until the returned registration is cancelled. The listener is called on the
   * appending thread or a store thread, never concurrently for one registration, and must neither
   * block nor throw.
   */
  Registration listen(Set<SessionPublicKey> recipients, Consumer<BufferedMessage> listener);

  /**
   * Drops every message that is expired at {@code now}.
   *
   * @return how many were dropped
   */
  int purgeExpired(Instant now);

  /** A listener's place in the fan-out. */
  interface Registration {
    /** Stops the deliveries; idempotent, never blocks. */
    void cancel();
  }
}
