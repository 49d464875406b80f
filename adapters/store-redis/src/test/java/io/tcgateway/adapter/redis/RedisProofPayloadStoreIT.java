package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.testkit.contract.ProofPayloadStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared contract against Redis, each test under a fresh key prefix. */
class RedisProofPayloadStoreIT extends ProofPayloadStoreContract {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  @Override
  protected ProofPayloadStore newStore() {
    return redis.payloadStore(redis.newKeys(), clock);
  }
}
