package io.tcgateway.adapter.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.bridge.BridgeClientSettings;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BridgeClientConfigurationTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    try (ApplicationContext context = ApplicationContext.run()) {
      BridgeClientSettings settings =
          context
              .getBean(BridgeClientProperties.class)
              .toSettings(context.getBeansOfType(BridgeTokenProperties.class));
      BridgeClientSettings defaults = BridgeClientSettings.defaults();
      assertThat(settings.maxClientIdsPerStream()).isEqualTo(defaults.maxClientIdsPerStream());
      assertThat(settings.heartbeatInterval()).isEqualTo(defaults.heartbeatInterval());
      assertThat(settings.reconnectMaxDelay()).isEqualTo(defaults.reconnectMaxDelay());
      assertThat(settings.maxFrameBytes()).isEqualTo(defaults.maxFrameBytes());
      assertThat(settings.bearerTokens()).isEmpty();
      assertThat(settings.maxParallelDeliveries())
          .isEqualTo(1)
          .isEqualTo(defaults.maxParallelDeliveries());
    }
  }

  @Test
  void settingsAndPerBridgeTokensComeFromConfiguration() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.bridge.max-client-ids-per-stream", "50",
                "gateway.bridge.heartbeat-interval", "5s",
                "gateway.bridge.max-parallel-deliveries", "32",
                "gateway.bridge.tokens.tonapi.url", "https://bridge.tonapi.io/bridge/",
                "gateway.bridge.tokens.tonapi.token", "t0k3n"))) {
      BridgeClientSettings settings =
          context
              .getBean(BridgeClientProperties.class)
              .toSettings(context.getBeansOfType(BridgeTokenProperties.class));
      assertThat(settings.maxClientIdsPerStream()).isEqualTo(50);
      assertThat(settings.maxParallelDeliveries()).isEqualTo(32);
      assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(15));
      assertThat(settings.bearerToken(BridgeUrl.parse("https://bridge.tonapi.io/bridge")))
          .contains("t0k3n");
      assertThat(settings.toString()).doesNotContain("t0k3n");
      assertThat(context.getBeansOfType(BridgeTokenProperties.class).toString())
          .doesNotContain("t0k3n");
    }
  }

  @Test
  void anInvalidSettingNamesTheSetting() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.bridge.max-client-ids-per-stream", "0"))) {
      BridgeClientProperties properties = context.getBean(BridgeClientProperties.class);
      assertThatThrownBy(() -> properties.toSettings(java.util.List.of()))
          .hasMessageContaining("gateway.bridge")
          .hasMessageContaining("maxClientIdsPerStream");
    }
  }

  @Test
  void theClientExistsOnlyOnceTheApplicationProvidesItsPorts() {
    try (ApplicationContext without = ApplicationContext.run()) {
      assertThat(without.containsBean(SseWalletBridge.class)).isFalse();
    }
    try (ApplicationContext with =
        ApplicationContext.builder()
            // store-memory is on the test classpath; keep its beans out so the ports are ours
            .properties(Map.of("gateway.store.type", "none"))
            .singletons(new RecordingBridgeEventReceiver(), new InMemoryBridgeCursorStore())
            .start()) {
      assertThat(with.getBean(ReceiveBridgeEventUseCase.class)).isNotNull();
      assertThat(with.getBean(BridgeCursorStore.class)).isNotNull();
      assertThat(with.getBeansOfType(SseWalletBridge.class)).hasSize(1);
    }
  }
}
