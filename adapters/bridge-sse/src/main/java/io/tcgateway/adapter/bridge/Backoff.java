package io.tcgateway.adapter.bridge;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th consecutive failure waits a random time in {@code [d/2,
 * d]} with {@code d = min(max, min · 2^(n-1))} ("equal jitter"), so many streams that failed
 * together do not come back together. Not thread-safe: one per stream or per send.
 */
final class Backoff {
  private final Duration min;
  private final Duration max;
  private final RandomGenerator random;
  private int failures;

  Backoff(Duration min, Duration max, RandomGenerator random) {
    this.min = min;
    this.max = max;
    this.random = random;
  }

  /** The delay before the next attempt, counting one more failure. */
  Duration nextDelay() {
    failures = Math.min(failures + 1, 40);
    long minMillis = min.toMillis();
    long ceiling = minMillis << Math.min(failures - 1, 30);
    long capped = Math.min(Math.max(ceiling, minMillis), max.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + random.nextLong(capped - half + 1));
  }

  /** The next delay, but at least {@code floor} (a bridge's {@code Retry-After}). */
  Duration nextDelayAtLeast(Duration floor) {
    Duration delay = nextDelay();
    return floor.compareTo(delay) > 0 ? floor : delay;
  }

  /** Forget the failures: the next delay starts from the minimum again. */
  void reset() {
    failures = 0;
  }

  int failures() {
    return failures;
  }
}
