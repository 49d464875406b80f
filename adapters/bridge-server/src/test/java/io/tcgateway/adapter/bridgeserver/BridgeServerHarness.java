package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.testkit.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A bridge server on a random port with a hand-moved clock, and an HTTP client for it. */
final class BridgeServerHarness implements AutoCloseable {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration WAIT = Duration.ofSeconds(5);

  final MutableClock clock;
  final EmbeddedServer server;
  final ApplicationContext context;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

  BridgeServerHarness(Map<String, Object> settings) {
    this(settings, START);
  }

  /** A bridge whose clock reads {@code start} when the bridge starts. */
  BridgeServerHarness(Map<String, Object> settings, Instant start) {
    clock = new MutableClock(start);
    Map<String, Object> properties = new HashMap<>();
    properties.put("gateway.bridge-server.enabled", "true");
    properties.put("micronaut.server.port", -1);
    properties.putAll(settings);
    context =
        ApplicationContext.builder()
            .properties(properties)
            .singletons(clock)
            .deduceEnvironment(false)
            .start();
    server = context.getBean(EmbeddedServer.class).start();
  }

  BridgeServerHarness() {
    this(Map.of());
  }

  /** The client id {@code n} in hex. */
  static String id(int n) {
    return "%064x".formatted(n);
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery);
  }

  /** {@code POST /bridge/message?<query>} with {@code body}. */
  HttpResponse<String> post(String query, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/bridge/message?" + query))
            .timeout(WAIT)
            .header("Content-Type", "text/plain;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Posts {@code text} (base64-encoded) from {@code from} to {@code to} with a 300 s TTL. */
  HttpResponse<String> send(String from, String to, String text)
      throws IOException, InterruptedException {
    return post("client_id=" + from + "&to=" + to + "&ttl=300", base64(text));
  }

  /** {@code GET /bridge/events?<query>} with extra headers as name, value pairs. */
  SseConnection events(String query, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/bridge/events?" + query))
            .header("Accept", "text/event-stream");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<InputStream> response =
        http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    return new SseConnection(response);
  }

  /** {@code GET} of a path whose body is read whole (error responses). */
  HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(WAIT).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    context.close();
    http.close();
  }
}
