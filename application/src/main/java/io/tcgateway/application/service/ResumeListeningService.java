package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ResumeListeningResult;
import io.tcgateway.application.port.in.ResumeListeningUseCase;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pages through the listening sessions in id order and resumes each on its bridges ({@link
 * WalletBridge#resume}: catch-up from the stored cursor, or everything the bridge holds for an id
 * without one). It does not wait for the streams to open: the bridge client opens and retries them
 * in the background, and the cursors make sure nothing is skipped.
 *
 * <p>Like the SDK on restore, a connected wallet's bridge is looked up again by its {@code appName}
 * in the wallets list: when the list now names another bridge, the session listens there too (the
 * wallet may have moved; its messages are routed by its pinned client id whichever bridge carries
 * them).
 */
public final class ResumeListeningService implements ResumeListeningUseCase {
  private static final int PAGE = 1_000;

  private final SessionStore sessions;
  private final WalletBridge bridge;
  private final WalletDirectory wallets;

  public ResumeListeningService(
      SessionStore sessions, WalletBridge bridge, WalletDirectory wallets) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.wallets = Objects.requireNonNull(wallets, "wallets");
  }

  @Override
  public ResumeListeningResult resumeListening() {
    int resumed = 0;
    int subscriptions = 0;
    Optional<SessionId> after = Optional.empty();
    while (true) {
      List<WalletSession> page = sessions.findListening(after, PAGE);
      for (WalletSession session : page) {
        List<BridgeUrl> bridges = bridgesToResume(session);
        bridges.forEach(url -> bridge.resume(url, session.clientId()));
        subscriptions += bridges.size();
        resumed++;
      }
      if (page.size() < PAGE) {
        return new ResumeListeningResult(resumed, subscriptions);
      }
      after = Optional.of(page.getLast().id());
    }
  }

  private List<BridgeUrl> bridgesToResume(WalletSession session) {
    List<BridgeUrl> bridges = new ArrayList<>(SessionEnding.bridgesOf(session));
    session
        .wallet()
        .flatMap(wallet -> wallets.find(wallet.device().appName()))
        .map(WalletDirectory.WalletEntry::bridge)
        .filter(listed -> !bridges.contains(listed))
        .ifPresent(bridges::add);
    return bridges;
  }
}
