package io.tcgateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletRequestStore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code gateway.store.type=jdbc}: exactly one bean per store port, each this adapter's. */
class JdbcBeansIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Test
  void everyStorePortHasExactlyOneBeanAndItIsTheJdbcOne() {
    Map<Class<?>, Class<?>> expected =
        Map.of(
            SessionStore.class, JdbcSessionStore.class,
            WalletRequestStore.class, JdbcWalletRequestStore.class,
            OwnerEventLog.class, JdbcOwnerEventLog.class,
            ProofPayloadStore.class, JdbcProofPayloadStore.class,
            BridgeCursorStore.class, JdbcBridgeCursorStore.class,
            SharedSecretStore.class, JdbcSharedSecretStore.class);
    expected.forEach(
        (port, adapter) -> {
          assertThat(DATABASE.context().getBeansOfType(port)).as(port.getSimpleName()).hasSize(1);
          assertThat(DATABASE.context().getBean(port)).isInstanceOf(adapter);
        });
    assertThat(DATABASE.context().findBean(SessionRowRepository.class)).isPresent();
  }
}
