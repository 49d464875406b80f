package io.tcgateway.adapter.wallets;

import io.tcgateway.application.port.out.WalletDirectory;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WalletDirectory} of the gateway: the list from a {@link WalletsListSource}, optionally
 * merged with extra entries from a second source (an extra entry replaces the main entry with the
 * same {@code app_name} in place; new ones are appended), cached for {@code cacheTtl}.
 *
 * <p>Loading happens on one background thread: once at {@link #start()}, then whenever the cached
 * copy is older than {@code cacheTtl} on {@code clock} (noticed by {@link #wallets()} or by a timer
 * that looks every {@code min(cacheTtl, 1 min)}). {@link #wallets()} never waits for the network,
 * except for the very first load, for at most {@code firstLoadWait}. A source that fails or returns
 * an unusable document ({@link WalletsListFormatException}) keeps its last good copy and is tried
 * again after {@code min(cacheTtl, 1 min)}; when the main source never gave a good copy the list is
 * the {@link BundledWalletsList}. {@link #close()} stops the thread.
 */
public final class CachedWalletDirectory implements WalletDirectory, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CachedWalletDirectory.class);

  /** Longest wait before a failed source is tried again (and period of the staleness check). */
  public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

  private final SourceState main;
  private final Optional<SourceState> extra;
  private final Duration cacheTtl;
  private final Duration retryDelay;
  private final Duration firstLoadWait;
  private final Clock clock;
  private final Optional<HttpClient> ownedClient;
  private final ScheduledExecutorService refresher;
  private final AtomicBoolean refreshQueued = new AtomicBoolean();
  private final CountDownLatch firstLoad = new CountDownLatch(1);
  private volatile List<WalletEntry> current;
  private volatile Instant nextRefreshAt = Instant.MIN;
  private volatile boolean started;

  /**
   * A directory over the given sources; nothing is loaded before {@link #start()}.
   *
   * @param source the main list
   * @param extraSource entries merged after the main list
   * @param cacheTtl how long a loaded copy is used before it is loaded again
   * @param firstLoadWait how long {@link #wallets()} waits for the first load before it answers
   *     with the bundled list
   * @param clock the clock the copies' age is measured on
   */
  public CachedWalletDirectory(
      WalletsListSource source,
      Optional<WalletsListSource> extraSource,
      Duration cacheTtl,
      Duration firstLoadWait,
      Clock clock) {
    this(source, extraSource, cacheTtl, firstLoadWait, clock, Optional.empty());
  }

  private CachedWalletDirectory(
      WalletsListSource source,
      Optional<WalletsListSource> extraSource,
      Duration cacheTtl,
      Duration firstLoadWait,
      Clock clock,
      Optional<HttpClient> ownedClient) {
    this.main = new SourceState(Objects.requireNonNull(source, "source"), true);
    this.extra =
        Objects.requireNonNull(extraSource, "extraSource").map(s -> new SourceState(s, false));
    this.cacheTtl = positive(cacheTtl, "cacheTtl");
    this.firstLoadWait = Objects.requireNonNull(firstLoadWait, "firstLoadWait");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ownedClient = ownedClient;
    this.retryDelay = cacheTtl.compareTo(MAX_RETRY_DELAY) < 0 ? cacheTtl : MAX_RETRY_DELAY;
    this.current = BundledWalletsList.parsed().wallets();
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "wallets-list-refresh");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * A directory over the sources at these locations ({@link WalletsListSource#at}); URLs are
   * fetched with an HTTP client it owns and closes. {@code firstLoadWait} is the fetch timeout of
   * every source plus one second.
   */
  public static CachedWalletDirectory forLocations(
      String source,
      Optional<String> extraSource,
      Duration cacheTtl,
      Duration fetchTimeout,
      Clock clock) {
    positive(fetchTimeout, "fetchTimeout");
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(fetchTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    WalletsListSource main = WalletsListSource.at(source, client, fetchTimeout);
    Optional<WalletsListSource> extra =
        extraSource.map(location -> WalletsListSource.at(location, client, fetchTimeout));
    Duration firstLoadWait =
        fetchTimeout.multipliedBy(extra.isPresent() ? 2 : 1).plus(Duration.ofSeconds(1));
    return new CachedWalletDirectory(
        main, extra, cacheTtl, firstLoadWait, clock, Optional.of(client));
  }

  /** Starts the first load and the staleness timer in the background; returns at once. */
  public CachedWalletDirectory start() {
    started = true;
    refresher.execute(this::loadGuarded);
    long period = retryDelay.toMillis();
    refresher.scheduleWithFixedDelay(this::refreshIfDue, period, period, TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * The usable wallets: the last good copy, or the bundled list. Waits only for the first load (at
   * most {@code firstLoadWait}); a stale copy is returned at once and reloaded in the background.
   */
  @Override
  public List<WalletEntry> wallets() {
    if (started && firstLoad.getCount() > 0) {
      try {
        firstLoad.await(firstLoadWait.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!clock.instant().isBefore(nextRefreshAt) && refreshQueued.compareAndSet(false, true)) {
      try {
        refresher.execute(
            () -> {
              try {
                refreshIfDue();
              } finally {
                refreshQueued.set(false);
              }
            });
      } catch (RejectedExecutionException closed) {
        refreshQueued.set(false); // closed: keep answering from the cache
      }
    }
    return current;
  }

  /**
   * Loads every source now, whatever the age of the cached copies; completes when done (also when a
   * source failed, which keeps its last good copy).
   */
  public CompletableFuture<Void> refresh() {
    return CompletableFuture.runAsync(this::loadGuarded, refresher);
  }

  /** Stops the background thread, interrupting a load in progress. Idempotent. */
  @Override
  public void close() {
    refresher.shutdownNow();
    ownedClient.ifPresent(HttpClient::shutdownNow);
  }

  /** Whether {@link #close()} was called and the background thread has ended. */
  public boolean isClosed() {
    return refresher.isTerminated();
  }

  // ---- on the refresher thread only ----

  private void refreshIfDue() {
    if (!clock.instant().isBefore(nextRefreshAt)) {
      loadGuarded();
    }
  }

  /** Never throws: an exception would cancel the periodic timer. */
  private void loadGuarded() {
    try {
      load();
    } catch (RuntimeException e) {
      LOG.warn("wallets list refresh failed unexpectedly; keeping the current list", e);
      nextRefreshAt = clock.instant().plus(retryDelay);
    } finally {
      firstLoad.countDown();
    }
  }

  private void load() {
    Instant now = clock.instant();
    boolean extraGood = extra.isEmpty() || extra.get().load();
    boolean mainGood = main.load();
    Map<String, WalletEntry> byName = new LinkedHashMap<>();
    List<WalletEntry> base = main.good != null ? main.good : BundledWalletsList.parsed().wallets();
    base.forEach(entry -> byName.put(entry.appName(), entry));
    extra.ifPresent(
        state -> {
          if (state.good != null) {
            state.good.forEach(entry -> byName.put(entry.appName(), entry));
          }
        });
    current = List.copyOf(byName.values());
    nextRefreshAt = now.plus(extraGood && mainGood ? cacheTtl : retryDelay);
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /** One source's last good copy and failure streak; touched by the refresher thread only. */
  private final class SourceState {
    private final WalletsListSource source;
    private final boolean isMain;
    private List<WalletEntry> good;
    private Instant goodAt;
    private String lastSummary;
    private int failures;

    SourceState(WalletsListSource source, boolean isMain) {
      this.source = source;
      this.isMain = isMain;
    }

    /** Loads the source; whether it gave a usable list. */
    boolean load() {
      String location = source.location();
      ParsedWalletsList parsed;
      try {
        parsed = WalletsListParser.parse(source.read());
      } catch (WalletsListUnavailableException | WalletsListFormatException e) {
        failures++;
        String fallback =
            good != null
                ? "keeping the copy loaded at " + goodAt
                : isMain ? "using the bundled list" : "no extra entries";
        if (failures == 1) {
          LOG.warn("wallets list {} unusable ({}); {}", location, e.getMessage(), fallback);
        } else {
          LOG.debug("wallets list {} still unusable ({}); {}", location, e.getMessage(), fallback);
        }
        return false;
      }
      String summary =
          parsed.wallets().size()
              + " wallets"
              + parsed
                  .firstDropped()
                  .map(
                      first ->
                          ", " + parsed.dropped().size() + " entries dropped (first " + first + ")")
                  .orElse("");
      if (failures > 0 || !summary.equals(lastSummary)) {
        LOG.info("wallets list {}: {}", location, summary);
      } else {
        LOG.debug("wallets list {} reloaded: {}", location, summary);
      }
      good = parsed.wallets();
      goodAt = clock.instant();
      lastSummary = summary;
      failures = 0;
      return true;
    }
  }
}
