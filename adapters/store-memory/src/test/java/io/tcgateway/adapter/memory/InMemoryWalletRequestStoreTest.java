package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.testkit.contract.WalletRequestStoreContract;

class InMemoryWalletRequestStoreTest extends WalletRequestStoreContract {
  @Override
  protected WalletRequestStore newStore() {
    return new InMemoryWalletRequestStore();
  }
}
