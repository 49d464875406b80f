package io.tcgateway.adapter.bridge.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.tcgateway.adapter.bridge.BridgeClientSettings;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings of the bridge client, {@code gateway.bridge.*}; see {@link BridgeClientSettings} for
 * what each one does (ADR 0006). Invalid values stop the start with a message naming the setting.
 */
@ConfigurationProperties("gateway.bridge")
public record BridgeClientProperties(
    @Bindable(defaultValue = "100") int maxClientIdsPerStream,
    @Bindable(defaultValue = "7168") int maxUrlLength,
    @Bindable(defaultValue = "10s") Duration heartbeatInterval,
    @Bindable(defaultValue = "10s") Duration connectTimeout,
    @Bindable(defaultValue = "500ms") Duration reconnectMinDelay,
    @Bindable(defaultValue = "60s") Duration reconnectMaxDelay,
    @Bindable(defaultValue = "100ms") Duration reshapeDelay,
    @Bindable(defaultValue = "2s") Duration catchUpQuietPeriod,
    @Bindable(defaultValue = "5") int circuitFailureThreshold,
    @Bindable(defaultValue = "30s") Duration circuitOpenDuration,
    @Bindable(defaultValue = "1MB") @ReadableBytes int maxFrameSize,
    @Bindable(defaultValue = "1s") Duration cursorWriteInterval,
    @Bindable(defaultValue = "1") int maxParallelDeliveries) {

  /** The client settings, with the bearer tokens configured per bridge. */
  public BridgeClientSettings toSettings(Collection<BridgeTokenProperties> tokens) {
    Map<BridgeUrl, String> byBridge = new HashMap<>();
    for (BridgeTokenProperties token : tokens) {
      byBridge.put(token.bridgeUrl(), token.token());
    }
    try {
      return new BridgeClientSettings(
          maxClientIdsPerStream,
          maxUrlLength,
          heartbeatInterval,
          connectTimeout,
          reconnectMinDelay,
          reconnectMaxDelay,
          reshapeDelay,
          catchUpQuietPeriod,
          circuitFailureThreshold,
          circuitOpenDuration,
          maxFrameSize,
          byBridge,
          cursorWriteInterval,
          maxParallelDeliveries);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("invalid gateway.bridge setting: " + e.getMessage(), e);
    }
  }
}
