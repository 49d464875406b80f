package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.testkit.contract.BridgeCursorStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared contract against Redis, each test under a fresh key prefix. */
class RedisBridgeCursorStoreIT extends BridgeCursorStoreContract {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Override
  protected BridgeCursorStore newStore() {
    return redis.cursorStore(redis.newKeys());
  }
}
