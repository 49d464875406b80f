package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.testkit.contract.SessionStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared contract against Redis, each test under a fresh key prefix. */
class RedisSessionStoreIT extends SessionStoreContract {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Override
  protected SessionStore newStore() {
    return redis.sessionStore(redis.newKeys(), clock);
  }
}
