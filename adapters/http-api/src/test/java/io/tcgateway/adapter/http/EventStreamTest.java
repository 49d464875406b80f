package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionOwner;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The event stream with polling effectively off: what arrives live came through {@link
 * SseWalletNotifier}.
 */
@MicronautTest
@Property(name = "gateway.api.events.poll-interval", value = "1h")
@Property(name = "gateway.api.events.heartbeat-interval", value = "300ms")
class EventStreamTest extends ApiTestBase {
  static final Duration WAIT = Duration.ofSeconds(5);
  static final SessionOwner ALICE = SessionOwner.http("alice");
  static final SessionOwner BOB = SessionOwner.http("bob");

  Map<String, Object> data(SseClient.Frame frame) {
    try {
      return json.readValue(frame.data(), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new AssertionError(frame.data(), e);
    }
  }

  static Event.Disconnected disconnected(int n) {
    return new Event.Disconnected(Samples.sessionId(n), "wallet");
  }

  @Test
  void theBacklogComesFirstInLogOrderThenLiveEvents() {
    gateway.append(ALICE, new Event.ConnectionPending(Samples.sessionId(1), "tc://x", Samples.NOW));
    gateway.append(BOB, disconnected(9));
    gateway.append(
        ALICE, new Event.Connected(Samples.sessionId(1), Samples.NON_BOUNCEABLE, "tonkeeper"));

    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events")) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
      assertThat(stream.header("Cache-Control")).contains("no-cache");
      SseClient.Frame first = stream.next(WAIT);
      assertThat(first.isComment()).isTrue();
      assertThat(first.comments()).containsExactly("connected");

      SseClient.Frame pending = stream.nextEvent(WAIT);
      assertThat(pending.id()).isEqualTo("1");
      assertThat(pending.event()).isEqualTo("connection.pending");
      assertThat(pending.data())
          .isEqualTo(
              "{\"sessionId\":\"%s\",\"link\":\"tc://x\",\"expiresAt\":\"2025-07-04T16:59:18Z\",\"at\":\"2025-07-04T16:59:18Z\"}"
                  .formatted(Samples.sessionId(1).value()));
      SseClient.Frame connected = stream.nextEvent(WAIT);
      assertThat(connected.id()).isEqualTo("3");
      assertThat(connected.event()).isEqualTo("connection.connected");
      assertThat(data(connected))
          .containsEntry("address", Samples.NON_BOUNCEABLE)
          .containsEntry("walletAppName", "tonkeeper");

      RequestRef ref = new RequestRef(Samples.sessionId(1), RequestId.of(0));
      gateway.append(
          ALICE, new Event.RequestRejected(ref, RpcMethod.SEND_TRANSACTION, 300, "declined"));
      SseClient.Frame live = stream.nextEvent(WAIT);
      assertThat(live).as("woken by the notifier, not by a poll").isNotNull();
      assertThat(live.id()).isEqualTo("4");
      assertThat(live.event()).isEqualTo("request.rejected");
      assertThat(data(live))
          .containsEntry("requestId", ref.value())
          .containsEntry("sessionId", Samples.sessionId(1).value())
          .containsEntry("method", "sendTransaction")
          .containsEntry("code", "wallet-300")
          .containsEntry("walletCode", 300)
          .containsEntry("message", "declined");
    }
  }

