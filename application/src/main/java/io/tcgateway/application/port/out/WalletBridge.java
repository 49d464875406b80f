package io.tcgateway.application.port.out;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The wallets' HTTP bridges (protocol.md §2): listening for messages to our client ids and sending
 * messages to wallets. Incoming events reach the application through {@code
 * ReceiveBridgeEventUseCase}; this port only says which client ids to listen for.
 *
 * <p>Implementations carry many client ids per SSE stream, keep each client id's cursor in {@link
 * BridgeCursorStore} and resume from it, and are thread-safe.
 */
public interface WalletBridge {

  /**
   * Starts listening for a <em>new</em> client id (a session just created, whose id no wallet knows
   * yet), resuming after its stored cursor if {@link BridgeCursorStore} has one anyway. Idempotent.
   *
   * @return completes when a stream that carries the client id is open (so a link showing it may be
   *     handed out), or exceptionally with {@link BridgeUnavailableException} when the bridge
   *     cannot be reached for now
   */
  CompletionStage<Void> subscribe(BridgeUrl bridge, SessionPublicKey clientId);

  /**
   * Starts listening again for a client id that was listened for before (a session restored after a
   * restart, or resumed after {@link #unsubscribe}): it first catches up from its stored cursor,
   * or, when none is stored, from everything the bridge still holds for it, so nothing sent while
   * nobody listened is missed. Idempotent.
   *
   * @return as {@link #subscribe}
   */
  CompletionStage<Void> resume(BridgeUrl bridge, SessionPublicKey clientId);

  /**
   * Stops listening for {@code clientId} (an idle or finished session). The cursor stays stored, so
   * a later {@link #resume} misses nothing that arrived meanwhile, within the bridge's TTL.
   * Idempotent; unknown ids are ignored.
   */
  void unsubscribe(BridgeUrl bridge, SessionPublicKey clientId);

  /**
   * Stops listening for {@code clientId} for good (its session is over) and forgets its cursor.
   * Idempotent; unknown ids are ignored.
   */
  void release(BridgeUrl bridge, SessionPublicKey clientId);

  /**
   * Posts one encrypted message, retrying 429, 5xx and network failures with backoff until the
   * message's deadline.
   *
   * @return the outcome; never completes exceptionally for bridge answers or network failures
   */
  CompletionStage<SendOutcome> send(OutgoingMessage message);

  /**
   * One {@code POST <bridge>/message?client_id=<from>&to=<to>&ttl=<s>&topic=<m>[&trace_id=..]}.
   *
   * @param ciphertext the NaCl box wire bytes; sent as standard base64 text
   * @param ttl how long the bridge keeps the message for an offline recipient (whole seconds, > 0)
   * @param topic the RPC method inside, for the bridge's push notifications (optional)
   * @param traceId passed through to the bridge (optional)
   * @param deadline when to stop retrying
   */
  record OutgoingMessage(
      BridgeUrl bridge,
      SessionPublicKey from,
      SessionPublicKey to,
      Bytes ciphertext,
      Duration ttl,
      Optional<String> topic,
      Optional<String> traceId,
      Instant deadline) {

    /** The TTL the SDK sends and every bridge must allow. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(300);

    public OutgoingMessage {
      Objects.requireNonNull(bridge, "bridge");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(ciphertext, "ciphertext");
      Objects.requireNonNull(ttl, "ttl");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(traceId, "traceId");
      Objects.requireNonNull(deadline, "deadline");
      if (ttl.toSeconds() <= 0 || ttl.toNanosPart() != 0 && ttl.toSeconds() == 0) {
        throw new IllegalArgumentException("ttl must be at least one second, was " + ttl);
      }
    }
  }

  /** How a {@link #send} ended. */
  sealed interface SendOutcome {

    /** The bridge answered 200. */
    record Delivered(int attempts) implements SendOutcome {}

    /**
     * The bridge refused the message for good (a 4xx other than 429): retrying cannot help.
     *
     * @param status the HTTP status
     * @param bridgeMessage the bridge's {@code message} text, or the body's start
     */
    record Refused(int status, String bridgeMessage) implements SendOutcome {}

    /**
     * The deadline passed while the bridge kept failing (429, 5xx, network), or its circuit breaker
     * is open.
     *
     * @param lastProblem the last failure, for the logs and the user
     */
    record GaveUp(int attempts, String lastProblem) implements SendOutcome {}
  }
}
