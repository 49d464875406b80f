package io.tcgateway.adapter.bridge;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeMessage;

/** What one SSE frame from a bridge means (protocol.md §2.2). */
public sealed interface BridgeSignal {

  /** A wallet message for one of the stream's client ids. */
  record Delivery(BridgeEventId eventId, BridgeMessage message) implements BridgeSignal {}

  /** {@code event: heartbeat} (legacy form) or {@code data: heartbeat} (message form). */
  record Heartbeat() implements BridgeSignal {}

  /** {@code data: queue_done}: the reference bridge finished replaying its backlog. */
  record QueueDone() implements BridgeSignal {}

  /**
   * A frame that cannot be delivered; it is dropped and counted.
   *
   * @param reason a stable kebab-case code ({@code invalid-json}, {@code invalid-base64}, ...)
   * @param detail what exactly was wrong, without the ciphertext
   */
  record Malformed(String reason, String detail) implements BridgeSignal {}
}
