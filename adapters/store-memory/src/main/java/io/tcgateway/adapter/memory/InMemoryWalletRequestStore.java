package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link WalletRequestStore} in a map by reference plus the pending requests per session and two
 * time indexes (pending by deadline, finished by last change), under one lock. The time indexes let
 * the periodic sweep find overdue and old requests without scanning them all under the lock.
 * Requests are immutable values, so reads hand out the stored instances.
 */
@Singleton
public final class InMemoryWalletRequestStore implements WalletRequestStore {
  private final Object lock = new Object();
  private final Map<RequestRef, WalletRequest> byRef = new HashMap<>();
  private final Map<SessionId, Map<RequestRef, WalletRequest>> pendingBySession = new HashMap<>();
  private final NavigableSet<TimeKey> pendingByDeadline = new TreeSet<>();
  private final NavigableSet<TimeKey> finishedByChange = new TreeSet<>();

  /** A request at an instant, ordered by instant, then session id, then request id. */
  private record TimeKey(Instant at, String session, long requestId)
      implements Comparable<TimeKey> {
    static TimeKey of(Instant at, RequestRef ref) {
      return new TimeKey(at, ref.sessionId().value(), ref.requestId().value());
    }

    RequestRef ref() {
      return new RequestRef(new SessionId(session), RequestId.of(requestId));
    }

    @Override
    public int compareTo(TimeKey other) {
      int byTime = at.compareTo(other.at);
      if (byTime != 0) {
        return byTime;
      }
      int bySession = session.compareTo(other.session);
      return bySession != 0 ? bySession : Long.compare(requestId, other.requestId);
    }
  }

  @Override
  public void insert(WalletRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.version() != 0) {
      throw new IllegalArgumentException("a new request has version 0, was " + request.version());
    }
    synchronized (lock) {
      if (byRef.putIfAbsent(request.ref(), request) != null) {
        throw new DuplicateRequestException(request.ref());
      }
      index(request, null);
    }
  }

  @Override
  public boolean replace(WalletRequest next) {
    Objects.requireNonNull(next, "next");
    synchronized (lock) {
      WalletRequest stored = byRef.get(next.ref());
      if (stored == null || stored.version() != next.version() - 1) {
        return false;
      }
      byRef.put(next.ref(), next);
      index(next, stored);
      return true;
    }
  }

  @Override
  public Optional<WalletRequest> find(RequestRef ref) {
    Objects.requireNonNull(ref, "ref");
    synchronized (lock) {
      return Optional.ofNullable(byRef.get(ref));
    }
  }

  @Override
  public List<WalletRequest> findPending(SessionId session) {
    Objects.requireNonNull(session, "session");
    synchronized (lock) {
      Map<RequestRef, WalletRequest> pending = pendingBySession.get(session);
      return pending == null
          ? List.of()
          : pending.values().stream()
              .sorted(
                  Comparator.comparing(WalletRequest::createdAt)
                      .thenComparing(request -> request.ref().requestId()))
              .toList();
    }
  }

  @Override
  public List<WalletRequest> findOverdue(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    synchronized (lock) {
      List<WalletRequest> overdue = new ArrayList<>();
      for (TimeKey key : pendingByDeadline) {
        if (overdue.size() >= limit || now.isBefore(key.at())) {
          break; // in deadline order: the rest are due later
        }
        overdue.add(byRef.get(key.ref()));
      }
      return List.copyOf(overdue);
    }
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    synchronized (lock) {
      NavigableSet<TimeKey> old =
          finishedByChange.headSet(new TimeKey(cutoff, "", Long.MIN_VALUE), false);
      int purged = old.size();
      for (TimeKey key : old) {
        byRef.remove(key.ref());
      }
      old.clear();
      return purged;
    }
  }

  /**
   * Keeps {@link #pendingBySession} and the time indexes in step with the request's status; {@code
   * previous} is the version it replaces, if any. Caller holds the lock.
   */
  private void index(WalletRequest request, WalletRequest previous) {
    if (previous != null) {
      if (previous.isPending()) {
        pendingByDeadline.remove(TimeKey.of(previous.deadline(), previous.ref()));
      } else {
        finishedByChange.remove(TimeKey.of(previous.changedAt(), previous.ref()));
      }
    }
    if (request.isPending()) {
      pendingByDeadline.add(TimeKey.of(request.deadline(), request.ref()));
    } else {
      finishedByChange.add(TimeKey.of(request.changedAt(), request.ref()));
    }
    SessionId session = request.ref().sessionId();
    if (request.isPending()) {
      pendingBySession
          .computeIfAbsent(session, s -> new LinkedHashMap<>())
          .put(request.ref(), request);
      return;
    }
    Map<RequestRef, WalletRequest> pending = pendingBySession.get(session);
    if (pending != null) {
      pending.remove(request.ref());
      if (pending.isEmpty()) {
        pendingBySession.remove(session);
      }
    }
  }
}
