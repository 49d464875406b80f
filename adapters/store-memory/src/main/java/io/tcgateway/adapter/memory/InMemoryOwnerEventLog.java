package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link OwnerEventLog} as one list and one key index per owner, under one lock; sequences come
 * from one counter, so they increase across owners.
 */
@Singleton
public final class InMemoryOwnerEventLog implements OwnerEventLog {
  private final Object lock = new Object();
  private final Map<SessionOwner, OwnerLog> logs = new HashMap<>();
  private long lastSequence;

  /** One owner's entries in sequence order, and the entry of each event key. */
  private static final class OwnerLog {
    final List<LoggedEvent> entries = new ArrayList<>();
    final Map<String, LoggedEvent> byKey = new HashMap<>();
  }

  @Override
  public LoggedEvent append(SessionOwner owner, WalletNotifier.Event event, Instant at) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
    synchronized (lock) {
      OwnerLog log = logs.computeIfAbsent(owner, o -> new OwnerLog());
      LoggedEvent existing = log.byKey.get(event.key());
      if (existing != null) {
        return existing;
      }
      LoggedEvent stored = new LoggedEvent(++lastSequence, owner, at, event, false);
      log.entries.add(stored);
      log.byKey.put(event.key(), stored);
      return new LoggedEvent(stored.sequence(), owner, at, event, true);
    }
  }

  @Override
  public List<LoggedEvent> readAfter(SessionOwner owner, long afterSequence, int limit) {
    Objects.requireNonNull(owner, "owner");
    synchronized (lock) {
      OwnerLog log = logs.get(owner);
      if (log == null) {
        return List.of();
      }
      return log.entries.stream()
          .filter(entry -> entry.sequence() > afterSequence)
          .limit(limit)
          .toList();
    }
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    int purged = 0;
    synchronized (lock) {
      for (Iterator<OwnerLog> owners = logs.values().iterator(); owners.hasNext(); ) {
        OwnerLog log = owners.next();
        for (Iterator<LoggedEvent> entries = log.entries.iterator(); entries.hasNext(); ) {
          LoggedEvent entry = entries.next();
          if (entry.at().isBefore(cutoff)) {
            entries.remove();
            log.byKey.remove(entry.event().key());
            purged++;
          }
        }
        if (log.entries.isEmpty()) {
          owners.remove();
        }
      }
    }
    return purged;
  }
}
