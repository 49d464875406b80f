package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.testkit.contract.OwnerEventLogContract;

class InMemoryOwnerEventLogTest extends OwnerEventLogContract {
  @Override
  protected OwnerEventLog newStore() {
    return new InMemoryOwnerEventLog();
  }
}
