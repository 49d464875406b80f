package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.bridge.BridgeEventId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BridgeFramesTest {
  private static final String FROM = "0f".repeat(32);

  private static SseFrame message(String id, String data) {
    return new SseFrame("message", data, true, Optional.ofNullable(id), OptionalLong.empty());
  }

  @Test
  void aReferenceBridgeEventIsADeliveryAndUnknownFieldsAreIgnored() {
    BridgeSignal signal =
        BridgeFrames.interpret(
            message(
                "1756974843535448",
                "{\"from\":\""
                    + FROM
                    + "\",\"message\":\"AQID\",\"trace_id\":\"t-1\","
                    + "\"connect_source\":{\"ip\":\"1.2.3.4\"},\"request_source\":\"x\"}"));
    assertThat(signal)
        .isInstanceOfSatisfying(
            BridgeSignal.Delivery.class,
            d -> {
              assertThat(d.eventId()).isEqualTo(new BridgeEventId("1756974843535448"));
              assertThat(d.message().from().clientId()).isEqualTo(FROM);
              assertThat(d.message().ciphertext().toByteArray()).containsExactly(1, 2, 3);
              assertThat(d.message().traceId()).contains("t-1");
            });
  }

  @Test
  void bothHeartbeatFormsAreHeartbeats() {
    assertThat(
            BridgeFrames.interpret(
                new SseFrame("heartbeat", "", false, Optional.empty(), OptionalLong.empty())))
        .isInstanceOf(BridgeSignal.Heartbeat.class);
    assertThat(BridgeFrames.interpret(message(null, "heartbeat")))
        .isInstanceOf(BridgeSignal.Heartbeat.class);
    assertThat(BridgeFrames.interpret(message(null, "queue_done")))
        .isInstanceOf(BridgeSignal.QueueDone.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "invalid-json|7|{not json",
        "invalid-json|7|[1,2]",
        "invalid-json|7|{\"from\":\"x\"} trailing",
        "invalid-envelope|7|{\"message\":\"AQID\"}",
        "invalid-envelope|7|{\"from\":1,\"message\":\"AQID\"}",
        "invalid-from|7|{\"from\":\"abc\",\"message\":\"AQID\"}",
        "invalid-base64|7|{\"from\":\""
            + "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"
            + "\",\"message\":\"A*ID\"}",
        "invalid-base64|7|{\"from\":\""
            + "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"
            + "\",\"message\":\"\"}",
        "missing-id||{\"from\":\"x\",\"message\":\"AQID\"}",
        "invalid-id|1 2|{\"from\":\"x\",\"message\":\"AQID\"}",
      })
  void malformedEventsAreClassified(String reason, String id, String data) {
    assertThat(BridgeFrames.interpret(message(id, data)))
        .isInstanceOfSatisfying(
            BridgeSignal.Malformed.class, m -> assertThat(m.reason()).isEqualTo(reason));
  }

  @Test
  void unknownEventTypesAndEmptyDataAreMalformed() {
    assertThat(
            BridgeFrames.interpret(
                new SseFrame("weird", "x", true, Optional.of("1"), OptionalLong.empty())))
        .isInstanceOfSatisfying(
            BridgeSignal.Malformed.class, m -> assertThat(m.reason()).isEqualTo("unknown-event"));
    assertThat(
            BridgeFrames.interpret(
                new SseFrame("message", "", false, Optional.of("1"), OptionalLong.empty())))
        .isInstanceOfSatisfying(
            BridgeSignal.Malformed.class, m -> assertThat(m.reason()).isEqualTo("missing-data"));
  }
}
