package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the built-in bridge, {@code gateway.bridge-server.*} (ADR 0005).
 *
 * @param enabled mounts the bridge at {@code /bridge}
 * @param heartbeatInterval time between heartbeats on every stream (reference bridge: 10 s)
 * @param maxTtl the largest {@code ttl} a POST may ask for; larger is a 400 (reference: 300 s)
 * @param maxBodySize the largest POST body in bytes; larger is a 413. Wallet messages are a few
 *     KiB; the reference bridge allows 10 MiB
 * @param maxClientIdsPerStream the most client ids one {@code GET /events} may list
 * @param maxBufferedMessagesPerClient how many unexpired messages one recipient's buffer keeps; the
 *     oldest is evicted beyond that
 * @param maxStreamsPerIp open SSE streams per client IP, 0 for no limit (reference: 50)
 * @param maxPostsPerSecondPerIp sustained POSTs per second per client IP (bursts up to the same
 *     number), 0 for no limit (reference: 10)
 * @param limitsApplyToLoopback whether the per-IP limits also apply to clients on the loopback
 *     interface (off: local tools and tests are not throttled)
 * @param streamQueueSize frames a stream may have waiting for a slow client, besides its replay,
 *     before the bridge ends the stream (the client then reconnects with its cursor); also how many
 *     live messages a new subscription may hold back while its replay is read
 * @param purgeInterval how often expired messages are dropped (they are also skipped on read)
 */
@ConfigurationProperties("gateway.bridge-server")
public record BridgeServerProperties(
    @Bindable(defaultValue = "false") boolean enabled,
    @Bindable(defaultValue = "10s") Duration heartbeatInterval,
    @Bindable(defaultValue = "300s") Duration maxTtl,
    @Bindable(defaultValue = "64KB") @ReadableBytes int maxBodySize,
    @Bindable(defaultValue = "1000") int maxClientIdsPerStream,
    @Bindable(defaultValue = "100") int maxBufferedMessagesPerClient,
    @Bindable(defaultValue = "0") int maxStreamsPerIp,
    @Bindable(defaultValue = "0") int maxPostsPerSecondPerIp,
    @Bindable(defaultValue = "false") boolean limitsApplyToLoopback,
    @Bindable(defaultValue = "256") int streamQueueSize,
    @Bindable(defaultValue = "60s") Duration purgeInterval) {

  public BridgeServerProperties {
    requirePositive(heartbeatInterval, "heartbeat-interval");
    requirePositive(maxTtl, "max-ttl");
    requirePositive(purgeInterval, "purge-interval");
    requirePositive(maxBodySize, "max-body-size");
    requirePositive(maxClientIdsPerStream, "max-client-ids-per-stream");
    requirePositive(maxBufferedMessagesPerClient, "max-buffered-messages-per-client");
    requirePositive(streamQueueSize, "stream-queue-size");
    if (maxStreamsPerIp < 0) {
      throw new IllegalArgumentException(
          "gateway.bridge-server.max-streams-per-ip must be 0 or more, was " + maxStreamsPerIp);
    }
    if (maxPostsPerSecondPerIp < 0) {
      throw new IllegalArgumentException(
          "gateway.bridge-server.max-posts-per-second-per-ip must be 0 or more, was "
              + maxPostsPerSecondPerIp);
    }
  }

  private static void requirePositive(Duration value, String key) {
    Objects.requireNonNull(value, key);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "gateway.bridge-server." + key + " must be positive, was " + value);
    }
  }

  private static void requirePositive(int value, String key) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          "gateway.bridge-server." + key + " must be positive, was " + value);
    }
  }
}
