package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BridgePosterTest {
  private static final SessionPublicKey APP = SessionPublicKey.parse("a1".repeat(32));
  private static final SessionPublicKey WALLET = SessionPublicKey.parse("b2".repeat(32));

  private FakeBridge bridge;
  private SseWalletBridge client;
  private final RecordingTelemetry telemetry = new RecordingTelemetry();

  @BeforeEach
  void start() throws Exception {
    bridge = new FakeBridge();
    BridgeClientSettings fast = SseWalletBridgeTest.fastSettings(10);
    BridgeClientSettings withToken =
        new BridgeClientSettings(
            fast.maxClientIdsPerStream(),
            fast.maxUrlLength(),
            fast.heartbeatInterval(),
            fast.connectTimeout(),
            fast.reconnectMinDelay(),
            fast.reconnectMaxDelay(),
            fast.reshapeDelay(),
            fast.catchUpQuietPeriod(),
            100,
            fast.circuitOpenDuration(),
            fast.maxFrameBytes(),
            Map.of(bridge.url(), "s3cret"),
            Duration.ZERO,
            BridgeClientSettings.DEFAULT_MAX_PARALLEL_DELIVERIES);
    client =
        new SseWalletBridge(
            withToken,
            new RecordingBridgeEventReceiver(),
            new InMemoryBridgeCursorStore(),
            telemetry,
            Clock.systemUTC(),
            new java.util.Random(3));
  }

  @AfterEach
  void stop() {
    client.close();
    bridge.close();
  }

  private OutgoingMessage message(Duration deadline, Optional<String> topic) {
    return new OutgoingMessage(
        bridge.url(),
        APP,
        WALLET,
        Bytes.of(new byte[] {1, 2, 3, (byte) 0xff}),
        OutgoingMessage.DEFAULT_TTL,
        topic,
        Optional.of("trace 1"),
        Instant.now().plus(deadline));
  }

  private SendOutcome send(OutgoingMessage message) throws Exception {
    return client.send(message).toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void postsTheSdksQueryAndABase64BodyWithTheConfiguredToken() throws Exception {
    assertThat(send(message(Duration.ofSeconds(5), Optional.of("sendTransaction"))))
        .isEqualTo(new SendOutcome.Delivered(1));
    FakeBridge.Request post = bridge.posts().get(0);
    assertThat(post.query())
        .containsExactly(
            Map.entry("client_id", APP.clientId()),
            Map.entry("to", WALLET.clientId()),
            Map.entry("ttl", "300"),
            Map.entry("topic", "sendTransaction"),
            Map.entry("trace_id", "trace 1"));
    assertThat(post.body()).isEqualTo("AQID/w==");
    assertThat(post.headers().get("Authorization")).containsExactly("Bearer s3cret");
  }

  @Test
  void retries429And5xxUntilTheBridgeTakesTheMessage() throws Exception {
    bridge.answerNextPost(
        new FakeBridge.Canned(429, Map.of(), "{\"message\":\"slow down\",\"statusCode\":429}"));
    bridge.answerNextPost(new FakeBridge.Canned(503, Map.of(), "unavailable"));
    assertThat(send(message(Duration.ofSeconds(10), Optional.empty())))
        .isEqualTo(new SendOutcome.Delivered(3));
    assertThat(telemetry.count("posted:429")).isEqualTo(1);
    assertThat(telemetry.count("posted:503")).isEqualTo(1);
    assertThat(bridge.posts().get(2).query()).doesNotContainKey("topic");
  }

  @Test
  void honoursRetryAfterOnPost() throws Exception {
    bridge.answerNextPost(new FakeBridge.Canned(429, Map.of("Retry-After", "1"), "{}"));
    long started = System.nanoTime();
    assertThat(send(message(Duration.ofSeconds(10), Optional.empty())))
        .isEqualTo(new SendOutcome.Delivered(2));
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anotherClientErrorIsFinalAndCarriesTheBridgesMessage() throws Exception {
    bridge.answerNextPost(
        new FakeBridge.Canned(
            400, Map.of(), "{\"message\":\"param \\\"ttl\\\" too high\",\"statusCode\":400}"));
    assertThat(send(message(Duration.ofSeconds(10), Optional.empty())))
        .isEqualTo(new SendOutcome.Refused(400, "param \"ttl\" too high"));
    assertThat(bridge.posts()).hasSize(1);
  }

  @Test
  void givesUpAtTheDeadlineWhileTheBridgeKeepsFailing() throws Exception {
    for (int i = 0; i < 50; i++) {
      bridge.answerNextPost(new FakeBridge.Canned(503, Map.of(), "down"));
    }
    long started = System.nanoTime();
    SendOutcome outcome = send(message(Duration.ofMillis(1500), Optional.empty()));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            SendOutcome.GaveUp.class,
            gaveUp -> {
              assertThat(gaveUp.attempts()).isGreaterThan(1);
              assertThat(gaveUp.lastProblem()).contains("503");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void anUnreachableBridgeIsANetworkFailureNotACrash() throws Exception {
    OutgoingMessage toNowhere =
        new OutgoingMessage(
            BridgeUrl.parse("http://127.0.0.1:1/bridge"),
            APP,
            WALLET,
            Bytes.of(new byte[] {1}),
            OutgoingMessage.DEFAULT_TTL,
            Optional.empty(),
            Optional.empty(),
            Instant.now().plusMillis(800));
    assertThat(send(toNowhere))
        .isInstanceOfSatisfying(
            SendOutcome.GaveUp.class, g -> assertThat(g.lastProblem()).startsWith("network"));
    assertThat(telemetry.count("posted:0")).isGreaterThanOrEqualTo(1);
  }
}
