package io.tcgateway.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.SimulatedWalletsList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The whole gateway on a loopback port — HTTP API, use cases, memory store, bridge client and its
 * built-in bridge — with a wallets list of one "simwallet" on that bridge, and a JSON client for
 * the API as a web backend would call it.
 */
final class GatewayUnderTest implements AutoCloseable {
  static final String API_KEY = "e2e-test-api-key";
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  final String origin;
  final BridgeUrl bridge;
  final ApplicationContext context;
  private final Path walletsList;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

  /** One answer of the API. */
  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  GatewayUnderTest(Map<String, Object> settings) {
    int port = freePort();
    origin = "http://127.0.0.1:" + port;
    bridge = BridgeUrl.parse(origin + "/bridge");
    walletsList = writeWalletsList(bridge.toString());
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", port);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("gateway.bridge-server.enabled", "true");
    properties.put("gateway.bridge-server.heartbeat-interval", "1s");
    properties.put("gateway.bridge.heartbeat-interval", "1s");
    properties.put("gateway.wallets.source", walletsList.toString());
    properties.put("gateway.app.url", origin);
    properties.put("gateway.api.keys", API_KEY);
    properties.put("gateway.proof.key", "e2e-proof-payload-key-of-32-bytes-at-least");
    properties.put("gateway.sessions.sweep-interval", "200ms");
    properties.putAll(settings);
    context = ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
  }

  /** A V4R2 (or other) wallet from a seed of {@code seedByte}, on the gateway's bridge. */
  SimulatedWallet wallet(WalletContract contract, int seedByte) {
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) seedByte);
    return SimulatedWallet.builder(seed, contract).bridge(bridge).build();
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer post(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** Polls {@code path} until its body satisfies {@code done}. */
  JsonNode await(String path, Predicate<JsonNode> done, String what) {
    JsonNode[] last = {null};
    Eventually.await(
        what,
        WAIT,
        () -> {
          last[0] = get(path).body();
          return done.test(last[0]);
        });
    return last[0];
  }

  /** Polls a request until it is no longer pending. */
  JsonNode awaitAnswered(String user, String requestId) {
    return await(
        "v1/users/" + user + "/requests/" + requestId,
        body -> !"pending".equals(body.path("status").asText()),
        "request " + requestId + " answered");
  }

  /** Polls the user's connection until its status is {@code status}. */
  JsonNode awaitStatus(String user, String status) {
    return await(
        "v1/users/" + user + "/connection",
        body -> status.equals(body.path("status").asText()),
        user + " " + status);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin + "/").resolve(path))
        .timeout(WAIT)
        .header("Authorization", "Bearer " + API_KEY);
  }

  HttpClient http() {
    return http;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
      return new Answer(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    context.close();
    try {
      Files.deleteIfExists(walletsList);
    } catch (IOException ignored) {
      // temp file
    }
  }

  private static Path writeWalletsList(String bridgeUrl) {
    try {
      return SimulatedWalletsList.write(Files.createTempFile("e2e-wallets", ".json"), bridgeUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
