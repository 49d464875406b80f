package io.tcgateway.application.service;

import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A minimal request store with the port's version rule. {@link #beforeNextReplace} lets a test act
 * as a concurrent finisher.
 */
final class MapWalletRequestStore implements WalletRequestStore {
  private final Map<RequestRef, WalletRequest> byRef = new LinkedHashMap<>();
  private Consumer<WalletRequest> beforeNextReplace;

  @Override
  public synchronized void insert(WalletRequest request) {
    if (request.version() != 0 || byRef.putIfAbsent(request.ref(), request) != null) {
      throw new DuplicateRequestException(request.ref());
    }
  }

  @Override
  public boolean replace(WalletRequest next) {
    Consumer<WalletRequest> hook;
    synchronized (this) {
      hook = beforeNextReplace;
      beforeNextReplace = null;
    }
    if (hook != null) {
      hook.accept(next);
    }
    synchronized (this) {
      WalletRequest stored = byRef.get(next.ref());
      if (stored == null || stored.version() != next.version() - 1) {
        return false;
      }
      byRef.put(next.ref(), next);
      return true;
    }
  }

  /** Runs {@code hook} once, at the start of the next {@link #replace}, before its check. */
  synchronized void beforeNextReplace(Consumer<WalletRequest> hook) {
    this.beforeNextReplace = hook;
  }

  @Override
  public synchronized Optional<WalletRequest> find(RequestRef ref) {
    return Optional.ofNullable(byRef.get(ref));
  }

  @Override
  public synchronized List<WalletRequest> findPending(SessionId session) {
    return byRef.values().stream()
        .filter(r -> r.ref().sessionId().equals(session) && r.isPending())
        .sorted(
            Comparator.comparing(WalletRequest::createdAt).thenComparing(r -> r.ref().requestId()))
        .toList();
  }

  @Override
  public synchronized List<WalletRequest> findOverdue(Instant now, int limit) {
    return byRef.values().stream()
        .filter(r -> r.isOverdueAt(now))
        .sorted(Comparator.comparing(WalletRequest::deadline))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int purgeFinishedBefore(Instant cutoff) {
    int before = byRef.size();
    byRef.values().removeIf(r -> r.status().isFinal() && r.changedAt().isBefore(cutoff));
    return before - byRef.size();
  }

  /** Every request stored, in insertion order. */
  synchronized List<WalletRequest> all() {
    return List.copyOf(byRef.values());
  }
}
