package io.tcgateway.adapter.wallets;

import static io.tcgateway.adapter.wallets.WalletsJson.array;
import static io.tcgateway.adapter.wallets.WalletsJson.entry;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.MutableClock;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class CachedWalletDirectoryTest {
  private static final Duration TTL = Duration.ofHours(1);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<CachedWalletDirectory> directories = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private ListServer server;

  @TempDir Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server = new ListServer();
    log.start();
    ((Logger) LoggerFactory.getLogger(CachedWalletDirectory.class)).addAppender(log);
  }

  @AfterEach
  void stopEverything() {
    ((Logger) LoggerFactory.getLogger(CachedWalletDirectory.class)).detachAppender(log);
    release.countDown();
    directories.forEach(CachedWalletDirectory::close);
    server.close();
    client.shutdownNow();
  }

  private CachedWalletDirectory started(
      WalletsListSource source, Optional<WalletsListSource> extra, Duration firstLoadWait) {
    CachedWalletDirectory directory =
        new CachedWalletDirectory(source, extra, TTL, firstLoadWait, clock);
    directories.add(directory);
    return directory.start();
  }

  private CachedWalletDirectory overHttp() {
    return started(http(Duration.ofSeconds(5)), Optional.empty(), WAIT);
  }

  private WalletsListSource http(Duration timeout) {
    return WalletsListSource.at(server.url(), client, timeout);
  }

  private WalletsListSource file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content);
    return WalletsListSource.at(path.toString(), client, Duration.ofSeconds(5));
  }

  private static List<String> names(List<WalletEntry> wallets) {
    return wallets.stream().map(WalletEntry::appName).toList();
  }

  private static List<WalletEntry> bundled() {
    return BundledWalletsList.parsed().wallets();
  }

  @Test
  void theFirstCallGetsTheFetchedList() {
    server.answer(200, array(entry("alpha"), entry("beta")));

    assertThat(names(overHttp().wallets())).containsExactly("alpha", "beta");
  }

  @Test
  void aFileSourceIsRead() throws Exception {
    CachedWalletDirectory directory =
        started(file("list.json", array(entry("local"))), Optional.empty(), WAIT);

    assertThat(names(directory.wallets())).containsExactly("local");
    assertThat(directory.find("local")).isPresent();
    assertThat(directory.find("tonkeeper")).isEmpty();
  }

  @Test
  void withinTheTtlTheCachedCopyIsServed() {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = overHttp();
    directory.wallets();

    server.answer(200, array(entry("beta")));
    clock.advance(TTL.minusSeconds(1));
    for (int i = 0; i < 20; i++) {
      assertThat(names(directory.wallets())).containsExactly("alpha");
    }

    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void afterTheTtlTheListIsReloadedInTheBackground() {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = overHttp();
    directory.wallets();

    server.answer(200, array(entry("beta")));
    clock.advance(TTL);
    directory.wallets();

    Eventually.await(
        "the reloaded list", WAIT, () -> names(directory.wallets()).equals(List.of("beta")));
    assertThat(server.requests()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HTTP 500                 | 500 | oops
          HTTP 404                 | 404 | ''
          invalid JSON             | 200 | [{"app_name":
          not an array             | 200 | {"wallets":[]}
          empty array              | 200 | []
          no usable entry          | 200 | [{"app_name":"x"},42]
          """)
  void theLastGoodCopyIsKeptWhenAReloadFails(String what, int status, String body)
      throws Exception {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = overHttp();
    directory.wallets();

    server.answer(status, body);
    clock.advance(TTL);
    directory.refresh().get(10, TimeUnit.SECONDS);

    assertThat(server.requests()).isEqualTo(2);
    assertThat(names(directory.wallets())).containsExactly("alpha");
  }

  @Test
  void theLastGoodCopyIsKeptWhenAReloadTimesOut() throws Exception {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = started(http(Duration.ofMillis(300)), Optional.empty(), WAIT);
    directory.wallets();

    server.answerAfter(release, array(entry("beta")));
    clock.advance(TTL);
    directory.refresh().get(10, TimeUnit.SECONDS);

    assertThat(names(directory.wallets())).containsExactly("alpha");
  }

  @Test
  void theBundledListIsUsedWhenTheFirstLoadFails() {
    server.answer(500, "down");

    assertThat(overHttp().wallets()).isEqualTo(bundled());
  }

  @Test
  void theBundledListIsUsedWhenNothingAnswersTheFirstLoadInTime() {
    server.answerAfter(release, array(entry("late")));
    CachedWalletDirectory directory =
        started(http(Duration.ofSeconds(20)), Optional.empty(), Duration.ofMillis(200));

    long started = System.nanoTime();
    List<WalletEntry> wallets = directory.wallets();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(wallets).isEqualTo(bundled());
  }

  @Test
  void aGoodLoadAfterAFailedFirstLoadReplacesTheBundledList() {
    server.answer(500, "down");
    CachedWalletDirectory directory = overHttp();
    assertThat(directory.wallets()).isEqualTo(bundled());

    server.answer(200, array(entry("alpha")));
    clock.advance(CachedWalletDirectory.MAX_RETRY_DELAY);
    directory.wallets();

    Eventually.await(
        "the fetched list", WAIT, () -> names(directory.wallets()).equals(List.of("alpha")));
  }

  @Test
  void aFailingSourceIsRetriedAfterTheRetryDelayNotOnEveryCall() throws Exception {
    server.answer(500, "down");
    CachedWalletDirectory directory = overHttp();
    directory.wallets();
    clock.advance(CachedWalletDirectory.MAX_RETRY_DELAY.minusSeconds(1));
    for (int i = 0; i < 20; i++) {
      directory.wallets();
    }
    // The refresh thread runs tasks in order: once refresh() is done, any reload the calls above
    // had queued is done too. First load + this one = 2; a queued reload would make it 3.
    directory.refresh().get(10, TimeUnit.SECONDS);
    assertThat(server.requests()).isEqualTo(2);

    clock.advance(CachedWalletDirectory.MAX_RETRY_DELAY);
    directory.wallets();

    Eventually.await("a retry", WAIT, () -> server.requests() == 3);
  }

  @Test
  void callsDoNotWaitForTheNetworkAfterTheFirstLoad() {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = overHttp();
    directory.wallets();

    server.answerAfter(release, array(entry("beta")));
    clock.advance(TTL);
    directory.wallets();
    Eventually.await("the reload to be under way", WAIT, () -> server.requests() == 2);

    long started = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      assertThat(names(directory.wallets())).containsExactly("alpha");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));

    release.countDown();
    Eventually.await(
        "the reloaded list", WAIT, () -> names(directory.wallets()).equals(List.of("beta")));
  }

  @Test
  void extraEntriesAreMergedAfterTheListAndReplaceTheSameAppName() throws Exception {
    WalletsListSource main =
        file("main.json", array(entry("alpha"), entry("beta"), entry("gamma")));
    WalletsListSource extra =
        file(
            "extra.json",
            array(
                entry("simwallet", "http://127.0.0.1:8080/bridge"),
                entry("beta", "http://127.0.0.1:8080/bridge")));

    CachedWalletDirectory directory = started(main, Optional.of(extra), WAIT);

    assertThat(names(directory.wallets())).containsExactly("alpha", "beta", "gamma", "simwallet");
    assertThat(directory.find("beta").orElseThrow().bridge().value())
        .isEqualTo("http://127.0.0.1:8080/bridge");
  }

  @Test
  void extraEntriesAreAddedToTheBundledListWhenTheMainSourceFails() throws Exception {
    server.answer(500, "down");
    WalletsListSource extra = file("extra.json", array(entry("simwallet")));

    CachedWalletDirectory directory =
        started(http(Duration.ofSeconds(5)), Optional.of(extra), WAIT);

    assertThat(directory.wallets()).containsAll(bundled());
    assertThat(names(directory.wallets()).getLast()).isEqualTo("simwallet");
  }

  @Test
  void anExtraSourceThatFailsKeepsItsLastGoodCopy() throws Exception {
    Path extraFile = dir.resolve("extra.json");
    Files.writeString(extraFile, array(entry("simwallet")));
    CachedWalletDirectory directory =
        started(
            file("main.json", array(entry("alpha"))),
            Optional.of(WalletsListSource.at(extraFile.toString(), client, Duration.ofSeconds(5))),
            WAIT);
    directory.wallets();

    Files.delete(extraFile);
    directory.refresh().get(10, TimeUnit.SECONDS);

    assertThat(names(directory.wallets())).containsExactly("alpha", "simwallet");
  }

  @Test
  void aLogLineCountsTheDroppedEntriesAndNamesTheFirstReason() {
    String jsOnly =
        entry("extension")
            .replace(
                "{\"type\":\"sse\",\"url\":\"https://bridge.extension.example/bridge\"}",
                "{\"type\":\"js\",\"key\":\"ext\"}");
    server.answer(200, array(entry("alpha"), jsOnly, "{}"));

    overHttp().wallets();

    assertThat(log.list)
        .anySatisfy(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.INFO);
              assertThat(event.getFormattedMessage())
                  .contains(server.url())
                  .contains("1 wallets, 2 entries dropped")
                  .contains("#1 'extension': no sse bridge");
            });
  }

  @Test
  void aFailedLoadIsLoggedAsAWarningNamingTheSource() {
    server.answer(503, "busy");

    overHttp().wallets();

    assertThat(log.list)
        .anySatisfy(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.WARN);
              assertThat(event.getFormattedMessage())
                  .contains(server.url())
                  .contains("HTTP status 503")
                  .contains("using the bundled list");
            });
  }

  @Test
  void closeStopsTheRefreshThreadAndTheCachedListStillAnswers() {
    server.answer(200, array(entry("alpha")));
    CachedWalletDirectory directory = overHttp();
    directory.wallets();

    directory.close();
    Eventually.await("the refresh thread to end", WAIT, directory::isClosed);
    clock.advance(TTL);

    assertThat(names(directory.wallets())).containsExactly("alpha");
    assertThat(server.requests()).isEqualTo(1);
  }
}
