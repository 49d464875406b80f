package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WalletRequestStore} in a map by reference plus the pending requests per session, under one
 * lock. Requests are immutable values, so reads hand out the stored instances.
 */
@Singleton
public final class InMemoryWalletRequestStore implements WalletRequestStore {
  private final Object lock = new Object();
  private final Map<RequestRef, WalletRequest> byRef = new HashMap<>();
  private final Map<SessionId, Map<RequestRef, WalletRequest>> pendingBySession = new HashMap<>();

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
      index(request);
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
      index(next);
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
      return pendingBySession.values().stream()
          .flatMap(pending -> pending.values().stream())
          .filter(request -> request.isOverdueAt(now))
          .sorted(Comparator.comparing(WalletRequest::deadline))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    synchronized (lock) {
      int before = byRef.size();
      byRef
          .values()
          .removeIf(request -> !request.isPending() && request.changedAt().isBefore(cutoff));
      return before - byRef.size();
    }
  }

  /** Keeps {@link #pendingBySession} in step with the request's status. Caller holds the lock. */
  private void index(WalletRequest request) {
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
