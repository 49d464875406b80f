package io.tcgateway.adapter.bridge.config;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.BridgeTelemetry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Creates the bridge client from {@code gateway.bridge.*} and the application's ports. */
@Factory
class BridgeClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  @Requires(beans = {ReceiveBridgeEventUseCase.class, BridgeCursorStore.class})
  SseWalletBridge walletBridge(
      BridgeClientProperties properties,
      List<BridgeTokenProperties> tokens,
      ReceiveBridgeEventUseCase receiver,
      BridgeCursorStore cursors,
      Optional<BridgeTelemetry> telemetry,
      Optional<Clock> clock) {
    return new SseWalletBridge(
        properties.toSettings(tokens),
        receiver,
        cursors,
        telemetry.orElse(BridgeTelemetry.NONE),
        clock.orElseGet(Clock::systemUTC),
        new Random()); // jitter only; shared by the streams' threads, so a thread-safe generator
  }
}
