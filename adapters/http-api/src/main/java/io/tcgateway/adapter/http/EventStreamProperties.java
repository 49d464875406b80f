package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the owners' event streams ({@code GET /v1/users/{userId}/events}), {@code
 * gateway.api.events.*}.
 *
 * @param heartbeatInterval time between comment heartbeats on every open stream
 * @param pollInterval how often every open stream reads its owner's log even without a wake-up, to
 *     pick up events another gateway process wrote
 * @param maxQueuedFrames events a stream may have waiting for a slow client; beyond that it stops
 *     reading the log until the client has caught up (nothing is lost: the log is the source)
 * @param readBatchSize the most events one read of the log returns
 */
@ConfigurationProperties("gateway.api.events")
public record EventStreamProperties(
    @Bindable(defaultValue = "15s") Duration heartbeatInterval,
    @Bindable(defaultValue = "3s") Duration pollInterval,
    @Bindable(defaultValue = "64") int maxQueuedFrames,
    @Bindable(defaultValue = "100") int readBatchSize) {

  public EventStreamProperties {
    requirePositive(heartbeatInterval, "heartbeat-interval");
    requirePositive(pollInterval, "poll-interval");
    if (maxQueuedFrames <= 0) {
      throw new IllegalArgumentException(
          "gateway.api.events.max-queued-frames must be positive, was " + maxQueuedFrames);
    }
    if (readBatchSize <= 0) {
      throw new IllegalArgumentException(
          "gateway.api.events.read-batch-size must be positive, was " + readBatchSize);
    }
  }

  private static void requirePositive(Duration value, String key) {
    Objects.requireNonNull(value, key);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "gateway.api.events." + key + " must be positive, was " + value);
    }
  }
}
