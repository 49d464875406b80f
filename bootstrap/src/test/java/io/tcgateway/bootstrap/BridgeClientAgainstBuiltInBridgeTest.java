package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.adapter.bridge.BridgeClientSettings;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway's bridge client against its own built-in bridge, over loopback: many client ids
 * spread over several streams, messages posted through the client's send path, and streams reshaped
 * (ids paused and resumed, new ids joining) while messages flow. Every message must reach the
 * application exactly once.
 */
class BridgeClientAgainstBuiltInBridgeTest {
  private static final SessionPublicKey WALLET = SessionPublicKey.parse("5a".repeat(32));

  private static SessionPublicKey clientId(int n) {
    return SessionPublicKey.parse(String.format("%064x", 0x1000 + n));
  }

  @Test
  void manyClientIdsOverSeveralStreamsWithReshardingWhileMessagesFlow() throws Exception {
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "gateway.bridge-server.enabled", "true",
                "gateway.bridge-server.heartbeat-interval", "1s",
                "micronaut.server.port", "-1"))) {
      BridgeUrl url = BridgeUrl.parse(server.getURL() + "/bridge");
      BridgeClientSettings defaults = BridgeClientSettings.defaults();
      BridgeClientSettings settings =
          new BridgeClientSettings(
              25,
              defaults.maxUrlLength(),
              Duration.ofSeconds(1),
              Duration.ofSeconds(5),
              Duration.ofMillis(50),
              Duration.ofMillis(500),
              Duration.ofMillis(20),
              Duration.ofMillis(500),
              20,
              Duration.ofSeconds(1),
              defaults.maxFrameBytes(),
              Map.of(),
              Duration.ZERO,
              BridgeClientSettings.DEFAULT_MAX_PARALLEL_DELIVERIES);
      RecordingBridgeEventReceiver receiver = new RecordingBridgeEventReceiver();
      SplittableRandom random = new SplittableRandom(5);
      try (SseWalletBridge client =
          new SseWalletBridge(
              settings,
              receiver,
              new InMemoryBridgeCursorStore(),
              BridgeTelemetry.NONE,
              Clock.systemUTC(),
              new SplittableRandom(5))) {
        List<SessionPublicKey> ids = new ArrayList<>();
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          ids.add(clientId(i));
          opened.add(client.subscribe(url, clientId(i)).toCompletableFuture());
        }
        CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(client.streamShape(url)).hasSize(8);

        List<CompletableFuture<SendOutcome>> sends = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
          SessionPublicKey to = ids.get(random.nextInt(ids.size()));
          byte[] body = ByteBuffer.allocate(8).putInt(n).putInt(0x7e57).array();
          sends.add(
              client
                  .send(
                      new OutgoingMessage(
                          url,
                          WALLET,
                          to,
                          Bytes.of(body),
                          OutgoingMessage.DEFAULT_TTL,
                          Optional.of("sendTransaction"),
                          Optional.empty(),
                          Instant.now().plusSeconds(20)))
                  .toCompletableFuture());
          switch (n % 40) {
            case 10 -> {
              SessionPublicKey paused = ids.get(random.nextInt(ids.size()));
              client.unsubscribe(url, paused);
              Thread.sleep(40);
              client.resume(url, paused);
            }
            case 20 -> {
              SessionPublicKey joining = clientId(1000 + n);
              client.subscribe(url, joining).toCompletableFuture().get(10, TimeUnit.SECONDS);
              ids.add(joining);
            }
            default -> Thread.sleep(2);
          }
        }
        for (CompletableFuture<SendOutcome> send : sends) {
          assertThat(send.get(30, TimeUnit.SECONDS)).isInstanceOf(SendOutcome.Delivered.class);
        }
        Eventually.await(
            "400 messages stored", Duration.ofSeconds(30), () -> receiver.accepted().size() >= 400);
        Thread.sleep(500); // anything extra would show up now
        Map<Integer, Integer> timesStored = new HashMap<>();
        for (ReceiveBridgeEventCommand command : receiver.accepted()) {
          assertThat(command.message().from()).isEqualTo(WALLET);
          int n = ByteBuffer.wrap(command.message().ciphertext().toByteArray()).getInt();
          timesStored.merge(n, 1, Integer::sum);
        }
        assertThat(timesStored)
            .hasSize(400)
            .allSatisfy((n, times) -> assertThat(times).isEqualTo(1));
        assertThat(client.streamShape(url).stream().mapToInt(Integer::intValue).sum())
            .isEqualTo(ids.size());
      }
    }
  }
}
