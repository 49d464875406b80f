package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Redis store's start-up with no Redis to talk to: the gateway starts anyway (the store
 * connects lazily and the stored sessions are resumed in the background, retried until the store
 * answers), and {@code /health} says the store is down.
 */
class RedisStoreWithoutRedisTest {

  @Test
  void aStartWithRedisDownSucceedsAndHealthReportsTheStoreDown() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort(); // closed again: nothing listens there
    }
    Map<String, Object> config =
        Map.of(
            "gateway.store.type", "redis",
            "redis.uri", "redis://127.0.0.1:" + port,
            "gateway.store.redis.timeout", "500ms",
            "gateway.crypto.ephemeral-keyset", "true",
            "gateway.wallets.source", "bundled",
            "micronaut.server.port", -1);
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config)) {
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"store\"").contains("DOWN");

      // The API says the same, as the documented problem (a retryable 503), not a 500.
      HttpResponse<String> read =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/users/alice/connection"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
      assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(read.body()).contains("\"code\":\"STORE_UNAVAILABLE\"");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
