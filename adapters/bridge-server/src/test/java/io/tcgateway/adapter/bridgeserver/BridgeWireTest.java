package io.tcgateway.adapter.bridgeserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.bridgeserver.relay.BufferedMessage;
import io.tcgateway.adapter.bridgeserver.relay.Envelope;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BridgeWireTest {
  private static final SessionPublicKey FROM = SessionPublicKey.parse("AB".repeat(32));
  private static final SessionPublicKey TO = SessionPublicKey.parse("cd".repeat(32));

  private static BufferedMessage message(Optional<String> traceId) {
    return new BufferedMessage(
        1756974843535448L, new Envelope(FROM, TO, "aGVsbG8=", traceId, Instant.EPOCH));
  }

  @Test
  void messageFrameHasEventIdAndOneLineOfData() {
    assertThat(BridgeWire.messageFrame(message(Optional.empty())))
        .isEqualTo(
            "event: message\nid: 1756974843535448\ndata: {\"from\":\""
                + "ab".repeat(32)
                + "\",\"message\":\"aGVsbG8=\"}\n\n");
  }

  @Test
  void messageFrameCarriesTheTraceIdLast() {
    assertThat(BridgeWire.messageFrame(message(Optional.of("t-1"))))
        .endsWith(",\"message\":\"aGVsbG8=\",\"trace_id\":\"t-1\"}\n\n");
  }

  @Test
  void statusBodyEscapesItsMessage() {
    assertThat(BridgeWire.jsonStatus("param \"x\" \\ \n\u0001\u2028", 400))
        .isEqualTo("{\"message\":\"param \\\"x\\\" \\\\ \\n\\u0001\\u2028\",\"statusCode\":400}");
  }

  @Test
  void okBodyIsTheReferenceBridgeOne() {
    assertThat(new String(BridgeWire.ok())).isEqualTo("{\"message\":\"OK\",\"statusCode\":200}");
  }

  @Test
  void heartbeatsHaveTheTwoSpecForms() {
    assertThat(HeartbeatForm.LEGACY.frame()).isEqualTo("event: heartbeat\n\n");
    assertThat(HeartbeatForm.MESSAGE.frame()).isEqualTo("event: message\ndata: heartbeat\n\n");
  }
}
