package io.tcgateway.adapter.bridge;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WalletBridge} over the bridges' HTTP API: one {@link StreamPool} per bridge URL carrying
 * many client ids per SSE stream, and POSTs with retries on virtual threads. Uses the JDK's HTTP
 * client (HTTP/1.1: one connection per stream). Thread-safe; {@link #close()} stops every stream.
 * The random generator (jitter only) is shared by all streams' threads, so it must be thread-safe
 * ({@link java.util.Random} is).
 */
public final class SseWalletBridge implements WalletBridge, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SseWalletBridge.class);
  private final BridgeClientSettings settings;
  private final HttpClient http;
  private final ReceiveBridgeEventUseCase receiver;
  private final BridgeCursorStore cursors;
  private final BridgeTelemetry telemetry;
  private final Clock clock;
  private final RandomGenerator random;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService senders;
  private final BridgePoster poster;
  private final Map<BridgeUrl, StreamPool> pools = new ConcurrentHashMap<>();
  private final Map<BridgeUrl, CircuitBreaker> circuits = new ConcurrentHashMap<>();

  public SseWalletBridge(
      BridgeClientSettings settings,
      ReceiveBridgeEventUseCase receiver,
      BridgeCursorStore cursors,
      BridgeTelemetry telemetry,
      Clock clock,
      RandomGenerator random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.receiver = Objects.requireNonNull(receiver, "receiver");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bridge-scheduler").daemon(true).factory());
    this.senders = Executors.newVirtualThreadPerTaskExecutor();
    this.poster = new BridgePoster(settings, http, telemetry, clock, random);
  }

  @Override
  public CompletionStage<Void> subscribe(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return pool(bridge).subscribe(clientId, false);
  }

  @Override
  public CompletionStage<Void> resume(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return pool(bridge).subscribe(clientId, true);
  }

  @Override
  public void unsubscribe(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    StreamPool pool = pools.get(bridge);
    if (pool != null) {
      pool.unsubscribe(clientId);
    }
  }

  @Override
  public void release(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    StreamPool pool = pools.get(bridge);
    if (pool != null) {
      pool.release(clientId);
      return;
    }
    try {
      cursors.remove(bridge, clientId);
    } catch (StoreUnavailableException e) {
      LOG.warn("cursor of a released client id not removed: {}", e.getMessage());
    }
  }

  private void releaseAll(List<ReceiveBridgeEventUseCase.Release> releases) {
    releases.forEach(r -> release(r.bridge(), r.clientId()));
  }

  @Override
  public CompletionStage<SendOutcome> send(OutgoingMessage message) {
    Objects.requireNonNull(message, "message");
    CircuitBreaker circuit = circuit(message.bridge());
    return CompletableFuture.supplyAsync(() -> poster.post(message, circuit), senders);
  }

  /** Client ids per stream of {@code bridge} (empty if none). */
  public List<Integer> streamShape(BridgeUrl bridge) {
    StreamPool pool = pools.get(bridge);
    return pool == null ? List.of() : pool.shape();
  }

  /**
   * What the client is doing on each bridge it has talked to: streams, client ids, and whether the
   * circuit breaker is open (for health checks and metrics).
   */
  public List<BridgeState> bridges() {
    Set<BridgeUrl> urls = new TreeSet<>(java.util.Comparator.comparing(BridgeUrl::toString));
    urls.addAll(pools.keySet());
    urls.addAll(circuits.keySet());
    return urls.stream()
        .map(
            url -> {
              List<Integer> shape = streamShape(url);
              return new BridgeState(
                  url,
                  shape.size(),
                  shape.stream().mapToInt(Integer::intValue).sum(),
                  isCircuitOpen(url));
            })
        .toList();
  }

  /**
   * One bridge as the client sees it.
   *
   * @param streams open SSE streams
   * @param clientIds client ids listened for over them
   * @param circuitOpen whether the client has stopped trying for now
   */
  public record BridgeState(BridgeUrl bridge, int streams, int clientIds, boolean circuitOpen) {}

  /** Whether the circuit breaker of {@code bridge} is open. */
  public boolean isCircuitOpen(BridgeUrl bridge) {
    CircuitBreaker circuit = circuits.get(bridge);
    return circuit != null && circuit.isOpen();
  }

  StreamPool pool(BridgeUrl bridge) {
    Objects.requireNonNull(bridge, "bridge");
    return pools.computeIfAbsent(
        bridge,
        url ->
            new StreamPool(
                new StreamContext(
                    url,
                    settings,
                    http,
                    receiver,
                    cursors,
                    telemetry,
                    circuit(url),
                    clock,
                    random,
                    this::releaseAll),
                scheduler));
  }

  private CircuitBreaker circuit(BridgeUrl bridge) {
    return circuits.computeIfAbsent(
        bridge,
        url ->
            new CircuitBreaker(
                settings.circuitFailureThreshold(),
                settings.circuitOpenDuration(),
                clock,
                () -> telemetry.circuitChanged(url, true),
                () -> telemetry.circuitChanged(url, false)));
  }

  @Override
  public void close() {
    pools.values().forEach(StreamPool::close);
    pools.clear();
    scheduler.shutdownNow();
    senders.shutdownNow();
    http.shutdownNow();
  }
}
