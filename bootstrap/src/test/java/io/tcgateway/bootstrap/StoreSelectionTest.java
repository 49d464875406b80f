package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletRequestStore;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code gateway.store.type} picks the store; a wrong value stops the start with the choices. */
class StoreSelectionTest {
  private static final List<Class<?>> STORE_PORTS =
      List.of(
          SessionStore.class,
          WalletRequestStore.class,
          OwnerEventLog.class,
          ProofPayloadStore.class,
          BridgeCursorStore.class,
          SharedSecretStore.class);

  @Test
  void theDefaultIsTheMemoryStoreWithExactlyOneBeanPerPort() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.wallets.source", "bundled"))) {
      for (Class<?> port : STORE_PORTS) {
        assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
      }
      assertThat(context.getBean(SessionStore.class).getClass().getSimpleName())
          .isEqualTo("InMemorySessionStore");
    }
  }

  @Test
  void withTheMemoryStoreAConfiguredDatabaseIsNeitherPooledNorConnected() {
    // Nothing listens on port 1: a pool that tried to connect would fail the start.
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.wallets.source", "bundled",
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/nothing",
                "datasources.default.username", "nobody"))) {
      assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
      for (Class<?> port : STORE_PORTS) {
        assertThat(context.getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
        assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("InMemory");
      }
    }
  }

  @Test
  void theJdbcStoreWithoutItsEnvironmentFailsTheStartSayingWhatToSet() {
    assertThatThrownBy(() -> ApplicationContext.run(Map.of("gateway.store.type", "jdbc")))
        .hasStackTraceContaining("MICRONAUT_ENVIRONMENTS=jdbc");
  }

  @Test
  void anUnknownStoreTypeFailsTheStartListingTheAllowedValues() {
    assertThatThrownBy(() -> ApplicationContext.run(Map.of("gateway.store.type", "mongo")))
        .hasStackTraceContaining("gateway.store.type is 'mongo'")
        .hasStackTraceContaining("memory, jdbc, redis");
  }
}
