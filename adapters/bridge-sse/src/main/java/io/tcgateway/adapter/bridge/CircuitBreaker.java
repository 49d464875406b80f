package io.tcgateway.adapter.bridge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One bridge's circuit: after {@code threshold} consecutive failed attempts (streams and POSTs
 * together) it opens and refuses attempts for {@code openDuration}; then one probe is let through,
 * whose success closes it and whose failure opens it again. Thread-safe.
 */
final class CircuitBreaker {
  private final int threshold;
  private final Duration openDuration;
  private final Clock clock;
  private final Runnable onOpen;
  private final Runnable onClose;

  private int consecutiveFailures;
  private Instant openUntil;
  private boolean probing;

  CircuitBreaker(
      int threshold, Duration openDuration, Clock clock, Runnable onOpen, Runnable onClose) {
    this.threshold = threshold;
    this.openDuration = openDuration;
    this.clock = clock;
    this.onOpen = onOpen;
    this.onClose = onClose;
  }

  /**
   * Whether an attempt may start now; if not, how long to wait before asking again. While open, the
   * first caller after the open period becomes the probe; others keep waiting.
   */
  synchronized Duration waitBeforeAttempt() {
    if (openUntil == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    if (now.isBefore(openUntil)) {
      return Duration.between(now, openUntil);
    }
    if (probing) {
      return Duration.ofMillis(250);
    }
    probing = true;
    return Duration.ZERO;
  }

  synchronized void recordSuccess() {
    consecutiveFailures = 0;
    probing = false;
    if (openUntil != null) {
      openUntil = null;
      onClose.run();
    }
  }

  synchronized void recordFailure() {
    consecutiveFailures++;
    boolean wasOpen = openUntil != null;
    if (probing || consecutiveFailures >= threshold) {
      probing = false;
      openUntil = clock.instant().plus(openDuration);
      if (!wasOpen) {
        onOpen.run();
      }
    }
  }

  synchronized boolean isOpen() {
    return openUntil != null;
  }
}
