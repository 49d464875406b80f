package io.tcgateway.adapter.wallets.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the wallets list, {@code gateway.wallets.*} (env {@code GATEWAY_WALLETS_SOURCE} ...).
 *
 * @param source the list: an {@code http(s)} URL, a file path, or {@code bundled} for the copy in
 *     the jar (default: the SDK's {@code https://config.ton.org/wallets-v2.json})
 * @param extraSource entries merged after the list (same format; same {@code app_name} replaces),
 *     for example a local wallet on the built-in bridge; none by default
 * @param cacheTtl how long a loaded list is used before it is loaded again in the background
 * @param fetchTimeout the longest one fetch of a URL may take
 */
@ConfigurationProperties("gateway.wallets")
public record WalletsListProperties(
    @Bindable(defaultValue = DEFAULT_SOURCE) String source,
    @Nullable String extraSource,
    @Bindable(defaultValue = "1h") Duration cacheTtl,
    @Bindable(defaultValue = "5s") Duration fetchTimeout) {

  /** The SDK's default list (protocol.md §12). */
  public static final String DEFAULT_SOURCE = "https://config.ton.org/wallets-v2.json";

  public WalletsListProperties {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("gateway.wallets.source must not be blank");
    }
    if (cacheTtl == null || cacheTtl.isNegative() || cacheTtl.isZero()) {
      throw new IllegalArgumentException("gateway.wallets.cache-ttl must be positive: " + cacheTtl);
    }
    if (fetchTimeout == null || fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException(
          "gateway.wallets.fetch-timeout must be positive: " + fetchTimeout);
    }
  }

  /** {@link #extraSource()} unless blank. */
  public Optional<String> extra() {
    return Optional.ofNullable(extraSource).filter(s -> !s.isBlank());
  }
}
