package io.tcgateway.adapter.jdbc;

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

/**
 * Conventions §3.12, checked without a database: the package condition switches off every bean of
 * the adapter (the {@code @JdbcRepository} included) unless {@code gateway.store.type=jdbc}, and
 * what it takes to keep micronaut-jdbc-hikari from connecting when a URL is configured.
 */
class JdbcStoreSelectionTest {
  /** Nothing listens on port 1 of the loopback: a connection attempt fails at once. */
  private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nothing";

  private static final List<Class<?>> ADAPTER_TYPES =
      List.of(
          SessionStore.class,
          WalletRequestStore.class,
          OwnerEventLog.class,
          ProofPayloadStore.class,
          BridgeCursorStore.class,
          SharedSecretStore.class,
          SessionRowRepository.class,
          Sql.class);

  @Test
  void withAnotherStoreTypeNoBeanOfTheAdapterExistsAndNoDataSourceIsMade() {
    for (Map<String, Object> properties :
        List.<Map<String, Object>>of(Map.of(), Map.of("gateway.store.type", "memory"))) {
      try (ApplicationContext context = ApplicationContext.run(properties)) {
        for (Class<?> type : ADAPTER_TYPES) {
          assertThat(context.getBeanDefinitions(type)).as(type.getSimpleName()).isEmpty();
        }
        assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
      }
    }
  }

  @Test
  void aDisabledDataSourceIsNotMadeEvenWithAUrl() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.store.type",
                "memory",
                "datasources.default.url",
                UNREACHABLE,
                "datasources.default.enabled",
                false,
                "flyway.datasources.default.enabled",
                false))) {
      assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
      assertThat(context.getBeanDefinitions(SessionStore.class)).isEmpty();
    }
  }

  /**
   * Why bootstrap's application.yml has {@code datasources.default.enabled: false} (and only the
   * jdbc environment turns it on): micronaut-jdbc-hikari makes its pool eagerly ({@code @Context})
   * for any configured data source, whatever the store type, and the pool connects at once. If this
   * ever passes without the exception, the setting can go.
   */
  @Test
  void aConfiguredDataSourceIsMadeAndConnectedEagerlyWhateverTheStoreType() {
    assertThatThrownBy(
            () ->
                ApplicationContext.run(
                        Map.of(
                            "gateway.store.type", "memory", "datasources.default.url", UNREACHABLE))
                    .close())
        .hasStackTraceContaining("127.0.0.1:1");
  }
}
