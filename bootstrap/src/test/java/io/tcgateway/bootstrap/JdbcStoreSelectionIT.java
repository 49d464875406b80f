package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The {@code jdbc} environment (application-jdbc.yml) against the PostgreSQL of the build machine
 * ({@code tcg.test.jdbc.url}, default {@code jdbc:postgresql://127.0.0.1:5432/test}), in a schema
 * of its own that is dropped afterwards: exactly one bean per store port, each the PostgreSQL one,
 * and the store health probe is UP. Fails when PostgreSQL is unreachable.
 */
class JdbcStoreSelectionIT {
  private static final String URL =
      System.getProperty("tcg.test.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USERNAME = System.getProperty("tcg.test.jdbc.username", "postgres");
  private static final String PASSWORD = System.getProperty("tcg.test.jdbc.password", "");

  private static final List<Class<?>> STORE_PORTS =
      List.of(
          SessionStore.class,
          WalletRequestStore.class,
          OwnerEventLog.class,
          ProofPayloadStore.class,
          BridgeCursorStore.class,
          SharedSecretStore.class);

  @Test
  void theJdbcEnvironmentWiresThePostgresqlStoreForEveryPort() throws Exception {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    String schema = "tcg_test_" + HexFormat.of().formatHex(suffix);
    try (ApplicationContext context =
        ApplicationContext.builder("test", "jdbc")
            .properties(
                Map.of(
                    "datasources.default.url",
                    URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "datasources.default.username",
                    USERNAME,
                    "datasources.default.password",
                    PASSWORD,
                    "flyway.datasources.default.schemas",
                    schema,
                    "gateway.crypto.keyset",
                    TinkKeysets.generate()))
            .start()) {
      for (Class<?> port : STORE_PORTS) {
        assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("Jdbc");
      }
      HealthIndicator store =
          context.getBeansOfType(HealthIndicator.class).stream()
              .filter(i -> i.getClass().getSimpleName().equals("StoreHealthIndicator"))
              .findFirst()
              .orElseThrow();
      HealthResult result = Flux.from(store.getResult()).blockFirst();
      assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
      // Durable stores handle a stream's events in per-sender lanes (ADR 0012).
      assertThat(
              context
                  .getBean(io.tcgateway.adapter.bridge.config.BridgeClientProperties.class)
                  .maxParallelDeliveries())
          .isEqualTo(32);
      // application-jdbc.yml's driver properties reach the connections.
      try (Connection connection = connect();
          Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'tc-gateway'")) {
        rows.next();
        assertThat(rows.getInt(1)).isPositive();
      }
    } finally {
      try (Connection connection = connect();
          Statement drop = connection.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static Connection connect() throws Exception {
    Properties credentials = new Properties();
    credentials.setProperty("user", USERNAME);
    credentials.setProperty("password", PASSWORD);
    return DriverManager.getConnection(URL, credentials);
  }
}
