package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.testkit.contract.WalletRequestStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared contract against Redis, each test under a fresh key prefix. */
class RedisWalletRequestStoreIT extends WalletRequestStoreContract {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Override
  protected WalletRequestStore newStore() {
    return redis.requestStore(redis.newKeys(), clock);
  }
}
