package io.tcgateway.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How long what expires stays in Redis, resolved from {@link RedisStoreProperties}.
 *
 * @param pendingGrace how long a pending session outlives its offer's expiry (time for a sweep to
 *     mark it expired and tell its owner); its keys then expire on their own
 * @param retention how long finished requests, failed or expired sessions and logged events keep
 *     their keys (the key TTL; the sweep's purge removes them at {@code
 *     gateway.sessions.retention})
 * @param purgeBatchSize how many entries one purge script deletes before the next round trip, so a
 *     purge never holds Redis for long
 */
public record RedisStoreSettings(Duration pendingGrace, Duration retention, int purgeBatchSize) {
  public RedisStoreSettings {
    Objects.requireNonNull(pendingGrace, "pendingGrace");
    Objects.requireNonNull(retention, "retention");
    if (pendingGrace.isNegative()) {
      throw new IllegalArgumentException("gateway.store.redis.pending-grace must not be negative");
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("gateway.store.redis.finished-retention must be positive");
    }
    if (purgeBatchSize <= 0) {
      throw new IllegalArgumentException("gateway.store.redis.purge-batch-size must be positive");
    }
  }

  /** The defaults: one hour of grace, 24 hours of retention, batches of 500. */
  public static RedisStoreSettings defaults() {
    return new RedisStoreSettings(Duration.ofHours(1), Duration.ofHours(24), 500);
  }
}
