package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link SessionStore} in four maps (by id, owner, client id and wallet client id) and two time
 * indexes (pending offers by expiry, ended sessions by last change), kept consistent under one
 * lock. The time indexes let the periodic sweep find what expired without scanning every session
 * under the lock: with 100,000 sessions a scan held it long enough to delay wallet replies by ~200
 * ms. Sessions are immutable values, so reads hand out the stored instances.
 */
@Singleton
public final class InMemorySessionStore implements SessionStore {
  private final Object lock = new Object();
  private final Map<SessionId, WalletSession> byId = new HashMap<>();
  private final Map<SessionOwner, SessionId> byOwner = new HashMap<>();
  private final Map<SessionPublicKey, SessionId> byClientId = new HashMap<>();
  private final Map<SessionPublicKey, SessionId> byWalletClientId = new HashMap<>();
  private final NavigableSet<TimeKey<String>> pendingByExpiry = new TreeSet<>();
  private final NavigableSet<TimeKey<String>> endedByUpdate = new TreeSet<>();

  /** Where {@code session} belongs in the time indexes, if anywhere. Caller holds the lock. */
  private void index(WalletSession session) {
    if (session.state() instanceof SessionState.Pending pending) {
      pendingByExpiry.add(new TimeKey<>(pending.connection().expiresAt(), session.id().value()));
    }
    if (isEnded(session)) {
      endedByUpdate.add(new TimeKey<>(session.updatedAt(), session.id().value()));
    }
  }

  private void unindex(WalletSession session) {
    if (session.state() instanceof SessionState.Pending pending) {
      pendingByExpiry.remove(new TimeKey<>(pending.connection().expiresAt(), session.id().value()));
    }
    if (isEnded(session)) {
      endedByUpdate.remove(new TimeKey<>(session.updatedAt(), session.id().value()));
    }
  }

  @Override
  public void save(WalletSession session) {
    Objects.requireNonNull(session, "session");
    synchronized (lock) {
      WalletSession stored = byId.get(session.id());
      if (session.version() == 0) {
        if (stored != null
            || byOwner.containsKey(session.owner())
            || byClientId.containsKey(session.clientId())) {
          throw new StaleSessionException(session.id(), -1);
        }
      } else if (stored == null
          || stored.version() != session.version() - 1
          || !stored.owner().equals(session.owner())
          || !stored.clientId().equals(session.clientId())) {
        throw new StaleSessionException(session.id(), session.version() - 1);
      }
      if (session.wallet().isPresent()) {
        SessionId holder = byWalletClientId.get(session.wallet().get().walletClientId());
        if (holder != null && !holder.equals(session.id())) {
          throw new StaleSessionException(session.id(), session.version() - 1);
        }
      }
      if (stored != null) {
        stored.wallet().ifPresent(w -> byWalletClientId.remove(w.walletClientId(), session.id()));
        unindex(stored);
      }
      byId.put(session.id(), session);
      index(session);
      byOwner.put(session.owner(), session.id());
      byClientId.put(session.clientId(), session.id());
      session.wallet().ifPresent(w -> byWalletClientId.put(w.walletClientId(), session.id()));
    }
  }

  @Override
  public Optional<WalletSession> findByOwner(SessionOwner owner) {
    synchronized (lock) {
      SessionId id = byOwner.get(owner);
      return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public Optional<WalletSession> findById(SessionId id) {
    synchronized (lock) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public Optional<WalletSession> findByClientId(SessionPublicKey clientId) {
    synchronized (lock) {
      SessionId id = byClientId.get(clientId);
      return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public Optional<WalletSession> findByWalletClientId(SessionPublicKey walletClientId) {
    synchronized (lock) {
      SessionId id = byWalletClientId.get(walletClientId);
      return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public List<WalletSession> findExpiredPending(Instant now, int limit) {
    synchronized (lock) {
      List<WalletSession> expired = new ArrayList<>();
      for (TimeKey<String> key : pendingByExpiry) {
        if (expired.size() >= limit || now.isBefore(key.at())) {
          break; // in expiry order: the rest expire later
        }
        expired.add(byId.get(new SessionId(key.key())));
      }
      return List.copyOf(expired);
    }
  }

  @Override
  public List<WalletSession> findListening(Optional<SessionId> after, int limit) {
    Objects.requireNonNull(after, "after");
    synchronized (lock) {
      return byId.values().stream()
          .filter(s -> s.pendingConnection().isPresent() || s.wallet().isPresent())
          .filter(s -> after.map(a -> s.id().value().compareTo(a.value()) > 0).orElse(true))
          .sorted(Comparator.comparing((WalletSession s) -> s.id().value()))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public int purgeEndedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    synchronized (lock) {
      List<SessionId> ended =
          endedByUpdate.headSet(TimeKey.before(cutoff, ""), false).stream()
              .map(key -> new SessionId(key.key()))
              .toList();
      ended.forEach(this::delete);
      return ended.size();
    }
  }

  private static boolean isEnded(WalletSession session) {
    return session.state() instanceof SessionState.Failed
        || session.state() instanceof SessionState.Expired;
  }

  @Override
  public boolean delete(SessionId id) {
    synchronized (lock) {
      WalletSession removed = byId.remove(id);
      if (removed == null) {
        return false;
      }
      byOwner.remove(removed.owner(), id);
      byClientId.remove(removed.clientId(), id);
      removed.wallet().ifPresent(w -> byWalletClientId.remove(w.walletClientId(), id));
      unindex(removed);
      return true;
    }
  }
}
