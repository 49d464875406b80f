package io.tcgateway.application.service;

import io.tcgateway.application.port.in.SweepExpiredResult;
import io.tcgateway.application.port.in.SweepExpiredUseCase;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Expires what ran out and deletes what is past retention, in batches. Several gateways may sweep
 * at once: expiring is a versioned write, so each offer or request is expired (and reported) by one
 * of them only.
 */
public final class SweepExpiredService implements SweepExpiredUseCase {

  /**
   * @param batchSize how many expired offers and overdue requests one sweep handles at most
   * @param retention how long finished requests, logged events and ended (failed or expired)
   *     sessions stay readable
   */
  public record Settings(int batchSize, Duration retention) {
    public Settings {
      Objects.requireNonNull(retention, "retention");
      if (batchSize <= 0) {
        throw new IllegalArgumentException("batchSize must be positive");
      }
      if (retention.isNegative()) {
        throw new IllegalArgumentException("retention must not be negative");
      }
    }
  }

  private final SessionStore sessions;
  private final WalletRequestStore requests;
  private final OwnerEventLog log;
  private final ProofPayloadStore payloads;
  private final WalletBridge bridge;
  private final OwnerEvents events;
  private final RequestFinisher finisher;
  private final Settings settings;
  private final Clock clock;

  public SweepExpiredService(
      SessionStore sessions,
      WalletRequestStore requests,
      OwnerEventLog log,
      ProofPayloadStore payloads,
      WalletBridge bridge,
      WalletNotifier notifier,
      Settings settings,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.log = Objects.requireNonNull(log, "log");
    this.payloads = Objects.requireNonNull(payloads, "payloads");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.events = new OwnerEvents(log, notifier, clock);
    this.finisher = new RequestFinisher(requests, events);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SweepExpiredResult sweep() {
    Instant now = clock.instant();
    int connections = 0;
    for (WalletSession offer : sessions.findExpiredPending(now, settings.batchSize())) {
      try {
        sessions.save(offer.expired(now));
      } catch (StaleSessionException e) {
        continue; // answered or replaced meanwhile
      }
      SessionEnding.bridgesOf(offer).forEach(url -> bridge.release(url, offer.clientId()));
      events.publish(offer.owner(), new Event.ConnectionExpired(offer.id()));
      connections++;
    }
    int expiredRequests = 0;
    for (WalletRequest overdue : requests.findOverdue(now, settings.batchSize())) {
      if (finisher.finish(overdue, new RequestStatus.Expired(now)).isPresent()) {
        expiredRequests++;
      }
    }
    Instant cutoff = now.minus(settings.retention());
    int purged =
        requests.purgeFinishedBefore(cutoff)
            + log.purgeBefore(cutoff)
            + payloads.purgeExpired(now)
            + sessions.purgeEndedBefore(cutoff);
    return new SweepExpiredResult(connections, expiredRequests, purged);
  }
}
