package io.tcgateway.adapter.bridge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeFormatException;
import io.tcgateway.domain.bridge.BridgeMessage;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.EncodingException;
import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.io.IOException;
import java.util.Optional;

/**
 * Interprets SSE frames from a bridge. A message frame is {@code event: message}, {@code id: <event
 * id>}, {@code data: {"from":"<64 hex>","message":"<standard base64>","trace_id":"..."}}; unknown
 * JSON fields ({@code connect_source}, {@code request_source}) are ignored. Never throws: whatever
 * the bridge sends becomes a {@link BridgeSignal}.
 */
public final class BridgeFrames {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 20).build())
          .build();

  private BridgeFrames() {}

  /** What {@code frame} means. */
  public static BridgeSignal interpret(SseFrame frame) {
    String event = frame.event();
    if (event.equals("heartbeat")) {
      return new BridgeSignal.Heartbeat();
    }
    if (!event.equals("message")) {
      return new BridgeSignal.Malformed("unknown-event", "event type '" + clip(event) + "'");
    }
    String data = frame.data();
    if (data.equals("heartbeat")) {
      return new BridgeSignal.Heartbeat();
    }
    if (data.equals("queue_done")) {
      return new BridgeSignal.QueueDone();
    }
    if (!frame.hasData() || data.isEmpty()) {
      return new BridgeSignal.Malformed("missing-data", "message event without data");
    }
    if (frame.id().isEmpty() || frame.id().get().isEmpty()) {
      return new BridgeSignal.Malformed("missing-id", "message event without id");
    }
    BridgeEventId eventId;
    try {
      eventId = new BridgeEventId(frame.id().get());
    } catch (BridgeFormatException e) {
      return new BridgeSignal.Malformed("invalid-id", e.getMessage());
    }
    return parseEnvelope(eventId, data);
  }

  private static BridgeSignal parseEnvelope(BridgeEventId eventId, String data) {
    String from = null;
    String message = null;
    String traceId = null;
    try (JsonParser parser = JSON.createParser(data)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new BridgeSignal.Malformed("invalid-json", "data is not a JSON object");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "from" -> from = textOrNull(parser, value);
          case "message" -> message = textOrNull(parser, value);
          case "trace_id" -> traceId = textOrNull(parser, value);
          default -> parser.skipChildren();
        }
        if ((name.equals("from") || name.equals("message")) && value != JsonToken.VALUE_STRING) {
          return new BridgeSignal.Malformed("invalid-envelope", "'" + name + "' is not a string");
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return new BridgeSignal.Malformed("invalid-json", "data is not one JSON object");
      }
    } catch (IOException e) {
      return new BridgeSignal.Malformed("invalid-json", "data is not valid JSON");
    }
    if (from == null || message == null) {
      return new BridgeSignal.Malformed(
          "invalid-envelope", "envelope lacks '" + (from == null ? "from" : "message") + "'");
    }
    SessionPublicKey sender;
    try {
      sender = SessionPublicKey.parse(from);
    } catch (CryptoException e) {
      return new BridgeSignal.Malformed("invalid-from", e.getMessage());
    }
    byte[] ciphertext;
    try {
      ciphertext = Base64s.decodeStandard(message);
    } catch (EncodingException e) {
      return new BridgeSignal.Malformed("invalid-base64", e.getMessage());
    }
    if (ciphertext.length == 0) {
      return new BridgeSignal.Malformed("invalid-base64", "message is empty");
    }
    Optional<String> trace =
        traceId == null || traceId.isEmpty() ? Optional.empty() : Optional.of(traceId);
    return new BridgeSignal.Delivery(
        eventId, new BridgeMessage(sender, Bytes.wrap(ciphertext), trace));
  }

  private static String textOrNull(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
