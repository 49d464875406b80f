package io.tcgateway.application.service;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A minimal session store with the port's rules (version compare-and-set, one session per owner and
 * per client id). {@link #beforeNextSave} lets a test act as a concurrent writer.
 */
final class MapSessionStore implements SessionStore {
  private final Map<SessionId, WalletSession> byId = new HashMap<>();
  private Consumer<WalletSession> beforeNextSave;
  int saves;

  @Override
  public void save(WalletSession session) {
    Consumer<WalletSession> hook;
    synchronized (this) {
      hook = beforeNextSave;
      beforeNextSave = null;
    }
    if (hook != null) {
      hook.accept(session);
    }
    synchronized (this) {
      WalletSession stored = byId.get(session.id());
      long expected = session.version() - 1;
      boolean taken =
          session.version() == 0
              && byId.values().stream()
                  .anyMatch(
                      s ->
                          s.owner().equals(session.owner())
                              || s.clientId().equals(session.clientId()));
      if ((stored == null) != (session.version() == 0)
          || (stored != null && stored.version() != expected)
          || taken) {
        throw new StaleSessionException(session.id(), expected);
      }
      byId.put(session.id(), session);
      saves++;
    }
  }

  /** Runs {@code hook} once, at the start of the next {@link #save}, before its checks. */
  synchronized void beforeNextSave(Consumer<WalletSession> hook) {
    this.beforeNextSave = hook;
  }

  @Override
  public synchronized Optional<WalletSession> findByOwner(SessionOwner owner) {
    return byId.values().stream().filter(s -> s.owner().equals(owner)).findFirst();
  }

  @Override
  public synchronized Optional<WalletSession> findById(SessionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<WalletSession> findByClientId(SessionPublicKey clientId) {
    return byId.values().stream().filter(s -> s.clientId().equals(clientId)).findFirst();
  }

  @Override
  public synchronized Optional<WalletSession> findByWalletClientId(
      SessionPublicKey walletClientId) {
    return byId.values().stream()
        .filter(s -> s.wallet().map(w -> w.walletClientId().equals(walletClientId)).orElse(false))
        .findFirst();
  }

  @Override
  public synchronized List<WalletSession> findExpiredPending(Instant now, int limit) {
    return byId.values().stream()
        .filter(s -> s.pendingConnection().map(p -> p.isExpiredAt(now)).orElse(false))
        .sorted(Comparator.comparing(s -> s.pendingConnection().orElseThrow().expiresAt()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<WalletSession> findListening(Optional<SessionId> after, int limit) {
    return byId.values().stream()
        .filter(s -> s.pendingConnection().isPresent() || s.wallet().isPresent())
        .filter(s -> after.map(a -> s.id().value().compareTo(a.value()) > 0).orElse(true))
        .sorted(java.util.Comparator.comparing((WalletSession s) -> s.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int purgeEndedBefore(Instant cutoff) {
    int before = byId.size();
    byId.values()
        .removeIf(
            s ->
                (s.state() instanceof io.tcgateway.domain.session.SessionState.Failed
                        || s.state() instanceof io.tcgateway.domain.session.SessionState.Expired)
                    && s.updatedAt().isBefore(cutoff));
    return before - byId.size();
  }

  @Override
  public synchronized boolean delete(SessionId id) {
    return byId.remove(id) != null;
  }
}
