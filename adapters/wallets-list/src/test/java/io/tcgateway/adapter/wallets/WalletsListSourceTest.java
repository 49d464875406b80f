package io.tcgateway.adapter.wallets;

import static io.tcgateway.adapter.wallets.WalletsJson.array;
import static io.tcgateway.adapter.wallets.WalletsJson.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletsListSourceTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private final HttpClient client = HttpClient.newHttpClient();
  private ListServer server;

  @TempDir Path dir;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    client.shutdownNow();
  }

  @Test
  void anHttpUrlIsFetched() throws Exception {
    server = new ListServer().answer(200, array(entry("remote")));

    WalletsListSource source = WalletsListSource.at(server.url(), client, TIMEOUT);

    assertThat(source.location()).isEqualTo(server.url());
    assertThat(source.read()).isEqualTo(array(entry("remote")));
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void anHttpErrorStatusMakesTheSourceUnavailable() throws Exception {
    server = new ListServer().answer(500, "oops");

    WalletsListSource source = WalletsListSource.at(server.url(), client, TIMEOUT);

    assertThatThrownBy(source::read)
        .isInstanceOf(WalletsListUnavailableException.class)
        .hasMessageContaining("HTTP status 500")
        .hasMessageContaining(server.url());
  }

  @Test
  void aServerThatDoesNotAnswerInTimeMakesTheSourceUnavailable() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    server = new ListServer().answerAfter(never, array(entry("late")));
    WalletsListSource source = WalletsListSource.at(server.url(), client, Duration.ofMillis(300));

    long started = System.nanoTime();
    assertThatThrownBy(source::read)
        .isInstanceOf(WalletsListUnavailableException.class)
        .hasMessageContaining("PT0.3S");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    never.countDown();
  }

  @Test
  void aBodyOverTheLimitMakesTheSourceUnavailable() throws Exception {
    server =
        new ListServer().answer(200, "[" + " ".repeat(WalletsListSource.MAX_DOCUMENT_BYTES) + "]");

    WalletsListSource source = WalletsListSource.at(server.url(), client, TIMEOUT);

    assertThatThrownBy(source::read)
        .isInstanceOf(WalletsListUnavailableException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void aRefusedConnectionMakesTheSourceUnavailable() throws Exception {
    server = new ListServer();
    String url = server.url();
    server.close();
    server = null;

    assertThatThrownBy(WalletsListSource.at(url, client, TIMEOUT)::read)
        .isInstanceOf(WalletsListUnavailableException.class);
  }

  @Test
  void aPathOrFileUriIsReadFromDisk() throws Exception {
    Path file = dir.resolve("wallets.json");
    Files.writeString(file, array(entry("local")));

    assertThat(WalletsListSource.at(file.toString(), client, TIMEOUT).read())
        .isEqualTo(array(entry("local")));
    assertThat(WalletsListSource.at(file.toUri().toString(), client, TIMEOUT).read())
        .isEqualTo(array(entry("local")));
  }

  @Test
  void aMissingFileMakesTheSourceUnavailable() {
    WalletsListSource source =
        WalletsListSource.at(dir.resolve("absent.json").toString(), client, TIMEOUT);

    assertThatThrownBy(source::read)
        .isInstanceOf(WalletsListUnavailableException.class)
        .hasMessageContaining("absent.json");
  }

  @Test
  void bundledNamesTheCopyInTheJar() {
    WalletsListSource source = WalletsListSource.at("bundled", client, TIMEOUT);

    assertThat(source).isInstanceOf(BundledWalletsList.class);
    assertThat(WalletsListParser.parse(source.read())).isEqualTo(BundledWalletsList.parsed());
  }

  @Test
  void aBlankLocationIsRejected() {
    assertThatThrownBy(() -> WalletsListSource.at("  ", client, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
