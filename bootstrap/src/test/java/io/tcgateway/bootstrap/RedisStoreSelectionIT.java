package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.verify.ProofPayloads;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The {@code redis} environment (application-redis.yml) against the Redis of the build machine
 * ({@code redis.uri}, default {@code redis://127.0.0.1:6379}) under a key prefix of its own that is
 * deleted afterwards: exactly one bean per store port, each the Redis one, the proof key stored
 * sealed, the store health probe UP; without a keyset the start fails. Fails when Redis is
 * unreachable.
 */
class RedisStoreSelectionIT {
  private static final String URI = System.getProperty("redis.uri", "redis://127.0.0.1:6379");

  private static final List<Class<?>> STORE_PORTS =
      List.of(
          SessionStore.class,
          WalletRequestStore.class,
          OwnerEventLog.class,
          ProofPayloadStore.class,
          BridgeCursorStore.class,
          SharedSecretStore.class);

  private final String prefix = newPrefix();

  private static String newPrefix() {
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    return "tcg-test:" + HexFormat.of().formatHex(random) + ":";
  }

  @AfterEach
  void deleteKeys() {
    try (RedisClient client = RedisClient.create(URI);
        StatefulRedisConnection<String, String> connection = client.connect()) {
      List<String> keys = new ArrayList<>();
      ScanCursor cursor = ScanCursor.INITIAL;
      do {
        KeyScanCursor<String> page =
            connection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
        keys.addAll(page.getKeys());
        cursor = page;
      } while (!cursor.isFinished());
      if (!keys.isEmpty()) {
        connection.sync().del(keys.toArray(String[]::new));
      }
    }
  }

  private Map<String, Object> config(boolean withKeyset) {
    return withKeyset
        ? Map.of(
            "redis.uri", URI,
            "gateway.store.redis.key-prefix", prefix,
            "gateway.crypto.keyset", TinkKeysets.generate())
        : Map.of("redis.uri", URI, "gateway.store.redis.key-prefix", prefix);
  }

  @Test
  void theRedisEnvironmentWiresTheRedisStoreForEveryPort() {
    try (ApplicationContext context =
        ApplicationContext.builder("test", "redis").properties(config(true)).start()) {
      for (Class<?> port : STORE_PORTS) {
        assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("Redis");
      }
      // The proof payload key is made once and kept, sealed, in Redis for every process.
      context.getBean(ProofPayloads.class);
      try (RedisClient client = RedisClient.create(URI);
          StatefulRedisConnection<String, String> connection = client.connect()) {
        assertThat(connection.sync().get(prefix + "secret:proof-payload-key")).isNotBlank();
      }
      HealthIndicator store =
          context.getBeansOfType(HealthIndicator.class).stream()
              .filter(i -> i.getClass().getSimpleName().equals("StoreHealthIndicator"))
              .findFirst()
              .orElseThrow();
      HealthResult result = Flux.from(store.getResult()).blockFirst();
      assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
    }
  }

  @Test
  void withoutAKeysetTheRedisStoreRefusesToStart() {
    assertThatThrownBy(
            () -> ApplicationContext.builder("test", "redis").properties(config(false)).start())
        .hasStackTraceContaining("secrets at rest need a Tink keyset");
  }
}
