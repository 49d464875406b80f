package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Redis store's start-up with no Redis to talk to. The store itself connects lazily, but the
 * gateway resumes listening for stored sessions at start, which builds the services, which read the
 * deployment's proof key from the store: so a start with Redis down fails, and says why (a Redis
 * that goes away later makes store calls fail as STORE_UNAVAILABLE instead; see store-redis's
 * RedisConnectionLossIT).
 */
class RedisStoreWithoutRedisTest {

  @Test
  void aStartWithRedisDownFailsNamingRedis() throws IOException {
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
    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, config).close())
        .hasStackTraceContaining("Redis: ")
        .hasStackTraceContaining("Unable to connect to 127.0.0.1");
  }
}
