package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.application.port.out.QrCodeRenderer;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The running application has the wallets list and the QR renderer, one bean each. */
class WalletsAndQrWiringTest {

  @Test
  void theApplicationHasOneWalletDirectoryAndOneQrCodeRenderer() {
    try (EmbeddedServer server =
        ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1"))) {
      ApplicationContext context = server.getApplicationContext();

      assertThat(context.getBeansOfType(WalletDirectory.class)).hasSize(1);
      assertThat(context.getBeansOfType(QrCodeRenderer.class)).hasSize(1);
      // application-test.yml: the bundled copy, never the internet in tests.
      assertThat(context.getBean(WalletDirectory.class).wallets())
          .extracting(WalletEntry::appName)
          .contains("telegram-wallet", "tonkeeper");
      assertThat(context.getBean(QrCodeRenderer.class).svg("tc://?v=2")).contains("<path");
    }
  }

  /**
   * Offline the configured list cannot be fetched: the start does not wait for it, and once the
   * fetch timeout is over the bundled copy answers.
   */
  @Test
  void aWalletsListThatDoesNotAnswerDelaysNeitherTheStartNorTheBundledFallback() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    HttpServer silent =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    silent.createContext(
        "/",
        exchange -> {
          try {
            never.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    silent.start();
    String url = "http://127.0.0.1:" + silent.getAddress().getPort() + "/wallets-v2.json";
    try {
      long started = System.nanoTime();
      try (EmbeddedServer server =
          ApplicationContext.run(
              EmbeddedServer.class,
              Map.of(
                  "micronaut.server.port", "-1",
                  "gateway.wallets.source", url,
                  "gateway.wallets.fetch-timeout", "500ms"))) {
        WalletDirectory directory = server.getApplicationContext().getBean(WalletDirectory.class);
        Duration startup = Duration.ofNanos(System.nanoTime() - started);

        long asked = System.nanoTime();
        assertThat(directory.wallets()).hasSizeGreaterThan(10);
        Duration firstAnswer = Duration.ofNanos(System.nanoTime() - asked);

        assertThat(startup).isLessThan(Duration.ofSeconds(10)); // no wait for the list in it
        assertThat(firstAnswer).isLessThan(Duration.ofSeconds(3)); // fetch timeout + 1 s at most
        long again = System.nanoTime();
        directory.wallets();
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(200));
      }
    } finally {
      never.countDown();
      silent.stop(0);
    }
  }
}
