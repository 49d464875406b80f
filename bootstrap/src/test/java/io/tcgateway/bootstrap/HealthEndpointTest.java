package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthEndpointTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void healthReportsUp() {
    HttpResponse<Map> response = client.toBlocking().exchange("/health", Map.class);
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body()).containsEntry("status", "UP");
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthNamesTheStoreAndTheBridges() {
    Map<String, Object> body = client.toBlocking().retrieve("/health", Map.class);
    Map<String, Object> details = (Map<String, Object>) body.get("details");
    assertThat(details).containsKeys("store", "bridges");
    Map<String, Object> store = (Map<String, Object>) details.get("store");
    assertThat(store).containsEntry("status", "UP");
    assertThat((Map<String, Object>) store.get("details")).containsEntry("type", "memory");
    Map<String, Object> bridges = (Map<String, Object>) details.get("bridges");
    assertThat((Map<String, Object>) bridges.get("details")).containsKey("counters");
  }
}
