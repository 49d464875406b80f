package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.testkit.contract.WalletRequestStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link WalletRequestStoreContract} against PostgreSQL, in a schema of its own. */
class JdbcWalletRequestStoreIT extends WalletRequestStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected WalletRequestStore newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(WalletRequestStore.class);
  }
}
