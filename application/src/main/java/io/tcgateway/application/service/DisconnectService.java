package io.tcgateway.application.service;

import io.tcgateway.application.port.in.DisconnectCommand;
import io.tcgateway.application.port.in.DisconnectUseCase;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.WalletSession;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends a session at the user's wish (SDK {@code disconnect()}): the wallet is told once with the
 * {@code disconnect} RPC, not waited for, and the session is removed, its bridge subscriptions
 * released and its unanswered requests failed with {@code disconnected}.
 */
public final class DisconnectService implements DisconnectUseCase {
  private final SessionStore sessions;
  private final RequestSender sender;
  private final WalletBridge bridge;
  private final SessionEnding ending;

  public DisconnectService(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletBridge bridge,
      SessionBoxes boxes,
      RequestSender sender,
      OwnerEventLog events,
      WalletNotifier notifier,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.ending =
        new SessionEnding(
            sessions, requests, boxes, new OwnerEvents(events, notifier, clock), clock);
  }

  @Override
  public boolean disconnect(DisconnectCommand command) {
    Optional<WalletSession> found = sessions.findByOwner(command.owner());
    if (found.isEmpty()) {
      return false;
    }
    WalletSession session = found.get();
    if (session.wallet().isPresent()) {
      sender.sendDisconnect(session);
    }
    ending.end(session, "user").forEach(r -> bridge.release(r.bridge(), r.clientId()));
    return true;
  }
}
