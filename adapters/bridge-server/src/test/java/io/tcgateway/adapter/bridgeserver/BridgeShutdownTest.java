package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shutdown ends every open stream cleanly: the client reads to the end without an error. */
class BridgeShutdownTest {

  @Test
  void stoppingTheServerEndsOpenStreamsCleanly() throws Exception {
    BridgeServerHarness bridge = new BridgeServerHarness();
    try (SseConnection one = bridge.events("client_id=" + id(1));
        SseConnection two = bridge.events("client_id=" + id(2) + "&heartbeat=message")) {
      one.next(WAIT);
      two.next(WAIT);

      bridge.server.stop();

      assertThat(one.awaitEnd(WAIT)).isEqualTo(SseConnection.End.CLEAN);
      assertThat(two.awaitEnd(WAIT)).isEqualTo(SseConnection.End.CLEAN);
    } finally {
      bridge.close();
    }
  }

  @Test
  void closingTheContextEndsOpenStreamsCleanly() throws Exception {
    BridgeServerHarness bridge = new BridgeServerHarness();
    try (SseConnection stream = bridge.events("client_id=" + id(1))) {
      stream.next(WAIT);

      bridge.context.close();

      assertThat(stream.awaitEnd(WAIT)).isEqualTo(SseConnection.End.CLEAN);
    } finally {
      bridge.close();
    }
  }
}
