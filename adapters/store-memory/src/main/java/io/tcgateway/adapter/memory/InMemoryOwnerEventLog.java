package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@link OwnerEventLog} as one list and one key index per owner, plus every entry by time for the
 * purge, under one lock; sequences come from one counter, so they increase across owners. The time
 * index lets the periodic purge take only what is old instead of scanning every owner's log under
 * the lock.
 */
@Singleton
public final class InMemoryOwnerEventLog implements OwnerEventLog {
  private final Object lock = new Object();
  private final Map<SessionOwner, OwnerLog> logs = new HashMap<>();
  private final NavigableMap<TimeKey<Long>, LoggedEvent> byTime = new TreeMap<>();
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
      byTime.put(new TimeKey<>(at, stored.sequence()), stored);
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
    synchronized (lock) {
      NavigableMap<TimeKey<Long>, LoggedEvent> old =
          byTime.headMap(TimeKey.before(cutoff, Long.MIN_VALUE), false);
      int purged = old.size();
      for (LoggedEvent entry : old.values()) {
        OwnerLog log = logs.get(entry.owner());
        log.entries.remove(entry);
        log.byKey.remove(entry.event().key());
        if (log.entries.isEmpty()) {
          logs.remove(entry.owner());
        }
      }
      old.clear();
      return purged;
    }
  }
}
