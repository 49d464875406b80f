package io.tcgateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.contract.SessionStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionStoreContract} against PostgreSQL, in a schema of its own. */
class JdbcSessionStoreIT extends SessionStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected SessionStore newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(SessionStore.class);
  }

  /**
   * Beyond the contract (ADR 0011): a wallet client id is pinned by one connected session at a
   * time, so a second session connecting with it is refused and the first keeps its routing.
   */
  @Test
  void aWalletClientIdHeldByAConnectedSessionIsRefusedToAnother() {
    WalletSession first = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    WalletSession second = pendingSession(SessionOwner.http("bob"), T0.plusSeconds(300));
    store.save(first);
    store.save(second);
    WalletSession connected = first.connected(connectedWallet(), 1, T0);
    store.save(connected);
    assertThatThrownBy(() -> store.save(second.connected(connectedWallet(), 1, T0)))
        .isInstanceOf(StaleSessionException.class);
    assertThat(store.findByWalletClientId(connectedWallet().walletClientId()).orElseThrow().id())
        .isEqualTo(first.id());
    assertThat(store.findById(second.id()).orElseThrow().version()).isZero();
    // Once the first session is gone, the id is free.
    store.delete(first.id());
    store.save(second.connected(connectedWallet(), 1, T0));
    assertThat(store.findByWalletClientId(connectedWallet().walletClientId()).orElseThrow().id())
        .isEqualTo(second.id());
  }
}
