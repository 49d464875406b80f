package io.tcgateway.adapter.bridgeserver;

import io.tcgateway.adapter.bridgeserver.relay.BufferedMessage;
import io.tcgateway.adapter.bridgeserver.relay.Envelope;
import java.nio.charset.StandardCharsets;

/**
 * The bytes the bridge writes: SSE frames (protocol.md §2.2, LF line ends as the reference bridge's
 * current handler) and the small JSON bodies {@code {"message":..,"statusCode":..}}. Written by
 * hand: the shapes are fixed and tiny, and the SSE heartbeat without data cannot be expressed with
 * Micronaut's {@code Event}.
 */
final class BridgeWire {
  /** The legacy heartbeat: an event without data, which SSE clients do not dispatch. */
  static final String HEARTBEAT_LEGACY = "event: heartbeat\n\n";

  /** The heartbeat of {@code heartbeat=message}: a message event whose data is the word. */
  static final String HEARTBEAT_MESSAGE = "event: message\ndata: heartbeat\n\n";

  private static final byte[] OK = jsonStatus("OK", 200).getBytes(StandardCharsets.UTF_8);

  private BridgeWire() {}

  /**
   * {@code event: message}, {@code id: <event id>} and {@code data:
   * {"from":"<hex>","message":"<base64>"[,"trace_id":".."]}}.
   */
  static String messageFrame(BufferedMessage message) {
    Envelope envelope = message.envelope();
    StringBuilder frame =
        new StringBuilder(envelope.message().length() + 160)
            .append("event: message\nid: ")
            .append(message.eventId())
            .append("\ndata: {\"from\":\"")
            .append(envelope.from().clientId())
            .append("\",\"message\":\"")
            .append(envelope.message())
            .append('"');
    envelope.traceId().ifPresent(id -> quote(frame.append(",\"trace_id\":"), id));
    return frame.append("}\n\n").toString();
  }

  /** {@code {"message":"OK","statusCode":200}}. */
  static byte[] ok() {
    return OK.clone();
  }

  /** {@code {"message":"<message>","statusCode":<status>}}. */
  static String jsonStatus(String message, int status) {
    StringBuilder json = new StringBuilder(message.length() + 32).append("{\"message\":");
    quote(json, message);
    return json.append(",\"statusCode\":").append(status).append('}').toString();
  }

  /** Appends {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
  static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
