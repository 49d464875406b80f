package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The application with the built-in bridge on: one message goes through it. */
@MicronautTest
@Property(name = "gateway.bridge-server.enabled", value = "true")
class BridgeServerEnabledTest {
  private static final String APP = "0a".repeat(32);
  private static final String WALLET = "0b".repeat(32);

  @Inject EmbeddedServer server;

  @Test
  void aPostedMessageComesOutOfTheEventStream() throws Exception {
    String body = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> posted =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          server.getURI()
                              + "/bridge/message?client_id="
                              + APP
                              + "&to="
                              + WALLET
                              + "&ttl=300"))
                  .timeout(Duration.ofSeconds(5))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(200);
      assertThat(posted.body()).isEqualTo("{\"message\":\"OK\",\"statusCode\":200}");

      HttpResponse<InputStream> events =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(server.getURI() + "/bridge/events?client_id=" + WALLET))
                  .header("Accept", "text/event-stream")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(events.statusCode()).isEqualTo(200);
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
        String line;
        do {
          line = lines.readLine();
        } while (line != null && !line.startsWith("data: {"));
        assertThat(line).isEqualTo("data: {\"from\":\"" + APP + "\",\"message\":\"" + body + "\"}");
      }
    }
  }
}
