package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletRequestStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conventions §3.12 for this adapter, without Redis: the package condition turns the
 * {@code @Factory} and every store off unless {@code gateway.store.type=redis}; with it, the beans
 * are made (one per port) and the settings bound, and still nothing connects until a store is used.
 * The "Redis" is a socket that counts connections.
 */
class RedisStoreWiringTest {
  private static final List<Class<?>> PORTS =
      List.of(
          SessionStore.class,
          WalletRequestStore.class,
          OwnerEventLog.class,
          ProofPayloadStore.class,
          BridgeCursorStore.class,
          SharedSecretStore.class);

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

  private ApplicationContext start(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put("redis.uri", "redis://127.0.0.1:" + fakeRedis.getLocalPort());
    config.put("gateway.crypto.ephemeral-keyset", "true"); // crypto-tink's sealer
    return ApplicationContext.builder()
        .properties(config)
        .singletons(new JacksonStorageCodec())
        .start();
  }

  @Test
  void withAnotherStoreTypeNoBeanOfThePackageExistsAndNothingConnects() {
    for (Map<String, Object> config :
        List.<Map<String, Object>>of(Map.of(), Map.of("gateway.store.type", "memory"))) {
      try (ApplicationContext context = start(config)) {
        for (Class<?> port : PORTS) {
          assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).isEmpty();
        }
        assertThat(context.getBeanDefinitions(RedisConnector.class)).isEmpty();
        assertThat(context.getBeanDefinitions(RedisKeys.class)).isEmpty();
        assertThat(context.getActiveBeanRegistrations(RedisClient.class)).isEmpty();
      }
    }
    assertThat(connections.get()).isZero();
  }

  @Test
  void withTheRedisStoreEveryPortHasOneRedisBeanAndStartingConnectsNothing() {
    try (ApplicationContext context = start(Map.of("gateway.store.type", "redis"))) {
      for (Class<?> port : PORTS) {
        assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("Redis");
      }
      assertThat(context.getBean(RedisKeys.class).prefix()).isEqualTo("tcg:");
      assertThat(context.getBean(RedisStoreSettings.class))
          .isEqualTo(RedisStoreSettings.defaults());
    }
    assertThat(connections.get()).as("connections while starting and stopping").isZero();
  }

  @Test
  void theRetentionFollowsTheApplicationsUnlessSetAndTheOtherSettingsBind() {
    try (ApplicationContext context =
        start(
            Map.of(
                "gateway.store.type", "redis",
                "gateway.sessions.retention", "48h",
                "gateway.store.redis.key-prefix", "app-1:",
                "gateway.store.redis.pending-grace", "10m",
                "gateway.store.redis.purge-batch-size", "50"))) {
      assertThat(context.getBean(RedisKeys.class).prefix()).isEqualTo("app-1:");
      assertThat(context.getBean(RedisStoreSettings.class))
          .isEqualTo(new RedisStoreSettings(Duration.ofMinutes(10), Duration.ofHours(48), 50));
    }
    try (ApplicationContext context =
        start(
            Map.of(
                "gateway.store.type", "redis",
                "gateway.store.redis.finished-retention", "2h"))) {
      assertThat(context.getBean(RedisStoreSettings.class).retention())
          .isEqualTo(Duration.ofHours(2));
    }
  }
}
