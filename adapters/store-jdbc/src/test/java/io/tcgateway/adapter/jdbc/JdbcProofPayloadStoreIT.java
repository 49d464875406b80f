package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.testkit.contract.ProofPayloadStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ProofPayloadStoreContract} against PostgreSQL, in a schema of its own. */
class JdbcProofPayloadStoreIT extends ProofPayloadStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  @Override
  protected ProofPayloadStore newStore() {
    DATABASE.truncateAll();
    return DATABASE.bean(ProofPayloadStore.class);
  }
}
