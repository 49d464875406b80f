package io.tcgateway.adapter.bridgeserver;

import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.WAIT;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.base64;
import static io.tcgateway.adapter.bridgeserver.BridgeServerHarness.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /bridge/message}: protocol.md §2.3 against a running bridge. */
class BridgeMessageTest {
  private static final String OK = "{\"message\":\"OK\",\"statusCode\":200}";
  private static final AtomicInteger NEXT_ID = new AtomicInteger(100);
  private static BridgeServerHarness bridge;

  @BeforeAll
  static void start() {
    bridge =
        new BridgeServerHarness(
            Map.of(
                "gateway.bridge-server.max-ttl", "120s",
                "gateway.bridge-server.max-body-size", "1KB"));
  }

  @AfterAll
  static void stop() {
    bridge.close();
  }

  private static String fresh() {
    return id(NEXT_ID.incrementAndGet());
  }

  private static String json400(String message) {
    return "{\"message\":\"" + message.replace("\"", "\\\"") + "\",\"statusCode\":400}";
  }

  @Test
  void acceptedMessageGetsTheReferenceOkBody() throws Exception {
    HttpResponse<String> response =
        bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=60", base64("hello"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(OK);
  }

  @Test
  void ttlAtTheConfiguredMaximumIsAccepted() throws Exception {
    assertThat(
            bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=120", base64("x")).body())
        .isEqualTo(OK);
  }

  @ParameterizedTest(name = "ttl={0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "121| param \"ttl\" too high: at most 120 seconds",
        "300| param \"ttl\" too high: at most 120 seconds",
        "99999999999999999999999| param \"ttl\" too high: at most 120 seconds",
        "0| param \"ttl\" must be positive",
        "-5| param \"ttl\" must be positive",
        "abc| param \"ttl\" is invalid: expected whole seconds",
        "1.5| param \"ttl\" is invalid: expected whole seconds",
      })
  void unusableTtlIsA400(String ttl, String message) throws Exception {
    HttpResponse<String> response =
        bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=" + ttl, base64("x"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(json400(message.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "to=B&ttl=60| param \"client_id\" not present",
        "client_id=A&ttl=60| param \"to\" not present",
        "client_id=A&to=B| param \"ttl\" not present",
        "client_id=A&to=B&ttl=| param \"ttl\" not present",
        "client_id=xyz&to=B&ttl=60| param \"client_id\" is invalid: client id must be 64 hex"
            + " characters, was 3 characters",
        "client_id=A&to=B,B&ttl=60| param \"to\" is invalid: client id must be 64 hex"
            + " characters, was 129 characters",
        "client_id=A&to=B&ttl=60&trace_id=a%20b| param \"trace_id\" is invalid: character at"
            + " index 1",
      })
  void missingOrInvalidParametersAreA400NamingTheParameter(String query, String message)
      throws Exception {
    HttpResponse<String> response =
        bridge.post(query.replace("A", fresh()).replace("B", fresh()), base64("x"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(json400(message.strip()));
  }

  @ParameterizedTest(name = "body={0}")
  @ValueSource(strings = {"not base64!", "aGVsbG8", "aGVs bG8=", "aGVsbG8_", "aGVsbG8=\n\n"})
  void bodyThatIsNotStandardBase64IsA400(String body) throws Exception {
    HttpResponse<String> response =
        bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=60", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"message\":\"body is not standard base64: ");
  }

  @Test
  void emptyBodyIsA400() throws Exception {
    HttpResponse<String> response =
        bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=60", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(json400("body is empty: expected standard base64"));
  }

  @Test
  void oneTrailingLineEndIsIgnored() throws Exception {
    String app = fresh();
    String wallet = fresh();
    assertThat(
            bridge
                .post("client_id=" + app + "&to=" + wallet + "&ttl=60", base64("x") + "\r\n")
                .body())
        .isEqualTo(OK);

    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      assertThat(stream.nextMessage(WAIT).field("data"))
          .isEqualTo("{\"from\":\"" + app + "\",\"message\":\"" + base64("x") + "\"}");
    }
  }

  @Test
  void bodyOverTheLimitIsA413() throws Exception {
    String body = "A".repeat(1028);

    HttpResponse<String> response =
        bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=60", body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .isEqualTo("{\"message\":\"body is larger than 1024 bytes\",\"statusCode\":413}");
  }

  @Test
  void chunkedBodyOverTheLimitIsA413() throws Exception {
    byte[] body = "A".repeat(4096).getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(
                bridge.uri("/bridge/message?client_id=" + fresh() + "&to=" + fresh() + "&ttl=60"))
            .timeout(WAIT)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response = bridge.http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void bodyAtTheLimitIsAccepted() throws Exception {
    String body = "A".repeat(1024);

    assertThat(bridge.post("client_id=" + fresh() + "&to=" + fresh() + "&ttl=60", body).body())
        .isEqualTo(OK);
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {"application/x-www-form-urlencoded", "application/octet-stream", "text/plain"})
  void anyContentTypeIsAccepted(String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                bridge.uri("/bridge/message?client_id=" + fresh() + "&to=" + fresh() + "&ttl=60"))
            .timeout(WAIT)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(base64("x")))
            .build();

    HttpResponse<String> response = bridge.http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo(OK);
  }

  @Test
  void aRejectedMessageIsNotDelivered() throws Exception {
    String app = fresh();
    String wallet = fresh();
    bridge.post("client_id=" + app + "&to=" + wallet + "&ttl=0", base64("x"));
    bridge.post("client_id=" + app + "&to=" + wallet + "&ttl=60", "not base64!");

    try (SseConnection stream = bridge.events("client_id=" + wallet)) {
      stream.assertNoMessage(Duration.ofMillis(300));
    }
  }
}
