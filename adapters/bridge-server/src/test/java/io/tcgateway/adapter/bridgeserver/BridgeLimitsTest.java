package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.base64;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-IP limits on open streams and POST rate (protocol.md §2.1, §2.3). */
class BridgeLimitsTest {
  private static final Map<String, Object> LIMITS_ON_LOOPBACK =
      Map.of(
          "gateway.bridge-server.max-streams-per-ip",
          2,
          "gateway.bridge-server.max-posts-per-second-per-ip",
          2,
          "gateway.bridge-server.limits-apply-to-loopback",
          true,
          "gateway.bridge-server.heartbeat-interval",
          "100ms");

  private static HttpResponse<String> send(BridgeServerHarness bridge) throws Exception {
    return bridge.send(id(1), id(2), "x");
  }

  @Test
  void streamsAboveTheLimitAreRefusedWithA429() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness(LIMITS_ON_LOOPBACK);
        SseConnection one = bridge.events("client_id=" + id(1));
        SseConnection two = bridge.events("client_id=" + id(2))) {
      one.next(WAIT);
      two.next(WAIT);

      HttpResponse<String> third = bridge.get("/bridge/events?client_id=" + id(3));

      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body())
          .isEqualTo(
              "{\"message\":\"you have reached the limit of streaming connections: 2 max\","
                  + "\"statusCode\":429}");
    }
  }

  @Test
  void aClosedStreamFreesItsSlot() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness(LIMITS_ON_LOOPBACK);
        SseConnection one = bridge.events("client_id=" + id(1))) {
      SseConnection two = bridge.events("client_id=" + id(2));
      two.next(WAIT);
      two.close();

      // The server notices the closed connection at its next write (a heartbeat).
      long deadline = System.nanoTime() + WAIT.toNanos();
      int status;
      do {
        Thread.sleep(50);
        try (SseConnection again = bridge.events("client_id=" + id(3))) {
          status = again.status();
        }
      } while (status == 429 && System.nanoTime() < deadline);
      assertThat(status).isEqualTo(200);
    }
  }

  @Test
  void postsAboveTheRateAreRefusedUntilTheBucketRefills() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness(LIMITS_ON_LOOPBACK)) {
      assertThat(send(bridge).statusCode()).isEqualTo(200);
      assertThat(send(bridge).statusCode()).isEqualTo(200);

      HttpResponse<String> refused = send(bridge);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body())
          .isEqualTo(
              "{\"message\":\"you have reached the limit of messages: 2 per second max\","
                  + "\"statusCode\":429}");

      bridge.clock.advance(Duration.ofMillis(500));
      assertThat(send(bridge).statusCode()).isEqualTo(200);
      assertThat(send(bridge).statusCode()).isEqualTo(429);
    }
  }

  @Test
  void aRefusedPostIsNotDelivered() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness(LIMITS_ON_LOOPBACK)) {
      send(bridge);
      send(bridge);
      bridge.post("client_id=" + id(1) + "&to=" + id(3) + "&ttl=60", base64("refused"));

      try (SseConnection stream = bridge.events("client_id=" + id(3))) {
        stream.assertNoMessage(Duration.ofMillis(300));
      }
    }
  }

  @Test
  void limitsDoNotApplyToLoopbackByDefault() throws Exception {
    try (BridgeServerHarness bridge =
            new BridgeServerHarness(
                Map.of(
                    "gateway.bridge-server.max-streams-per-ip", 1,
                    "gateway.bridge-server.max-posts-per-second-per-ip", 1));
        SseConnection one = bridge.events("client_id=" + id(1));
        SseConnection two = bridge.events("client_id=" + id(2))) {
      assertThat(one.status()).isEqualTo(200);
      assertThat(two.status()).isEqualTo(200);
      for (int i = 0; i < 5; i++) {
        assertThat(send(bridge).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void limitsAreOffByDefault() throws Exception {
    try (BridgeServerHarness bridge =
        new BridgeServerHarness(Map.of("gateway.bridge-server.limits-apply-to-loopback", true))) {
      for (int i = 0; i < 20; i++) {
        assertThat(send(bridge).statusCode()).isEqualTo(200);
      }
    }
  }
}
