package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.testkit.contract.ProofPayloadStoreContract;

class InMemoryProofPayloadStoreTest extends ProofPayloadStoreContract {
  @Override
  protected ProofPayloadStore newStore() {
    return new InMemoryProofPayloadStore();
  }
}
