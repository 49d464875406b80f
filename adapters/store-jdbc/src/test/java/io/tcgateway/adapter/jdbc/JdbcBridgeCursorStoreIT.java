package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.testkit.contract.BridgeCursorStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BridgeCursorStoreContract} against PostgreSQL, in a schema of its own. */
class JdbcBridgeCursorStoreIT extends BridgeCursorStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected BridgeCursorStore newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(BridgeCursorStore.class);
  }
}
