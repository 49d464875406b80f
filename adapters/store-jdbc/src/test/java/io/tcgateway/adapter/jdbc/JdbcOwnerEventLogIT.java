package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.testkit.contract.OwnerEventLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OwnerEventLogContract} against PostgreSQL, in a schema of its own. */
class JdbcOwnerEventLogIT extends OwnerEventLogContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected OwnerEventLog newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(OwnerEventLog.class);
  }
}
