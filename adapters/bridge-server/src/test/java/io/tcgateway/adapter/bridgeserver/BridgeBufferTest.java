package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.base64;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.bridgeserver.relay.InMemoryRelayStore;
import io.tcgateway.adapter.bridgeserver.relay.RelayStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TTL expiry, the per-recipient buffer cap and event ids across restarts. */
class BridgeBufferTest {
  private static final String APP = id(1);
  private static final String WALLET = id(2);
  private static final Duration QUIET = Duration.ofMillis(300);

  private static String post(BridgeServerHarness bridge, int ttl, String text) throws Exception {
    return bridge.post("client_id=" + APP + "&to=" + WALLET + "&ttl=" + ttl, base64(text)).body();
  }

  @Test
  void aMessageIsReplayedUntilItsTtlRunsOut() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness()) {
      post(bridge, 10, "short");
      post(bridge, 60, "long");

      bridge.clock.advance(Duration.ofSeconds(9));
      try (SseConnection stream = bridge.events("client_id=" + WALLET)) {
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("short"));
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("long"));
      }

      bridge.clock.advance(Duration.ofSeconds(1));
      try (SseConnection stream = bridge.events("client_id=" + WALLET)) {
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("long"));
        stream.assertNoMessage(QUIET);
      }

      bridge.clock.advance(Duration.ofSeconds(50));
      try (SseConnection stream = bridge.events("client_id=" + WALLET)) {
        stream.assertNoMessage(QUIET);
      }
    }
  }

  @Test
  void expiredMessagesArePurgedPeriodically() throws Exception {
    try (BridgeServerHarness bridge =
        new BridgeServerHarness(Map.of("gateway.bridge-server.purge-interval", "50ms"))) {
      post(bridge, 10, "short");
      InMemoryRelayStore store = (InMemoryRelayStore) bridge.context.getBean(RelayStore.class);
      assertThat(store.bufferedCount()).isEqualTo(1);

      bridge.clock.advance(Duration.ofSeconds(10));

      long deadline = System.nanoTime() + WAIT.toNanos();
      while (store.bufferedCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(store.bufferedCount()).isZero();
    }
  }

  @Test
  void aRecipientBufferKeepsOnlyTheNewestMessages() throws Exception {
    try (BridgeServerHarness bridge =
        new BridgeServerHarness(
            Map.of("gateway.bridge-server.max-buffered-messages-per-client", 3))) {
      for (int i = 1; i <= 5; i++) {
        post(bridge, 60, "m" + i);
      }

      try (SseConnection stream = bridge.events("client_id=" + WALLET)) {
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("m3"));
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("m4"));
        assertThat(stream.nextMessage(WAIT).field("data")).contains(base64("m5"));
        stream.assertNoMessage(QUIET);
      }
    }
  }

  private static long firstEventId(Instant start) throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness(Map.of(), start)) {
      post(bridge, 60, "x");
      try (SseConnection stream = bridge.events("client_id=" + WALLET)) {
        return stream.nextMessage(WAIT).id();
      }
    }
  }

  @Test
  void aRestartedBridgeIssuesLargerIdsThanBefore() throws Exception {
    Instant start = Instant.parse("2026-03-01T10:00:00Z");

    long before = firstEventId(start);
    long after = firstEventId(start.plusMillis(1));

    assertThat(before).isEqualTo(start.toEpochMilli() * 1000);
    assertThat(after).isGreaterThan(before);
  }
}
