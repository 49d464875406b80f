package io.tcgateway.application.service;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import java.time.Clock;
import java.util.Objects;

/**
 * Reports an event to its owner: logged first (idempotent by the event's key, so reporting the same
 * outcome again after a replay logs nothing new), then pushed to the owner's channels when it is
 * new.
 */
final class OwnerEvents {
  private final OwnerEventLog log;
  private final WalletNotifier notifier;
  private final Clock clock;

  OwnerEvents(OwnerEventLog log, WalletNotifier notifier, Clock clock) {
    this.log = Objects.requireNonNull(log, "log");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  LoggedEvent publish(SessionOwner owner, WalletNotifier.Event event) {
    LoggedEvent logged = log.append(owner, event, clock.instant());
    if (logged.fresh()) {
      notifier.notify(owner, event);
    }
    return logged;
  }
}
