package io.tcgateway.domain.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed result must satisfy besides its signature: the app domains we accept (exact {@code
 * host[:port]} of our manifest URL, compared case-insensitively) and the freshness window, in both
 * directions, against the caller's clock.
 *
 * @param allowedDomains exact domains accepted; never empty
 * @param maxAge how old a signature may be
 * @param maxFutureSkew how far in the future a signature may claim to be (wallet clock drift)
 */
public record ProofPolicy(Set<String> allowedDomains, Duration maxAge, Duration maxFutureSkew) {
  /** Default freshness window: 15 minutes, as the reference demo backend. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(15);

  /** Default tolerance for wallet clocks ahead of ours. */
  public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofMinutes(1);

  public ProofPolicy {
    Objects.requireNonNull(allowedDomains, "allowedDomains");
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
    if (allowedDomains.isEmpty()) {
      throw new IllegalArgumentException("allowedDomains must name at least one domain");
    }
    if (maxAge.isNegative() || maxFutureSkew.isNegative()) {
      throw new IllegalArgumentException("maxAge and maxFutureSkew must not be negative");
    }
    allowedDomains =
        allowedDomains.stream()
            .map(d -> d.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** A policy for {@code domains} with the default windows. */
  public static ProofPolicy forDomains(Set<String> domains) {
    return new ProofPolicy(domains, DEFAULT_MAX_AGE, DEFAULT_MAX_FUTURE_SKEW);
  }

  /** This policy with another {@code maxAge}. */
  public ProofPolicy withMaxAge(Duration newMaxAge) {
    return new ProofPolicy(allowedDomains, newMaxAge, maxFutureSkew);
  }

  /** Whether {@code domain} is exactly one of the allowed domains (case-insensitive). */
  public boolean allowsDomain(String domain) {
    return domain != null && allowedDomains.contains(domain.toLowerCase(Locale.ROOT));
  }

  /** Why {@code timestamp} (unix seconds) is not fresh at {@code now}, if it is not. */
  public Optional<Verification.Rejected> checkFreshness(long timestamp, Instant now) {
    Instant signedAt = Instant.ofEpochSecond(timestamp);
    if (signedAt.isBefore(now.minus(maxAge))) {
      return Optional.of(
          Verification.rejected(
              RejectionReason.TIMESTAMP_EXPIRED,
              "signed at " + signedAt + ", more than " + maxAge.toSeconds() + " s before " + now));
    }
    if (signedAt.isAfter(now.plus(maxFutureSkew))) {
      return Optional.of(
          Verification.rejected(
              RejectionReason.TIMESTAMP_IN_FUTURE,
              "signed at " + signedAt + ", after " + now + " plus the allowed clock skew"));
    }
    return Optional.empty();
  }
}
