package io.tcgateway.adapter.bridge;

import io.tcgateway.domain.bridge.BridgeUrl;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tuning of the bridge client. {@link #defaults()} follows the reference bridge (10 s heartbeat, 50
 * streams per IP) and the targets (100 client ids per stream).
 *
 * @param maxClientIdsPerStream client ids one SSE stream carries at most
 * @param maxUrlLength longest {@code /events} URL sent; lowers the ids per stream if needed
 * @param heartbeatInterval the bridge's heartbeat period; no byte for 3× this means a dead stream
 * @param connectTimeout TCP/TLS connect timeout, also the timeout for a POST attempt
 * @param reconnectMinDelay first reconnect delay after a failure; doubles per failure
 * @param reconnectMaxDelay cap of the reconnect delay (jitter is added below the cap)
 * @param reshapeDelay how long subscription changes are collected before streams are reshaped
 * @param catchUpQuietPeriod a catch-up stream is done when no event came for this long
 * @param circuitFailureThreshold consecutive failures that open a bridge's circuit
 * @param circuitOpenDuration how long an open circuit refuses attempts before one probe
 * @param maxFrameBytes largest SSE frame accepted; bigger frames are dropped and counted
 * @param bearerTokens per-bridge tokens sent as {@code Authorization: Bearer <token>}
 * @param cursorWriteInterval how often at most a stream writes its members' stored cursors while
 *     events flow (also on every heartbeat and when it stops); zero writes after every event. The
 *     stored cursors only bound what a restart replays, and replays are deduplicated
 * @param maxParallelDeliveries how many of one stream's events the application may be handling at
 *     once (in order per sender, in parallel across senders; 1 = one at a time)
 */
public record BridgeClientSettings(
    int maxClientIdsPerStream,
    int maxUrlLength,
    Duration heartbeatInterval,
    Duration connectTimeout,
    Duration reconnectMinDelay,
    Duration reconnectMaxDelay,
    Duration reshapeDelay,
    Duration catchUpQuietPeriod,
    int circuitFailureThreshold,
    Duration circuitOpenDuration,
    int maxFrameBytes,
    Map<BridgeUrl, String> bearerTokens,
    Duration cursorWriteInterval,
    int maxParallelDeliveries) {

  public BridgeClientSettings {
    if (maxClientIdsPerStream < 1) {
      throw new IllegalArgumentException("maxClientIdsPerStream must be positive");
    }
    if (maxUrlLength < 256) {
      throw new IllegalArgumentException("maxUrlLength must be at least 256");
    }
    requirePositive(heartbeatInterval, "heartbeatInterval");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(reconnectMinDelay, "reconnectMinDelay");
    requirePositive(reconnectMaxDelay, "reconnectMaxDelay");
    Objects.requireNonNull(reshapeDelay, "reshapeDelay");
    requirePositive(catchUpQuietPeriod, "catchUpQuietPeriod");
    requirePositive(circuitOpenDuration, "circuitOpenDuration");
    if (circuitFailureThreshold < 1) {
      throw new IllegalArgumentException("circuitFailureThreshold must be positive");
    }
    if (maxFrameBytes < 1024) {
      throw new IllegalArgumentException("maxFrameBytes must be at least 1024");
    }
    bearerTokens = Map.copyOf(bearerTokens);
    Objects.requireNonNull(cursorWriteInterval, "cursorWriteInterval");
    if (cursorWriteInterval.isNegative()) {
      throw new IllegalArgumentException("cursorWriteInterval must not be negative");
    }
    if (maxParallelDeliveries < 1) {
      throw new IllegalArgumentException("maxParallelDeliveries must be positive");
    }
  }

  /**
   * The defaults: 100 ids per stream, 10 s heartbeat, backoff 0.5 s … 60 s, circuit 5 / 30 s,
   * cursors written at most once a second, a stream's events handled one at a time (the fastest
   * with the memory store; the durable stores' profiles raise it, ADR 0012).
   */
  public static BridgeClientSettings defaults() {
    return new BridgeClientSettings(
        100,
        7168,
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofMillis(500),
        Duration.ofSeconds(60),
        Duration.ofMillis(100),
        Duration.ofSeconds(2),
        5,
        Duration.ofSeconds(30),
        1 << 20,
        Map.of(),
        Duration.ofSeconds(1),
        DEFAULT_MAX_PARALLEL_DELIVERIES);
  }

  /** The default of {@code maxParallelDeliveries}: one at a time. */
  public static final int DEFAULT_MAX_PARALLEL_DELIVERIES = 1;

  /** No byte for this long means the stream is dead: three heartbeat intervals. */
  public Duration idleTimeout() {
    return heartbeatInterval.multipliedBy(3);
  }

  /** The token for {@code bridge}, if one is configured. */
  public Optional<String> bearerToken(BridgeUrl bridge) {
    return Optional.ofNullable(bearerTokens.get(bridge));
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  @Override
  public String toString() {
    // Tokens are credentials: never printed.
    return "BridgeClientSettings[maxClientIdsPerStream="
        + maxClientIdsPerStream
        + ", heartbeatInterval="
        + heartbeatInterval
        + ", bearerTokens="
        + bearerTokens.size()
        + " configured]";
  }
}
