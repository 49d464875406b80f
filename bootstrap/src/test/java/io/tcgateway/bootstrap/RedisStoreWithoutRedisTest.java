package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.domain.session.SessionOwner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The Redis store's start-up with no Redis to talk to: the gateway starts (the connection opens on
 * first use), the store answers {@link StoreUnavailableException} and its health probe is DOWN.
 */
class RedisStoreWithoutRedisTest {

  @Test
  void theGatewayStartsWhileRedisIsDownAndReportsTheStoreDown() throws IOException {
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
      ApplicationContext context = server.getApplicationContext();
      SessionStore sessions = context.getBean(SessionStore.class);
      assertThat(sessions.getClass().getSimpleName()).isEqualTo("RedisSessionStore");
      assertThatThrownBy(() -> sessions.findByOwner(SessionOwner.http("alice")))
          .isInstanceOf(StoreUnavailableException.class);
      // Only the store's indicator: the others build the use cases, which need the proof key
      // from the (unreachable) store.
      HealthIndicator store =
          context.getBeanDefinitions(HealthIndicator.class).stream()
              .filter(d -> d.getBeanType().getSimpleName().equals("StoreHealthIndicator"))
              .findFirst()
              .map(context::getBean)
              .orElseThrow();
      HealthResult result = Flux.from(store.getResult()).blockFirst();
      assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
    }
  }
}
