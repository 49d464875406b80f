package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.testkit.contract.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {
  @Override
  protected SessionStore newStore() {
    return new InMemorySessionStore();
  }
}
