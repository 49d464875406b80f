package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Lifetimes of connections and requests, {@code gateway.sessions.*}.
 *
 * @param pendingTtl how long a connect link stands unanswered (the SDK's 5 minutes)
 * @param requestTimeout how long a request without {@code valid_until} waits for the wallet
 * @param subscribeTimeout how long starting a connection waits for the bridges' streams to open
 * @param sweepInterval how often expired offers and requests are marked and old data purged
 * @param sweepBatchSize how many expired offers and overdue requests one sweep handles at most
 * @param retention how long finished requests and logged events stay readable
 */
@ConfigurationProperties("gateway.sessions")
public record SessionsProperties(
    @Bindable(defaultValue = "5m") Duration pendingTtl,
    @Bindable(defaultValue = "5m") Duration requestTimeout,
    @Bindable(defaultValue = "10s") Duration subscribeTimeout,
    @Bindable(defaultValue = "5s") Duration sweepInterval,
    @Bindable(defaultValue = "500") int sweepBatchSize,
    @Bindable(defaultValue = "24h") Duration retention) {

  public SessionsProperties {
    Settings.requirePositive(pendingTtl, "gateway.sessions.pending-ttl");
    Settings.requirePositive(requestTimeout, "gateway.sessions.request-timeout");
    Settings.requirePositive(subscribeTimeout, "gateway.sessions.subscribe-timeout");
    Settings.requirePositive(sweepInterval, "gateway.sessions.sweep-interval");
    Settings.requirePositive(retention, "gateway.sessions.retention");
    if (sweepBatchSize <= 0) {
      throw new IllegalArgumentException("gateway.sessions.sweep-batch-size must be positive");
    }
  }
}
