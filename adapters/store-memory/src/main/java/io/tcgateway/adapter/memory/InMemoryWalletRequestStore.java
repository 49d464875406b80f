package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.WalletRequestStore;
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
  private final NavigableSet<TimeKey<String>> pendingByDeadline = new TreeSet<>();
  private final NavigableSet<TimeKey<String>> finishedByChange = new TreeSet<>();

  /** {@code request}'s entry in a time index: the instant and its reference's text. */
  private static TimeKey<String> at(Instant at, WalletRequest request) {
    return new TimeKey<>(at, request.ref().value());
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
      for (TimeKey<String> key : pendingByDeadline) {
        if (overdue.size() >= limit || now.isBefore(key.at())) {
          break; // in deadline order: the rest are due later
        }
        overdue.add(byRef.get(RequestRef.parse(key.key())));
      }
      return List.copyOf(overdue);
    }
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    synchronized (lock) {
      NavigableSet<TimeKey<String>> old =
          finishedByChange.headSet(TimeKey.before(cutoff, ""), false);
      int purged = old.size();
      for (TimeKey<String> key : old) {
        byRef.remove(RequestRef.parse(key.key()));
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
        pendingByDeadline.remove(at(previous.deadline(), previous));
      } else {
        finishedByChange.remove(at(previous.changedAt(), previous));
      }
    }
    if (request.isPending()) {
      pendingByDeadline.add(at(request.deadline(), request));
    } else {
      finishedByChange.add(at(request.changedAt(), request));
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
