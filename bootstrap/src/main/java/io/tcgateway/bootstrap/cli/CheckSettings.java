package io.tcgateway.bootstrap.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A check run as the options asked for it.
 *
 * @param input a file path, or {@code -} for standard input
 * @param now the instant freshness is judged at
 * @param maxAge the freshness window
 * @param allowedDomains the operator's allow-list; empty means each document's own domain
 * @param jsonl one document per line
 */
record CheckSettings(
    String input, Instant now, Duration maxAge, Set<String> allowedDomains, boolean jsonl) {
  /** The {@code input} that stands for standard input. */
  static final String STDIN = "-";

  CheckSettings {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(maxAge, "maxAge");
    allowedDomains = Set.copyOf(allowedDomains);
  }

  /** Whether the domain is held against an operator allow-list. */
  boolean checksDomain() {
    return !allowedDomains.isEmpty();
  }
}
