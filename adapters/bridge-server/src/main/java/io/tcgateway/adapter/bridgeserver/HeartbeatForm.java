package io.tcgateway.adapter.bridgeserver;

/** How a stream's heartbeats look, chosen by the {@code heartbeat} query parameter. */
enum HeartbeatForm {
  /** {@code event: heartbeat} without data (the default, and the reference bridge's). */
  LEGACY(BridgeWire.HEARTBEAT_LEGACY),
  /** {@code event: message} with {@code data: heartbeat} (Bridge API; the SDK ignores it). */
  MESSAGE(BridgeWire.HEARTBEAT_MESSAGE);

  private final String frame;

  HeartbeatForm(String frame) {
    this.frame = frame;
  }

  /** The SSE frame of one heartbeat. */
  String frame() {
    return frame;
  }
}
