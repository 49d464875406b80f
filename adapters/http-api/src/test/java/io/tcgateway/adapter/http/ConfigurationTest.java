package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.application.port.out.WalletNotifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gateway.api.* and gateway.api.events.* bind with their defaults and refuse nonsense. */
class ConfigurationTest {

  @Test
  void defaults() {
    try (ApplicationContext context = ApplicationContext.run()) {
      ApiProperties api = context.getBean(ApiProperties.class);
      assertThat(api.keys()).isEmpty();
      assertThat(api.maxBodySize()).isEqualTo(64 * 1024);
      EventStreamProperties events = context.getBean(EventStreamProperties.class);
      assertThat(events.heartbeatInterval()).isEqualTo(Duration.ofSeconds(15));
      assertThat(events.pollInterval()).isEqualTo(Duration.ofSeconds(3));
      assertThat(events.maxQueuedFrames()).isEqualTo(64);
      assertThat(events.readBatchSize()).isEqualTo(100);
      AppProperties app = context.getBean(AppProperties.class);
      assertThat(app.url()).isEqualTo("http://localhost:8080");
      assertThat(app.effectiveIconUrl()).isEqualTo("http://localhost:8080/icon.png");
    }
  }

  @Test
  void keysComeAsAListOrCommaSeparatedAndAreNeverPrinted() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.api.keys", "k1-secret,k2-secret", "gateway.api.max-body-size", "1KB"))) {
      ApiProperties api = context.getBean(ApiProperties.class);
      assertThat(api.keys()).containsExactly("k1-secret", "k2-secret");
      assertThat(api.maxBodySize()).isEqualTo(1024);
      assertThat(api.toString()).doesNotContain("secret");
      ApiKeys keys = context.getBean(ApiKeys.class);
      assertThat(keys.accepts("k2-secret")).isTrue();
      assertThat(keys.accepts("k2-secre")).isFalse();
      assertThat(keys.toString()).doesNotContain("secret");
    }
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> new ApiProperties(List.of(" "), 10)).hasMessageContaining("blank key");
    assertThatThrownBy(() -> new ApiProperties(List.of(), 0)).hasMessageContaining("max-body-size");
    assertThatThrownBy(() -> new EventStreamProperties(Duration.ZERO, Duration.ofSeconds(1), 1, 1))
        .hasMessageContaining("heartbeat-interval");
    assertThatThrownBy(
            () -> new EventStreamProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1))
        .hasMessageContaining("max-queued-frames");
    assertThatThrownBy(() -> new AppProperties("https://x.example", " ", null, null, null))
        .hasMessageContaining("gateway.app.name");
    assertThatThrownBy(() -> new AppProperties("https://x.example", "X", "not a url", null, null))
        .hasMessageContaining("gateway.app.icon-url");
  }

  @Test
  void theAdapterCanBeSwitchedOff() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.api.enabled", "false"))) {
      assertThat(context.containsBean(SseWalletNotifier.class)).isFalse();
      assertThat(context.containsBean(ConnectionController.class)).isFalse();
      assertThat(context.containsBean(ApiRequestFilter.class)).isFalse();
      assertThat(context.containsBean(ProblemErrorResponseProcessor.class)).isFalse();
    }
  }

  @Test
  void exactlyOneNotifierIsProvided() {
    try (ApplicationContext context = ApplicationContext.run()) {
      assertThat(context.getBeansOfType(WalletNotifier.class))
          .singleElement()
          .isInstanceOf(SseWalletNotifier.class);
    }
  }
}
