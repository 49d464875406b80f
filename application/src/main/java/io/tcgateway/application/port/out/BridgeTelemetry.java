package io.tcgateway.application.port.out;

import io.tcgateway.domain.bridge.BridgeUrl;
import java.time.Duration;
import java.util.List;

/**
 * What the bridge client reports about its work, for a metrics adapter to publish. Every method has
 * a no-op default, so an implementation overrides what it publishes; calls are cheap and never
 * block (they happen on the stream readers' threads).
 */
public interface BridgeTelemetry {

  /** Reports nothing. */
  BridgeTelemetry NONE = new BridgeTelemetry() {};

  /** The streams to {@code bridge} now carry these numbers of client ids (one entry per stream). */
  default void streamsReshaped(BridgeUrl bridge, List<Integer> clientIdsPerStream) {}

  /** A stream to {@code bridge} was opened (HTTP 200 with an event stream). */
  default void streamOpened(BridgeUrl bridge) {}

  /**
   * A stream ended and will be reopened after {@code delay}.
   *
   * @param reason a kebab-case code: {@code server-closed}, {@code idle-timeout}, {@code http-429},
   *     {@code http-5xx}, {@code network}, {@code json-error-body}, ...
   */
  default void reconnectScheduled(BridgeUrl bridge, String reason, Duration delay) {}

  /** A {@code message} event was handed to the application. */
  default void eventDelivered(BridgeUrl bridge) {}

  /** A heartbeat (either form) arrived. */
  default void heartbeatReceived(BridgeUrl bridge) {}

  /**
   * An event or frame was malformed and dropped.
   *
   * @param reason a kebab-case code: {@code invalid-json}, {@code invalid-base64}, {@code
   *     missing-id}, {@code oversized-frame}, ...
   */
  default void malformedEventDropped(BridgeUrl bridge, String reason) {}

  /**
   * The application dropped an event it could read from the stream (no session can open it, it is
   * malformed after decryption, it answers no stored request, ...).
   *
   * @param reason the application's code: {@code no-addressee}, {@code undecryptable}, {@code
   *     malformed-message}, {@code unknown-request}, ...
   */
  default void eventDropped(BridgeUrl bridge, String reason) {}

  /** A POST to {@code bridge} got {@code status} (0 for a network failure). */
  default void messagePosted(BridgeUrl bridge, int status) {}

  /** The circuit breaker of {@code bridge} opened ({@code true}) or closed again. */
  default void circuitChanged(BridgeUrl bridge, boolean open) {}
}
