package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.testkit.contract.SessionStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SessionStoreContract} against PostgreSQL, in a schema of its own. */
class JdbcSessionStoreIT extends SessionStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected SessionStore newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(SessionStore.class);
  }
}
