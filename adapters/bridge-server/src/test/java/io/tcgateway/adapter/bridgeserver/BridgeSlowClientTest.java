package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.base64;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A client that stops reading is cut off without holding up the others. */
class BridgeSlowClientTest {

  @Test
  void aStalledStreamIsCutWhileAnotherStreamOfTheSameIdGetsEveryMessage() throws Exception {
    String app = id(1);
    String wallet = id(2);
    try (BridgeServerHarness bridge =
            new BridgeServerHarness(Map.of("gateway.bridge-server.stream-queue-size", 4));
        Socket stalled = new Socket();
        SseConnection reading = bridge.events("client_id=" + wallet)) {
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new InetSocketAddress("127.0.0.1", bridge.server.getPort()));
      OutputStream request = stalled.getOutputStream();
      request.write(
          ("GET /bridge/events?client_id=" + wallet + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      EventStreams streams = bridge.context.getBean(EventStreams.class);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (streams.openCount() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(streams.openCount()).isEqualTo(2);

      String body = base64("x".repeat(30_000));
      int sent = 0;
      while (streams.cutOffCount() == 0 && sent < 2_000) {
        assertThat(bridge.post("client_id=" + app + "&to=" + wallet + "&ttl=60", body).statusCode())
            .isEqualTo(200);
        sent++;
      }

      assertThat(streams.cutOffCount()).isEqualTo(1);
      Set<Long> ids = new HashSet<>();
      while (ids.size() < sent) {
        ids.add(reading.nextMessage(WAIT).id());
      }
      assertThat(ids).hasSize(sent);
      deadline = System.nanoTime() + WAIT.toNanos();
      while (streams.openCount() > 1 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(streams.openCount()).isEqualTo(1);
    }
  }
}
