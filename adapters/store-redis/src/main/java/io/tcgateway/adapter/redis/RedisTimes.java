package io.tcgateway.adapter.redis;

import java.time.Duration;
import java.time.Instant;

/**
 * Times as the stores write them into Redis: sorted-set scores are epoch microseconds (exact in a
 * double until the year 2255, and PostgreSQL's precision), TTLs are whole milliseconds of at least
 * one.
 */
final class RedisTimes {
  /**
   * The shortest TTL given to what is kept for a time after the fact (finished requests, events): a
   * record already past its retention stays a moment, until the purge counts it.
   */
  static final Duration MIN_TTL = Duration.ofSeconds(1);

  private RedisTimes() {}

  /** Epoch microseconds, rounded down, as a score. */
  static String score(Instant instant) {
    long micros =
        Math.addExact(
            Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    return Long.toString(micros);
  }

  /** A TTL in milliseconds, at least 1 (a TTL of 0 would delete the key). */
  static String ttlMillis(Duration ttl) {
    return Long.toString(Math.max(1, ttl.toMillis()));
  }

  /** The longer of {@code ttl} and {@code floor}. */
  static Duration atLeast(Duration ttl, Duration floor) {
    return ttl.compareTo(floor) < 0 ? floor : ttl;
  }

  /** {@code remaining} if positive, else zero. */
  static Duration atLeastZero(Duration remaining) {
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }
}
