package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.application.port.out.SessionStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conventions §3.12: with {@code gateway.store.type=memory} the gateway starts with the Redis
 * adapter on the classpath and a {@code redis.uri} set, and never opens a connection to it — not at
 * start-up, not for {@code /health}. The "Redis" here is a socket that counts connections.
 */
class MemoryStoreConnectsNowhereTest {
  private ServerSocket fakeRedis;
  private final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void listen() throws IOException {
    fakeRedis = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (true) {
                  Socket socket = fakeRedis.accept();
                  connections.incrementAndGet();
                  socket.close();
                }
              } catch (IOException closed) {
                // test over
              }
            });
  }

  @AfterEach
  void close() throws IOException {
    fakeRedis.close();
  }

  @Test
  void withTheMemoryStoreNoRedisConnectionIsAttemptedEvenWithARedisUri() {
    Map<String, Object> config =
        Map.of(
            "gateway.store.type",
            "memory",
            "redis.uri",
            "redis://127.0.0.1:" + fakeRedis.getLocalPort(),
            "gateway.wallets.source",
            "bundled",
            "micronaut.server.port",
            -1);
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config);
        HttpClient client = HttpClient.create(server.getURL())) {
      ApplicationContext context = server.getApplicationContext();
      assertThat(context.getBean(SessionStore.class).getClass().getSimpleName())
          .isEqualTo("InMemorySessionStore");
      String health = client.toBlocking().retrieve("/health");
      assertThat(health).contains("\"store\"").doesNotContain("redis");
    }
    assertThat(connections.get()).as("connections made to the Redis URI").isZero();
  }
}
