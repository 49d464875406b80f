package io.tcgateway.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.tcgateway.application.port.out.ProofPayloadStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@link ProofPayloadStore} in Redis: consuming is {@code SET payload:<id> NX PX <ttl>}, which
 * exactly one of concurrent callers wins, with the TTL running to the payload's expiry (plus {@link
 * #CLOCK_MARGIN} for clocks of gateway processes that disagree a little). The id also goes into a
 * sorted set by expiry in the same script, so {@link #purgeExpired} can count what it forgets; a
 * payload's key expires by itself anyway.
 */
public final class RedisProofPayloadStore implements ProofPayloadStore {
  /** Added to every payload's TTL: the id is remembered at least until its expiry. */
  static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

  private static final RedisScript CONSUME = RedisScript.load("payload-consume");
  private static final RedisScript PURGE = RedisScript.load("payloads-purge");

  private final RedisConnector redis;
  private final RedisKeys keys;
  private final RedisStoreSettings settings;
  private final Clock clock;

  public RedisProofPayloadStore(
      RedisConnector redis, RedisKeys keys, RedisStoreSettings settings, Clock clock) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean consume(String payloadId, Instant expiresAt) {
    Objects.requireNonNull(payloadId, "payloadId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (payloadId.isEmpty() || payloadId.length() > 128) {
      throw new IllegalArgumentException("payload ids are 1-128 characters");
    }
    Duration ttl =
        RedisTimes.atLeastZero(Duration.between(clock.instant(), expiresAt)).plus(CLOCK_MARGIN);
    Long won =
        redis.run(
            CONSUME,
            ScriptOutputType.INTEGER,
            List.of(keys.payload(payloadId), keys.payloadExpiries()),
            List.of(payloadId, RedisTimes.score(expiresAt), RedisTimes.ttlMillis(ttl)));
    return won != null && won == 1;
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    String batch = Integer.toString(settings.purgeBatchSize());
    int purged = 0;
    while (true) {
      Long forgotten =
          redis.run(
              PURGE,
              ScriptOutputType.INTEGER,
              List.of(keys.payloadExpiries()),
              List.of(keys.prefix(), RedisTimes.score(now), batch));
      int count = forgotten == null ? 0 : forgotten.intValue();
      purged += count;
      if (count < settings.purgeBatchSize()) {
        return purged;
      }
    }
  }

  @Override
  public String toString() {
    return "RedisProofPayloadStore[" + keys.prefix() + "]";
  }
}
