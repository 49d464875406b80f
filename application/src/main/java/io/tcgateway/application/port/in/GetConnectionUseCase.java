package io.tcgateway.application.port.in;

import io.tcgateway.domain.session.WalletSession;
import java.util.Optional;

/**
 * Reads the owner's own session (pending, connected, failed or expired). A pending offer whose time
 * is up is reported expired even before the sweeper has marked it. Callers must not expose the
 * session's keys.
 */
public interface GetConnectionUseCase {
  Optional<WalletSession> getConnection(GetConnectionQuery query);
}
