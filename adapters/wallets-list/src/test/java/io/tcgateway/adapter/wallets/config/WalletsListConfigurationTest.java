package io.tcgateway.adapter.wallets.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.tcgateway.adapter.wallets.CachedWalletDirectory;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.testkit.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletsListConfigurationTest {
  @TempDir Path dir;

  private static String entry(String appName) {
    return """
        {"app_name":"%1$s","name":"%1$s","image":"https://%1$s.example/i.png",\
        "about_url":"https://%1$s.example","universal_url":"https://%1$s.example/tc",\
        "bridge":[{"type":"sse","url":"http://127.0.0.1:8080/bridge"}],"platforms":["linux"]}"""
        .formatted(appName);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    // Only the settings: creating the directory here would fetch the default URL.
    try (ApplicationContext context = ApplicationContext.run()) {
      WalletsListProperties properties = context.getBean(WalletsListProperties.class);

      assertThat(properties.source()).isEqualTo("https://config.ton.org/wallets-v2.json");
      assertThat(properties.extra()).isEmpty();
      assertThat(properties.cacheTtl()).isEqualTo(Duration.ofHours(1));
      assertThat(properties.fetchTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void theDirectoryIsTheOneWalletDirectoryAndReadsTheConfiguredSources() throws Exception {
    Path main = Files.writeString(dir.resolve("main.json"), "[" + entry("alpha") + "]");
    Path extra = Files.writeString(dir.resolve("extra.json"), "[" + entry("simwallet") + "]");

    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "gateway.wallets.source",
                main.toString(),
                "gateway.wallets.extra-source",
                extra.toString(),
                "gateway.wallets.cache-ttl",
                "10m",
                "gateway.wallets.fetch-timeout",
                "2s"))) {
      assertThat(context.getBeansOfType(WalletDirectory.class)).hasSize(1);

      WalletDirectory directory = context.getBean(WalletDirectory.class);

      assertThat(directory.wallets())
          .extracting(WalletEntry::appName)
          .containsExactly("alpha", "simwallet");
      assertThat(directory.find("simwallet").map(w -> w.bridge().value()))
          .isEqualTo(Optional.of("http://127.0.0.1:8080/bridge"));
    }
  }

  @Test
  void closingTheContextStopsTheRefreshThread() {
    CachedWalletDirectory directory;
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("gateway.wallets.source", "bundled"))) {
      directory = context.getBean(CachedWalletDirectory.class);
      assertThat(directory.wallets()).hasSizeGreaterThan(10);
    }

    Eventually.await("the refresh thread to end", Duration.ofSeconds(5), directory::isClosed);
  }

  @Test
  void anInvalidSettingNamesTheSetting() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of("gateway.wallets.source", "bundled", "gateway.wallets.cache-ttl", "0s"))) {
      assertThatThrownBy(() -> context.getBean(WalletDirectory.class))
          .isInstanceOf(BeanInstantiationException.class)
          .hasStackTraceContaining("gateway.wallets.cache-ttl");
    }
  }
}
