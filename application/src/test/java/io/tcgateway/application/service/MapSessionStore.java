package io.tcgateway.application.service;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A minimal session store with the port's version rule. */
final class MapSessionStore implements SessionStore {
  private final Map<SessionId, WalletSession> byId = new HashMap<>();

  @Override
  public void save(WalletSession session) {
    WalletSession stored = byId.get(session.id());
    long expected = session.version() - 1;
    if ((stored == null) != (session.version() == 0)
        || (stored != null && stored.version() != expected)) {
      throw new StaleSessionException(session.id(), expected);
    }
    byId.put(session.id(), session);
  }

  @Override
  public Optional<WalletSession> findByOwner(SessionOwner owner) {
    return byId.values().stream().filter(s -> s.owner().equals(owner)).findFirst();
  }

  @Override
  public Optional<WalletSession> findById(SessionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<WalletSession> findByClientId(SessionPublicKey clientId) {
    return byId.values().stream().filter(s -> s.clientId().equals(clientId)).findFirst();
  }

  @Override
  public Optional<WalletSession> findByWalletClientId(SessionPublicKey walletClientId) {
    return byId.values().stream()
        .filter(s -> s.wallet().map(w -> w.walletClientId().equals(walletClientId)).orElse(false))
        .findFirst();
  }

  @Override
  public List<WalletSession> findExpiredPending(Instant now, int limit) {
    return List.of();
  }

  @Override
  public boolean delete(SessionId id) {
    return byId.remove(id) != null;
  }
}
