package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What ending a session involves, whoever ends it: the session deleted, its box forgotten, its
 * unanswered requests failed ({@code disconnected}) and {@code connection.disconnected} reported —
 * once, by whoever deleted it. The caller releases the bridge subscriptions it returns (the bridge
 * client itself, when the wallet ended the session over it).
 */
final class SessionEnding {
  private final SessionStore sessions;
  private final WalletRequestStore requests;
  private final SessionBoxes boxes;
  private final OwnerEvents events;
  private final RequestFinisher finisher;
  private final Clock clock;

  SessionEnding(
      SessionStore sessions,
      WalletRequestStore requests,
      SessionBoxes boxes,
      OwnerEvents events,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.boxes = Objects.requireNonNull(boxes, "boxes");
    this.events = Objects.requireNonNull(events, "events");
    this.finisher = new RequestFinisher(requests, events);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Ends {@code session}; {@code by} is {@code user} or {@code wallet}.
   *
   * @return the subscriptions to release
   */
  List<Release> end(WalletSession session, String by) {
    boolean deleted = sessions.delete(session.id());
    boxes.forget(session.id());
    for (WalletRequest pending : requests.findPending(session.id())) {
      finisher.finish(
          pending,
          new RequestStatus.Failed(
              "disconnected", -1, "the session ended before the wallet answered", clock.instant()));
    }
    if (deleted) {
      events.publish(session.owner(), new Event.Disconnected(session.id(), by));
    }
    return releasesOf(session);
  }

  /** Releases for every bridge the session listens on. */
  static List<Release> releasesOf(WalletSession session) {
    return bridgesOf(session).stream().map(url -> new Release(url, session.clientId())).toList();
  }

  /** The bridges a session listens on: its wallet's, or every bridge of its offer. */
  static List<BridgeUrl> bridgesOf(WalletSession session) {
    if (session.wallet().isPresent()) {
      return List.of(session.wallet().get().bridge());
    }
    return session.pendingConnection().map(offer -> offer.bridges()).orElse(List.of());
  }
}
