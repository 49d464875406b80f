package io.tcgateway.application.service;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A minimal event log: one list, idempotent by owner and event key. */
final class ListOwnerEventLog implements OwnerEventLog {
  final List<LoggedEvent> entries = new ArrayList<>();

  @Override
  public synchronized LoggedEvent append(
      SessionOwner owner, WalletNotifier.Event event, Instant at) {
    Optional<LoggedEvent> existing =
        entries.stream()
            .filter(e -> e.owner().equals(owner) && e.event().key().equals(event.key()))
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    LoggedEvent logged = new LoggedEvent(entries.size() + 1, owner, at, event, true);
    entries.add(logged.asStored());
    return logged;
  }

  @Override
  public synchronized List<LoggedEvent> readAfter(
      SessionOwner owner, long afterSequence, int limit) {
    return entries.stream()
        .filter(e -> e.owner().equals(owner) && e.sequence() > afterSequence)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int purgeBefore(Instant cutoff) {
    int before = entries.size();
    entries.removeIf(e -> e.at().isBefore(cutoff));
    return before - entries.size();
  }

  /** The events logged, in order. */
  synchronized List<WalletNotifier.Event> events() {
    return entries.stream().map(LoggedEvent::event).toList();
  }
}
