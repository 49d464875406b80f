package io.tcgateway.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The gateway's HTTP API as {@link GatewayLoadHarness} calls it: JSON in, status and JSON out, over
 * one pooled HTTP/1.1 client shared by every virtual thread of the harness.
 */
final class GatewayApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final String origin;

  GatewayApi(HttpClient http, String origin) {
    this.http = http;
    this.origin = origin;
  }

  /** One answer: the status and the parsed body ({@code null} node when empty). */
  record Answer(int status, JsonNode body) {}

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
  }

  Answer post(String path, Object body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(origin + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request.timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String text = response.body();
    return new Answer(
        response.statusCode(),
        text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
  }
}
