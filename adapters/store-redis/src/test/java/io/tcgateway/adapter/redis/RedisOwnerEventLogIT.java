package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.testkit.contract.OwnerEventLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared contract against Redis, each test under a fresh key prefix. */
class RedisOwnerEventLogIT extends OwnerEventLogContract {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Override
  protected OwnerEventLog newStore() {
    return redis.eventLog(redis.newKeys(), clock);
  }
}
