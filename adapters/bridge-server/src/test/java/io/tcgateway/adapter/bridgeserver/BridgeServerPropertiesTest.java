package io.tcgateway.adapter.bridgeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.bridgeserver.relay.Relay;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bridge's beans exist only when enabled, with documented defaults and checked settings. */
class BridgeServerPropertiesTest {

  @Test
  void nothingOfTheBridgeExistsUnlessEnabled() {
    try (ApplicationContext context = ApplicationContext.run(Map.of())) {
      assertThat(context.containsBean(BridgeServerProperties.class)).isFalse();
      assertThat(context.containsBean(Relay.class)).isFalse();
      assertThat(context.containsBean(EventStreams.class)).isFalse();
      assertThat(context.containsBean(BridgeController.class)).isFalse();
      assertThat(context.containsBean(Clock.class)).isFalse();
    }
  }

  @Test
  void defaultsFollowTheReferenceBridgeWhereItHasOne() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.bridge-server.enabled", "true"))) {
      BridgeServerProperties properties = context.getBean(BridgeServerProperties.class);

      assertThat(properties.enabled()).isTrue();
      assertThat(properties.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
      assertThat(properties.maxTtl()).isEqualTo(Duration.ofSeconds(300));
      assertThat(properties.maxBodySize()).isEqualTo(64 * 1024);
      assertThat(properties.maxClientIdsPerStream()).isEqualTo(1000);
      assertThat(properties.maxBufferedMessagesPerClient()).isEqualTo(100);
      assertThat(properties.maxStreamsPerIp()).isZero();
      assertThat(properties.maxPostsPerSecondPerIp()).isZero();
      assertThat(properties.limitsApplyToLoopback()).isFalse();
      assertThat(properties.streamQueueSize()).isEqualTo(256);
      assertThat(properties.purgeInterval()).isEqualTo(Duration.ofSeconds(60));
      assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
    }
  }

  @Test
  void aNonPositiveSettingFailsStartupNamingTheKey() {
    assertThatThrownBy(
            () ->
                ApplicationContext.run(
                    Map.of(
                        "gateway.bridge-server.enabled", "true",
                        "gateway.bridge-server.max-ttl", "0s")))
        .hasStackTraceContaining("gateway.bridge-server.max-ttl must be positive");
  }
}
