package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** By default the built-in bridge is not mounted. */
@MicronautTest
class BridgeServerDisabledTest {
  @Inject EmbeddedServer server;

  @Test
  void bridgeEndpointsAreNotFoundByDefault() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> events =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(server.getURI() + "/bridge/events?client_id=" + "0b".repeat(32)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> message =
          http.send(
              HttpRequest.newBuilder(URI.create(server.getURI() + "/bridge/message"))
                  .POST(HttpRequest.BodyPublishers.ofString("aGk="))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(events.statusCode()).isEqualTo(404);
      assertThat(message.statusCode()).isEqualTo(404);
    }
  }
}
