package io.tcgateway.adapter.wallets.config;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.tcgateway.adapter.wallets.CachedWalletDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates the gateway's {@code WalletDirectory} from {@code gateway.wallets.*}. The bean starts its
 * first load in the background when it is created, so it never delays the start of the context.
 */
@Factory
class WalletsListFactory {

  @Singleton
  @Bean(preDestroy = "close")
  CachedWalletDirectory walletDirectory(WalletsListProperties properties, Optional<Clock> clock) {
    return CachedWalletDirectory.forLocations(
            properties.source(),
            properties.extra(),
            properties.cacheTtl(),
            properties.fetchTimeout(),
            clock.orElseGet(Clock::systemUTC))
        .start();
  }
}