  @Test
  void everyEventTypeHasItsFields() {
    RequestRef ref = new RequestRef(Samples.sessionId(2), RequestId.of(5));
    gateway.append(ALICE, new Event.Failed(Samples.sessionId(2), "signature-invalid", "bad proof"));
    gateway.append(ALICE, new Event.ConnectionExpired(Samples.sessionId(2)));
    gateway.append(ALICE, new Event.Disconnected(Samples.sessionId(2), "user"));
    gateway.append(ALICE, new Event.RequestCompleted(ref, RpcMethod.SIGN_DATA));
    gateway.append(
        ALICE, new Event.RequestFailed(ref, RpcMethod.SIGN_MESSAGE, "wallet-1", "bad request"));
    gateway.append(ALICE, new Event.RequestExpired(ref, RpcMethod.SEND_TRANSACTION));

    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events")) {
      String session = Samples.sessionId(2).value();
      String at = "2025-07-04T16:59:18Z";
      List<Map<String, Object>> expected =
          List.of(
              Map.of(
                  "sessionId",
                  session,
                  "code",
                  "signature-invalid",
                  "message",
                  "bad proof",
                  "at",
                  at),
              Map.of("sessionId", session, "at", at),
              Map.of("sessionId", session, "by", "user", "at", at),
              Map.of(
                  "sessionId", session, "requestId", ref.value(), "method", "signData", "at", at),
              Map.of(
                  "sessionId",
                  session,
                  "requestId",
                  ref.value(),
                  "method",
                  "signMessage",
                  "code",
                  "wallet-1",
                  "walletCode",
                  1,
                  "message",
                  "bad request",
                  "at",
                  at),
              Map.of(
                  "sessionId",
                  session,
                  "requestId",
                  ref.value(),
                  "method",
                  "sendTransaction",
                  "at",
                  at));
      List<String> types =
          List.of(
              "connection.failed",
              "connection.expired",
              "connection.disconnected",
              "request.completed",
              "request.failed",
              "request.expired");
      for (int i = 0; i < expected.size(); i++) {
        SseClient.Frame frame = stream.nextEvent(WAIT);
        assertThat(frame.event()).isEqualTo(types.get(i));
        assertThat(data(frame)).isEqualTo(expected.get(i));
      }
    }
  }

  @Test
  void resumesAfterLastEventIdFromTheHeaderOrTheQuery() {
    for (int i = 1; i <= 5; i++) {
      gateway.append(ALICE, disconnected(i));
    }

    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events", "Last-Event-ID", "3")) {
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("4");
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("5");
    }
    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events?lastEventId=4")) {
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("5");
    }
    try (SseClient stream =
        SseClient.open(api, "/v1/users/alice/events?lastEventId=1", "Last-Event-ID", "4")) {
      assertThat(stream.nextEvent(WAIT).id()).as("the header wins").isEqualTo("5");
    }
    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events", "Last-Event-ID", "5")) {
      assertThat(stream.nextEvent(Duration.ofMillis(500))).isNull();
      gateway.append(ALICE, disconnected(6));
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("6");
    }
  }

  @Test
  void aBadLastEventIdIs400() {
    api.get("/v1/users/alice/events", "Last-Event-ID", "abc")
        .problem(400, "INVALID_FIELD", "Last-Event-ID");
    api.get("/v1/users/alice/events?lastEventId=-1").problem(400, "INVALID_FIELD", "lastEventId");
    api.get("/v1/users/alice/events?lastEventId=99999999999999999999")
        .problem(400, "INVALID_FIELD", "lastEventId");
    api.get("/v1/users/bad%20id/events").problem(400, "INVALID_FIELD", "userId");
  }

  @Test
  void noEventIsLostOrDuplicatedUnderConcurrentNotifications() throws Exception {
    int count = 200;
    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events");
        ExecutorService writers = Executors.newFixedThreadPool(4)) {
      for (int i = 0; i < count; i++) {
        int n = i;
        writers.execute(
            () -> {
              gateway.append(ALICE, disconnected(n));
              if (n % 3 == 0) {
                gateway.append(BOB, disconnected(n)); // wakes only Bob's streams
              }
            });
      }
      List<Long> ids = new ArrayList<>();
      while (ids.size() < count) {
        SseClient.Frame frame = stream.nextEvent(WAIT);
        assertThat(frame).as("event %d of %d", ids.size() + 1, count).isNotNull();
        ids.add(Long.parseLong(frame.id()));
      }
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      List<Long> aliceIds =
          gateway.log.stream().filter(e -> e.owner().equals(ALICE)).map(e -> e.sequence()).toList();
      assertThat(ids).containsExactlyElementsOf(aliceIds);
      for (int i = 0; i < 20; i++) {
        new SseWalletNotifierProbe(gateway).wakeAlice();
      }
      assertThat(stream.nextEvent(Duration.ofMillis(500))).as("nothing twice").isNull();
    }
  }

  @Test
  void aUsersStreamNeverCarriesAnotherUsersEvents() {
    try (SseClient alice = SseClient.open(api, "/v1/users/alice/events");
        SseClient bob = SseClient.open(api, "/v1/users/bob/events")) {
      gateway.append(BOB, disconnected(1));
      gateway.append(SessionOwner.telegram(42), disconnected(2));
      gateway.append(SessionOwner.http("alice2"), disconnected(3));
      gateway.append(ALICE, disconnected(4));

      SseClient.Frame toAlice = alice.nextEvent(WAIT);
      assertThat(toAlice.id()).isEqualTo("4");
      assertThat(alice.nextEvent(Duration.ofMillis(500))).isNull();
      SseClient.Frame toBob = bob.nextEvent(WAIT);
      assertThat(toBob.id()).isEqualTo("1");
      assertThat(bob.nextEvent(Duration.ofMillis(300))).isNull();
    }
  }

  @Test
  void heartbeatsKeepTheStreamAlive() {
    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events")) {
      List<String> comments = new ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!comments.contains("heartbeat") && System.nanoTime() < deadline) {
        SseClient.Frame frame = stream.next(Duration.ofMillis(100));
        if (frame != null) {
          comments.addAll(frame.comments());
        }
      }
      assertThat(comments).contains("heartbeat");
    }
  }

  @Test
  void aLogThatCannotBeReadIsRetriedAndTheStreamStaysOpen() {
    gateway.append(ALICE, disconnected(1));
    gateway.failNext(new StoreUnavailableException("down", null));

    try (SseClient stream = SseClient.open(api, "/v1/users/alice/events")) {
      assertThat(stream.nextEvent(Duration.ofMillis(500))).isNull();
      gateway.append(ALICE, disconnected(2)); // the next wake-up reads again, from the start
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("1");
      assertThat(stream.nextEvent(WAIT).id()).isEqualTo("2");
    }
  }

  /** Wakes Alice's streams through the real notifier bean, as the application would. */
  record SseWalletNotifierProbe(FakeGateway gateway) {
    void wakeAlice() {
      gateway.notifyOnly(ALICE, disconnected(0));
    }
  }
}
