package io.tcgateway.adapter.bridge;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code Retry-After} header of a 429 or 503 (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 * Unparseable or absent gives zero; values are capped at one hour, so a broken bridge cannot park a
 * stream for days.
 */
final class RetryAfter {
  static final Duration CAP = Duration.ofHours(1);

  private RetryAfter() {}

  static Duration parse(HttpHeaders headers, Clock clock) {
    return parse(headers.firstValue("Retry-After"), clock);
  }

  static Duration parse(Optional<String> header, Clock clock) {
    if (header.isEmpty()) {
      return Duration.ZERO;
    }
    String value = header.get().strip();
    Duration delay;
    if (!value.isEmpty() && value.length() <= 10 && value.chars().allMatch(Character::isDigit)) {
      delay = Duration.ofSeconds(Long.parseLong(value));
    } else {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        delay = Duration.between(clock.instant(), at);
      } catch (DateTimeParseException e) {
        return Duration.ZERO;
      }
    }
    if (delay.isNegative()) {
      return Duration.ZERO;
    }
    return delay.compareTo(CAP) > 0 ? CAP : delay;
  }
}
