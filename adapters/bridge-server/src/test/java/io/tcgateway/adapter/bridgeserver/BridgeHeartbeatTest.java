package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.bridgeserver.SseConnection.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heartbeats in both forms of protocol.md §2.2, on a short interval. */
class BridgeHeartbeatTest {
  private static BridgeServerHarness bridge;

  @BeforeAll
  static void start() {
    bridge = new BridgeServerHarness(Map.of("gateway.bridge-server.heartbeat-interval", "100ms"));
  }

  @AfterAll
  static void stop() {
    bridge.close();
  }

  private static List<Frame> threeFrames(String query) throws Exception {
    try (SseConnection stream = bridge.events(query)) {
      List<Frame> frames = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        frames.add(stream.next(WAIT));
      }
      return frames;
    }
  }

  @Test
  void legacyHeartbeatIsAnEventWithoutData() throws Exception {
    assertThat(threeFrames("client_id=" + id(1)))
        .extracting(Frame::lines)
        .containsOnly(List.of("event: heartbeat"));
  }

  @Test
  void explicitLegacyHeartbeatIsTheSame() throws Exception {
    assertThat(threeFrames("client_id=" + id(1) + "&heartbeat=legacy"))
        .extracting(Frame::lines)
        .containsOnly(List.of("event: heartbeat"));
  }

  @Test
  void messageHeartbeatIsAMessageEventWithHeartbeatDataAndNoId() throws Exception {
    assertThat(threeFrames("client_id=" + id(1) + "&heartbeat=message"))
        .extracting(Frame::lines)
        .containsOnly(List.of("event: message", "data: heartbeat"));
  }

  @Test
  void heartbeatsComeAtTheConfiguredInterval() throws Exception {
    try (SseConnection stream = bridge.events("client_id=" + id(1))) {
      stream.next(WAIT);
      long start = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        stream.next(WAIT);
      }
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(elapsedMillis).isBetween(300L, 3_000L);
    }
  }
}
