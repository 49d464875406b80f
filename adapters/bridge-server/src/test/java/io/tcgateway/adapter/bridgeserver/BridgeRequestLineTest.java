package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stream may list {@code max-client-ids-per-stream} ids although that request line is far longer
 * than Netty's default limit of 4096 characters (which fits about 60 ids).
 */
class BridgeRequestLineTest {

  @Test
  void streamListingTheDefaultMaximumOfClientIdsOpensAndDelivers() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness()) {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 1000; i++) {
        ids.add(id(10_000 + i));
      }
      try (SseConnection stream = bridge.events("client_id=" + String.join(",", ids))) {
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.next(WAIT).isHeartbeat()).isTrue();
        assertThat(bridge.send(id(1), ids.getLast(), "to the last id").statusCode()).isEqualTo(200);
        assertThat(stream.nextMessage(WAIT).field("data")).contains(id(1));
      }
    }
  }

  @Test
  void commaEncodedClientIdsAreAcceptedToo() throws Exception {
    try (BridgeServerHarness bridge = new BridgeServerHarness()) {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 1000; i++) {
        ids.add(id(20_000 + i));
      }
      try (SseConnection stream = bridge.events("client_id=" + String.join("%2C", ids))) {
        assertThat(stream.status()).isEqualTo(200);
      }
    }
  }

  @Test
  void aLargerConfiguredLimitIsKept() {
    try (BridgeServerHarness bridge =
        new BridgeServerHarness(
            Map.of("micronaut.server.netty.max-initial-line-length", 1_000_000))) {
      assertThat(
              bridge.context.getBean(NettyHttpServerConfiguration.class).getMaxInitialLineLength())
          .isEqualTo(1_000_000);
    }
  }

  @Test
  void theLimitFollowsTheConfiguredMaximumOfClientIds() {
    try (BridgeServerHarness bridge =
        new BridgeServerHarness(Map.of("gateway.bridge-server.max-client-ids-per-stream", 5000))) {
      assertThat(
              bridge.context.getBean(NettyHttpServerConfiguration.class).getMaxInitialLineLength())
          .isEqualTo(RequestLineLimit.requiredFor(5000));
    }
  }
}
