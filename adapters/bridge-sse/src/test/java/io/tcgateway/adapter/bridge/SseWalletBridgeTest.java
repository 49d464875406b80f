package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SseWalletBridgeTest {
  private static final String WALLET = "77".repeat(32);

  /**
   * Lanes on (the durable stores' setting), so that these tests and the property test cover them.
   */
  static final int PARALLEL_DELIVERIES = 32;

  private FakeBridge bridge;
  private BridgeUrl url;
  private final RecordingBridgeEventReceiver receiver = new RecordingBridgeEventReceiver();
  private final InMemoryBridgeCursorStore cursors = new InMemoryBridgeCursorStore();
  private final RecordingTelemetry telemetry = new RecordingTelemetry();
  private SseWalletBridge client;

  static BridgeClientSettings fastSettings(int idsPerStream) {
    return new BridgeClientSettings(
        idsPerStream,
        7168,
        Duration.ofMillis(200),
        Duration.ofSeconds(2),
        Duration.ofMillis(40),
        Duration.ofMillis(400),
        Duration.ofMillis(20),
        Duration.ofMillis(300),
        4,
        Duration.ofMillis(600),
        64 * 1024,
        Map.of(),
        Duration.ZERO,
        PARALLEL_DELIVERIES);
  }

  static SessionPublicKey clientId(int n) {
    return SessionPublicKey.parse(String.format("%064x", n + 1));
  }

  @BeforeEach
  void start() throws Exception {
    bridge = new FakeBridge();
    url = bridge.url();
    client = newClient(fastSettings(10));
  }

  SseWalletBridge newClient(BridgeClientSettings settings) {
    return new SseWalletBridge(
        settings, receiver, cursors, telemetry, Clock.systemUTC(), new java.util.Random(7));
  }

  @AfterEach
  void stop() {
    client.close();
    bridge.close();
  }

  private void subscribe(SessionPublicKey id) throws Exception {
    client.subscribe(url, id).toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private long publish(SessionPublicKey to, int n) {
    return bridge.publish(WALLET, to.clientId(), new byte[] {(byte) n, 1, 2, 3});
  }

  private List<String> acceptedIds() {
    return receiver.accepted().stream().map(c -> c.eventId().value()).toList();
  }

  @Test
  void carriesManyClientIdsOnFewStreamsAndDeliversToEach() throws Exception {
    List<SessionPublicKey> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(clientId(i));
      client.subscribe(url, clientId(i));
    }
    for (SessionPublicKey id : ids) {
      subscribe(id);
    }
    assertThat(client.streamShape(url))
        .hasSize(3)
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(10));
    assertThat(client.streamShape(url).stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    List<Long> published = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      published.add(publish(ids.get(i), i));
    }
    Eventually.await(
        "receiver.accepted().size() == 25",
        Duration.ofSeconds(5),
        () -> receiver.accepted().size() == 25);
    for (int i = 0; i < ids.size(); i++) {
      ReceiveBridgeEventCommand command =
          receiver.accepted().stream()
              .filter(c -> c.message().ciphertext().toByteArray()[0] == (byte) 0)
              .findFirst()
              .orElseThrow();
      assertThat(command.message().from().clientId()).isEqualTo(WALLET);
    }
    for (int i = 0; i < ids.size(); i++) {
      long id = published.get(i);
      SessionPublicKey to = ids.get(i);
      Eventually.await(
          "cursors.find(url, to) .map(c -> Long.parseLong(c.value()) >= id).orElse(false)",
          Duration.ofSeconds(2),
          () -> cursors.find(url, to).map(c -> Long.parseLong(c.value()) >= id).orElse(false));
      ReceiveBridgeEventCommand command =
          receiver.accepted().stream()
              .filter(c -> c.eventId().value().equals(Long.toString(id)))
              .findFirst()
              .orElseThrow();
      assertThat(command.addressees()).contains(to);
    }
    assertThat(bridge.openStreams()).isEqualTo(3);
  }

  @Test
  void aConnectionCutMidEventResumesFromTheCursorAndLosesNothing() throws Exception {
    SessionPublicKey a = clientId(1);
    subscribe(a);
    long first = publish(a, 1);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 1);
    bridge.dropAllStreams("event: message\nid: 99\ndata: {\"from\":\"" + WALLET + "\",\"mess");
    long second = publish(a, 2);
    Eventually.await(
        "receiver.accepted().size() == 2",
        Duration.ofSeconds(5),
        () -> receiver.accepted().size() == 2);
    assertThat(acceptedIds()).containsExactly(Long.toString(first), Long.toString(second));
    List<FakeBridge.Request> subscriptions = bridge.subscriptions();
    assertThat(subscriptions.get(subscriptions.size() - 1).query())
        .containsEntry("last_event_id", Long.toString(first));
    assertThat(telemetry.count("malformed:truncated-frame")).isEqualTo(1);
    assertThat(cursors.find(url, a)).contains(BridgeEventId.of(second));
  }

  @Test
  void aReleasedClientIdsCursorIsForgottenEvenThoughItsStreamWritesItsLastWatermark()
      throws Exception {
    SessionPublicKey a = clientId(1);
    SessionPublicKey b = clientId(2);
    subscribe(a);
    subscribe(b);
    long event = publish(a, 1);
    Eventually.await(
        "the event stored", Duration.ofSeconds(3), () -> receiver.accepted().size() == 1);
    Eventually.await(
        "both cursors written",
        Duration.ofSeconds(3),
        () -> cursors.find(url, a).isPresent() && cursors.find(url, b).isPresent());

    client.release(url, b);

    Eventually.await(
        "b off its stream",
        Duration.ofSeconds(3),
        () -> client.streamShape(url).equals(List.of(1)));
    Eventually.await(
        "b's cursor forgotten", Duration.ofSeconds(3), () -> cursors.find(url, b).isEmpty());
    assertThat(cursors.find(url, a)).contains(BridgeEventId.of(event));
  }

  @Test
  void garbageAndInvalidBase64AreCountedAndTheStreamGoesOn() throws Exception {
    SessionPublicKey a = clientId(1);
    subscribe(a);
    bridge.broadcastRaw("this is not sse\n\n{\"json\":true}\n\n");
    bridge.broadcastRaw(
        "event: message\nid: 5\ndata: {\"from\":\"" + WALLET + "\",\"message\":\"@@@\"}\n\n");
    bridge.broadcastRaw(
        "event: message\nid: 6\ndata: {\"from\":\"" + WALLET + "\",\"message\"\n\n");
    bridge.broadcastRaw(
        "event: message\ndata: {\"from\":\"" + WALLET + "\",\"message\":\"AQID\"}\n\n");
    long good = publish(a, 1);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 1);
    assertThat(acceptedIds()).containsExactly(Long.toString(good));
    assertThat(telemetry.count("malformed:invalid-base64")).isEqualTo(1);
    assertThat(telemetry.count("malformed:invalid-json")).isEqualTo(1);
    assertThat(telemetry.count("malformed:missing-id")).isEqualTo(1);
    assertThat(bridge.subscriptions()).hasSize(1);
  }

  @Test
  void aJsonErrorBehindStatus200IsAFailedSubscriptionThatIsRetried() throws Exception {
    bridge.answerNextSubscription(
        new FakeBridge.Canned(
            200,
            Map.of("Content-Type", "text/event-stream"),
            "\n{\"message\":\"invalid client_id\",\"statusCode\":400}"));
    SessionPublicKey a = clientId(1);
    client.subscribe(url, a);
    Eventually.await(
        "bridge.openStreams() == 1", Duration.ofSeconds(5), () -> bridge.openStreams() == 1);
    assertThat(telemetry.count("reconnect:json-error-body")).isEqualTo(1);
    assertThat(telemetry.count("malformed:json-error-body")).isEqualTo(1);
    publish(a, 1);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 1);
  }

  @Test
  void honoursRetryAfterOn429() throws Exception {
    bridge.answerNextSubscription(
        new FakeBridge.Canned(
            429, Map.of("Retry-After", "1"), "{\"message\":\"too many\",\"statusCode\":429}"));
    long started = System.nanoTime();
    client.subscribe(url, clientId(1));
    Eventually.await(
        "bridge.openStreams() == 1", Duration.ofSeconds(5), () -> bridge.openStreams() == 1);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertThat(telemetry.count("reconnect:http-429")).isEqualTo(1);
  }

  @Test
  void a503BurstOpensTheCircuitWhichClosesWhenTheBridgeRecovers() throws Exception {
    for (int i = 0; i < 6; i++) {
      bridge.answerNextSubscription(new FakeBridge.Canned(503, Map.of(), "down"));
    }
    SessionPublicKey a = clientId(1);
    client.subscribe(url, a);
    Eventually.await(
        "telemetry.count(\"circuit-open\") >= 1",
        Duration.ofSeconds(5),
        () -> telemetry.count("circuit-open") >= 1);
    Eventually.await(
        "bridge.openStreams() == 1", Duration.ofSeconds(10), () -> bridge.openStreams() == 1);
    // The bridge registers the stream a moment before the client has read its 200.
    Eventually.await(
        "circuit closed again",
        Duration.ofSeconds(5),
        () -> telemetry.count("circuit-closed") >= 1);
    assertThat(client.isCircuitOpen(url)).isFalse();
    publish(a, 1);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 1);
  }

  @Test
  void duplicateAndReversedReplaysAreStoredOnceAndTheCursorIsTheNewest() throws Exception {
    SessionPublicKey a = clientId(1);
    long m1 = publish(a, 1);
    long m2 = publish(a, 2);
    long m3 = publish(a, 3);
    bridge.duplicateAndReverseReplay = true;
    subscribe(a);
    Eventually.await(
        "receiver.calls().size() == 6", Duration.ofSeconds(3), () -> receiver.calls().size() == 6);
    assertThat(acceptedIds())
        .containsExactly(Long.toString(m1), Long.toString(m2), Long.toString(m3));
    assertThat(cursors.find(url, a)).contains(BridgeEventId.of(m3));
  }

  @Test
  void aSilentStreamIsCutAfterThreeHeartbeatIntervals() throws Exception {
    bridge.heartbeats = false;
    subscribe(clientId(1));
    Eventually.await(
        "bridge.subscriptions().size() >= 2",
        Duration.ofSeconds(5),
        () -> bridge.subscriptions().size() >= 2);
    assertThat(telemetry.count("reconnect:idle-timeout")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void heartbeatsInBothFormsKeepTheStreamAlive() throws Exception {
    bridge.legacyHeartbeat = false;
    bridge.lineEnd = "\r\n";
    client.close();
    BridgeClientSettings fast = fastSettings(10);
    // Idle timeout 3 s: only the heartbeats (every 200 ms) can keep it from firing, even on a busy
    // machine.
    client =
        newClient(
            new BridgeClientSettings(
                10,
                fast.maxUrlLength(),
                Duration.ofSeconds(1),
                fast.connectTimeout(),
                fast.reconnectMinDelay(),
                fast.reconnectMaxDelay(),
                fast.reshapeDelay(),
                fast.catchUpQuietPeriod(),
                fast.circuitFailureThreshold(),
                fast.circuitOpenDuration(),
                fast.maxFrameBytes(),
                Map.of(),
                Duration.ZERO,
                PARALLEL_DELIVERIES));
    subscribe(clientId(1));
    Thread.sleep(1500);
    assertThat(bridge.subscriptions()).hasSize(1);
    assertThat(telemetry.count("heartbeat")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void anEventTheStoreCannotTakeIsReplayedAndTheCursorWaitsForIt() throws Exception {
    SessionPublicKey a = clientId(1);
    subscribe(a);
    int[] failures = {0};
    receiver.failWhen(c -> failures[0]++ < 2);
    long m1 = publish(a, 1);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(5),
        () -> receiver.accepted().size() == 1);
    assertThat(receiver.calls()).hasSize(3);
    assertThat(telemetry.count("reconnect:store-unavailable")).isEqualTo(2);
    assertThat(cursors.find(url, a)).contains(BridgeEventId.of(m1));
  }

  @Test
  void aReturningClientIdCatchesUpFromItsCursorThenJoinsTheSharedStream() throws Exception {
    SessionPublicKey a = clientId(1);
    SessionPublicKey b = clientId(2);
    subscribe(a);
    long old = publish(b, 1);
    cursors.put(url, b, BridgeEventId.of(old));
    long missed = publish(b, 2);
    subscribe(b);
    Eventually.await(
        "receiver.accepted().size() == 1",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 1);
    assertThat(acceptedIds()).containsExactly(Long.toString(missed));
    FakeBridge.Request catchUp = bridge.subscriptions().get(1);
    assertThat(catchUp.query())
        .containsEntry("client_id", b.clientId())
        .containsEntry("last_event_id", Long.toString(old))
        .containsKey("enable_queue_done_event");
    Eventually.await(
        "bridge.openStreams() == 1 && bridge.streamMembers().get(0).size() == 2",
        Duration.ofSeconds(5),
        () -> bridge.openStreams() == 1 && bridge.streamMembers().get(0).size() == 2);
    long after = publish(b, 3);
    long forA = publish(a, 4);
    Eventually.await(
        "receiver.accepted().size() == 3",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 3);
    assertThat(acceptedIds()).contains(Long.toString(after), Long.toString(forA));
  }

  @Test
  void unsubscribingReshapesTheStreamWithoutLosingTheOthersEvents() throws Exception {
    SessionPublicKey a = clientId(1);
    SessionPublicKey b = clientId(2);
    subscribe(a);
    subscribe(b);
    Eventually.await(
        "bridge.openStreams() == 1 && bridge.streamMembers().get(0).size() == 2",
        Duration.ofSeconds(3),
        () -> bridge.openStreams() == 1 && bridge.streamMembers().get(0).size() == 2);
    client.unsubscribe(url, b);
    long forA = publish(a, 1);
    Eventually.await(
        "bridge.openStreams() == 1 && bridge.streamMembers().get(0).equals(java.util.Set.of(a.clientId()))",
        Duration.ofSeconds(3),
        () ->
            bridge.openStreams() == 1
                && bridge.streamMembers().get(0).equals(java.util.Set.of(a.clientId())));
    long forA2 = publish(a, 2);
    Eventually.await(
        "receiver.accepted().size() == 2",
        Duration.ofSeconds(3),
        () -> receiver.accepted().size() == 2);
    assertThat(acceptedIds()).containsExactly(Long.toString(forA), Long.toString(forA2));
  }

  @Test
  void aPausedClientIdWithoutCursorResumesWithEverythingTheBridgeStillHolds() throws Exception {
    SessionPublicKey a = clientId(1);
    SessionPublicKey b = clientId(2);
    subscribe(a);
    subscribe(b);
    client.unsubscribe(url, b);
    Eventually.await(
        "b off the stream",
        Duration.ofSeconds(3),
        () ->
            bridge.openStreams() == 1
                && bridge.streamMembers().get(0).equals(java.util.Set.of(a.clientId())));
    long whilePaused = publish(b, 1);
    long forA = publish(a, 2);
    Eventually.await("a's message", Duration.ofSeconds(3), () -> receiver.accepted().size() == 1);
    assertThat(cursors.find(url, b)).isEmpty();
    client.resume(url, b).toCompletableFuture().get(5, TimeUnit.SECONDS);
    Eventually.await("b's message", Duration.ofSeconds(3), () -> receiver.accepted().size() == 2);
    assertThat(acceptedIds()).containsExactly(Long.toString(forA), Long.toString(whilePaused));
  }

  @Test
  void aBridgeThatClosesEveryStreamEveryFewHundredMillisecondsLosesNothing() throws Exception {
    List<SessionPublicKey> ids = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      ids.add(clientId(i));
      subscribe(clientId(i));
    }
    Thread closer =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      Thread.sleep(300);
                    } catch (InterruptedException e) {
                      return;
                    }
                    bridge.dropAllStreams("");
                  }
                });
    List<Long> published = new ArrayList<>();
    try {
      for (int n = 0; n < 60; n++) {
        published.add(publish(ids.get(n % ids.size()), n));
        Thread.sleep(25);
      }
      Eventually.await(
          "60 messages stored", Duration.ofSeconds(15), () -> receiver.accepted().size() >= 60);
    } finally {
      closer.interrupt();
    }
    assertThat(acceptedIds())
        .containsExactlyInAnyOrderElementsOf(published.stream().map(String::valueOf).toList());
    assertThat(telemetry.count("reconnect:server-closed")).isGreaterThanOrEqualTo(3);
  }
}
