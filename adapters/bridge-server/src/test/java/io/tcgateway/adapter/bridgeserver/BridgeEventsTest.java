package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.base64;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.bridgeserver.SseConnection.Frame;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /bridge/events}: protocol.md §2.1 and §2.2 against a running bridge. */
class BridgeEventsTest {
  private static final Duration QUIET = Duration.ofMillis(300);
  private static final AtomicInteger NEXT_ID = new AtomicInteger(100);
  private static BridgeServerHarness bridge;

  @BeforeAll
  static void start() {
    bridge = new BridgeServerHarness(Map.of("gateway.bridge-server.max-client-ids-per-stream", 3));
  }

  @AfterAll
  static void stop() {
    bridge.close();
  }

  /** A client id no other test uses: the tests share one bridge. */
  private static String fresh() {
    return id(NEXT_ID.incrementAndGet());
  }

  private static String data(String from, String text) {
    return "{\"from\":\"" + from + "\",\"message\":\"" + base64(text) + "\"}";
  }

  @Test
  void streamOpensWithEventStreamHeadersAndAHeartbeat() throws Exception {
    try (SseConnection stream = bridge.events("client_id=" + fresh())) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.response().headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      assertThat(stream.response().headers().firstValue("Cache-Control"))
          .hasValue("private, no-cache, no-transform");
      assertThat(stream.next(WAIT).lines()).containsExactly("event: heartbeat");
    }
  }

  @Test
  void liveMessageArrivesAsAnSseMessageEventWithIdAndEnvelope() throws Exception {
    String app = fresh();
    String wallet = fresh();
    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      stream.next(WAIT);
      assertThat(bridge.send(app, wallet, "hello").statusCode()).isEqualTo(200);

      Frame frame = stream.nextMessage(WAIT);
      assertThat(frame.lines()).hasSize(3);
      assertThat(frame.lines().get(0)).isEqualTo("event: message");
      assertThat(frame.lines().get(1)).matches("id: [1-9][0-9]*");
      assertThat(frame.lines().get(2)).isEqualTo("data: " + data(app, "hello"));
    }
  }

  @Test
  void traceIdIsPassedOnToTheRecipient() throws Exception {
    String app = fresh();
    String wallet = fresh();
    String trace = "0190e1c2-3f4a-7b5c-8d6e-9f0a1b2c3d4e";
    bridge.post(
        "client_id=" + app + "&to=" + wallet + "&ttl=60&topic=sendTransaction&trace_id=" + trace,
        base64("x"));

    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      assertThat(stream.nextMessage(WAIT).field("data"))
          .isEqualTo(
              "{\"from\":\""
                  + app
                  + "\",\"message\":\""
                  + base64("x")
                  + "\",\"trace_id\":\""
                  + trace
                  + "\"}");
    }
  }

  @Test
  void withoutCursorEveryBufferedMessageIsReplayedInOrder() throws Exception {
    String app = fresh();
    String wallet = fresh();
    for (String text : List.of("one", "two", "three")) {
      bridge.send(app, wallet, text);
    }

    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      List<String> data = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Frame frame = stream.nextMessage(WAIT);
        data.add(frame.field("data"));
        ids.add(frame.id());
      }
      assertThat(data).containsExactly(data(app, "one"), data(app, "two"), data(app, "three"));
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      stream.assertNoMessage(QUIET);
    }
  }

  /** Posts three messages to a fresh wallet and returns their event ids. */
  private static List<Long> threeBuffered(String app, String wallet) throws Exception {
    for (String text : List.of("one", "two", "three")) {
      bridge.send(app, wallet, text);
    }
    List<Long> ids = new ArrayList<>();
    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      for (int i = 0; i < 3; i++) {
        ids.add(stream.nextMessage(WAIT).id());
      }
    }
    return ids;
  }

  @Test
  void lastEventIdQueryReplaysOnlyNewerMessages() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events("client_id=" + wallet + "&last_event_id=" + ids.get(0))) {
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "two"));
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "three"));
      stream.assertNoMessage(QUIET);
    }
  }

  @Test
  void lastEventIdHeaderReplaysOnlyNewerMessages() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events("client_id=" + wallet, "Last-Event-ID", ids.get(1).toString())) {
      assertThat(stream.nextMessage(WAIT).id()).isEqualTo(ids.get(2));
      stream.assertNoMessage(QUIET);
    }
  }

  @Test
  void theReplayComesBeforeQueueDoneAndTheFirstHeartbeatWhenAsked() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events(
            "client_id="
                + wallet
                + "&last_event_id="
                + ids.get(0)
                + "&enable_queue_done_event=true")) {
      assertThat(stream.next(WAIT).id()).isEqualTo(ids.get(1));
      assertThat(stream.next(WAIT).id()).isEqualTo(ids.get(2));
      assertThat(stream.next(WAIT).field("data")).isEqualTo("queue_done");
      assertThat(stream.next(WAIT).isHeartbeat()).isTrue();
    }
  }

  @Test
  void withoutAskingThereIsNoQueueDoneAndTheHeartbeatFollowsTheReplay() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events("client_id=" + wallet + "&last_event_id=" + ids.get(1))) {
      assertThat(stream.next(WAIT).id()).isEqualTo(ids.get(2));
      assertThat(stream.next(WAIT).isHeartbeat()).isTrue();
    }
  }

  @Test
  void lastEventIdHeaderWinsOverTheQueryParameter() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events(
            "client_id=" + wallet + "&last_event_id=" + ids.get(1),
            "Last-Event-ID",
            ids.get(0).toString())) {
      assertThat(stream.nextMessage(WAIT).id()).isEqualTo(ids.get(1));
      assertThat(stream.nextMessage(WAIT).id()).isEqualTo(ids.get(2));
      stream.assertNoMessage(QUIET);
    }
  }

  @Test
  void aZeroLastEventIdHeaderLeavesTheQueryParameterInCharge() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events(
            "client_id=" + wallet + "&last_event_id=" + ids.get(1), "Last-Event-ID", "0")) {
      assertThat(stream.nextMessage(WAIT).id()).isEqualTo(ids.get(2));
      stream.assertNoMessage(QUIET);
    }
  }

  @Test
  void aCursorAtTheNewestMessageReplaysNothingButStillGetsLiveMessages() throws Exception {
    String app = fresh();
    String wallet = fresh();
    List<Long> ids = threeBuffered(app, wallet);

    try (SseConnection stream =
        bridge.events("client_id=" + wallet + "&last_event_id=" + ids.get(2))) {
      stream.assertNoMessage(QUIET);
      bridge.send(app, wallet, "four");
      Frame live = stream.nextMessage(WAIT);
      assertThat(live.field("data")).isEqualTo(data(app, "four"));
      assertThat(live.id()).isGreaterThan(ids.get(2));
    }
  }

  @Test
  void aMultiIdStreamGetsTheMessagesOfEveryListedId() throws Exception {
    String app = fresh();
    String first = fresh();
    String second = fresh();
    String other = fresh();
    bridge.send(app, first, "buffered");

    try (SseConnection stream = bridge.events("client_id=" + first + "," + second)) {
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "buffered"));
      bridge.send(app, other, "not mine");
      bridge.send(app, second, "to second");
      bridge.send(app, first, "to first");
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "to second"));
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "to first"));
      stream.assertNoMessage(QUIET);
    }
  }

  @Test
  void twoStreamsOfTheSameIdBothGetEachLiveMessage() throws Exception {
    String app = fresh();
    String wallet = fresh();
    try (SseConnection one = bridge.events("client_id=" + wallet);
        SseConnection two = bridge.events("client_id=" + wallet)) {
      one.next(WAIT);
      two.next(WAIT);
      bridge.send(app, wallet, "both");

      Frame first = one.nextMessage(WAIT);
      Frame second = two.nextMessage(WAIT);
      assertThat(first.field("data")).isEqualTo(data(app, "both"));
      assertThat(second.lines()).isEqualTo(first.lines());
    }
  }

  @Test
  void clientIdsAreCaseInsensitiveAndSentInLowerCase() throws Exception {
    String app = fresh();
    String wallet = "ab" + fresh().substring(2);
    bridge.post(
        "client_id=" + app.toUpperCase() + "&to=" + wallet.toUpperCase() + "&ttl=60", base64("x"));

    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      assertThat(stream.nextMessage(WAIT).field("data")).isEqualTo(data(app, "x"));
    }
  }

  @Test
  void eventIdsGrowWithEachMessage() throws Exception {
    String app = fresh();
    String wallet = fresh();
    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      stream.next(WAIT);
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        bridge.send(app, wallet, "m" + i);
        ids.add(stream.nextMessage(WAIT).id());
      }
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      assertThat(ids.getFirst())
          .isGreaterThanOrEqualTo(BridgeServerHarness.START.toEpochMilli() * 1000);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''| param \"client_id\" not present",
        "client_id=| param \"client_id\" not present",
        "client_id=abc| param \"client_id\" is invalid: client id must be 64 hex characters, was"
            + " 3 characters",
        "client_id=0x0000000000000000000000000000000000000000000000000000000000000001|"
            + " param \"client_id\" is invalid",
        "client_id=000000000000000000000000000000000000000000000000000000000000000g|"
            + " param \"client_id\" is invalid: client id has a non-hex character at index 63",
        "client_id=0000000000000000000000000000000000000000000000000000000000000001,|"
            + " param \"client_id\" is invalid",
        "client_id=A,B,C,D| param \"client_id\" is invalid",
        "client_id=ID&last_event_id=abc| param \"last_event_id\" is invalid: expected a decimal"
            + " int64",
        "client_id=ID&last_event_id=99999999999999999999| param \"last_event_id\" is invalid",
        "client_id=ID&heartbeat=sometimes| param \"heartbeat\" is invalid: expected legacy or"
            + " message",
      })
  void badParametersAreA400WithAJsonBodyNamingTheParameter(String query, String message)
      throws Exception {
    HttpResponse<String> response =
        bridge.get("/bridge/events?" + query.replace("ID", id(1)).strip());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .startsWith("{\"message\":\"" + message.strip().replace("\"", "\\\""))
        .endsWith("\",\"statusCode\":400}");
  }

  @Test
  void moreClientIdsThanAllowedIsA400() throws Exception {
    String ids = String.join(",", id(1), id(2), id(3), id(4));

    HttpResponse<String> response = bridge.get("/bridge/events?client_id=" + ids);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"param \\\"client_id\\\" lists more than 3 client ids\","
                + "\"statusCode\":400}");
  }

  @Test
  void anInvalidLastEventIdHeaderIsA400() throws Exception {
    HttpResponse<String> response =
        bridge.get("/bridge/events?client_id=" + fresh(), "Last-Event-ID", "yesterday");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"header \\\"Last-Event-ID\\\" is invalid: expected a decimal int64\","
                + "\"statusCode\":400}");
  }
}
