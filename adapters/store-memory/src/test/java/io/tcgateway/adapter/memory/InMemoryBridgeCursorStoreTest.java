package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.testkit.contract.BridgeCursorStoreContract;

class InMemoryBridgeCursorStoreTest extends BridgeCursorStoreContract {
  @Override
  protected BridgeCursorStore newStore() {
    return new InMemoryBridgeCursorStore();
  }
}
