package io.tcgateway.application.service;

import io.tcgateway.application.port.in.GetConnectionQuery;
import io.tcgateway.application.port.in.GetConnectionUseCase;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.domain.session.WalletSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Reads the owner's session; an offer whose time is up reads as expired before the sweep. */
public final class GetConnectionService implements GetConnectionUseCase {
  private final SessionStore sessions;
  private final Clock clock;

  public GetConnectionService(SessionStore sessions, Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<WalletSession> getConnection(GetConnectionQuery query) {
    Instant now = clock.instant();
    return sessions
        .findByOwner(query.owner())
        .map(
            session ->
                session.pendingConnection().filter(offer -> offer.isExpiredAt(now)).isPresent()
                    ? session.expired(now)
                    : session);
  }
}
