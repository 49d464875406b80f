package io.tcgateway.application.service;

import io.tcgateway.application.error.WalletFeatureMissingException;
import io.tcgateway.application.error.WalletNotConnectedException;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.FeatureSupport;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * The path every RPC request takes to a wallet (protocol.md §5), shared by the request use cases:
 *
 * <ol>
 *   <li>the owner's session must be connected, and its wallet must advertise what the request needs
 *       (checked before an id is spent);
 *   <li>the next request id is taken from the stored session and the session saved with the counter
 *       moved on, so the id is never issued twice (a lost version race retries with the fresh
 *       session);
 *   <li>the pending request (id, method, owner, payload, deadline) is stored;
 *   <li>only then is it sealed for the pinned wallet and posted to the wallet's bridge with the
 *       method as topic. A bridge that refuses it for good, or cannot be reached before the
 *       deadline, fails the request ({@code bridge-refused}, {@code bridge-unavailable}).
 * </ol>
 */
public final class RequestSender {
  private static final int SAVE_ATTEMPTS = 5;

  /**
   * @param defaultTimeout how long a request without {@code valid_until} waits for an answer
   */
  public record Settings(Duration defaultTimeout) {
    public Settings {
      Objects.requireNonNull(defaultTimeout, "defaultTimeout");
      if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
        throw new IllegalArgumentException("defaultTimeout must be positive");
      }
    }
  }

  private final SessionStore sessions;
  private final WalletRequestStore requests;
  private final WalletBridge bridge;
  private final WalletMessageCodec codec;
  private final SessionBoxes boxes;
  private final RequestFinisher finisher;
  private final Settings settings;
  private final Clock clock;
  private final RandomGenerator random;

  public RequestSender(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletBridge bridge,
      WalletMessageCodec codec,
      SessionBoxes boxes,
      OwnerEventLog events,
      WalletNotifier notifier,
      Settings settings,
      Clock clock,
      RandomGenerator random) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.boxes = Objects.requireNonNull(boxes, "boxes");
    this.finisher = new RequestFinisher(requests, new OwnerEvents(events, notifier, clock));
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The deadline of a request asked for at {@code now} without one of its own. */
  Instant defaultDeadline(Instant now) {
    return now.plus(settings.defaultTimeout());
  }

  /** The owner's connected session, or {@link WalletNotConnectedException}. */
  WalletSession connectedSession(SessionOwner owner) {
    return sessions
        .findByOwner(owner)
        .filter(s -> s.wallet().isPresent())
        .orElseThrow(() -> new WalletNotConnectedException(owner));
  }

  /**
   * Sends the request {@code build} makes for the owner's wallet and id, after the checks above.
   *
   * @param build makes the request from the connected wallet (for defaults such as {@code from})
   *     and the id issued; must be pure, it may be called more than once
   * @param deadline when the request expires unanswered
   */
  SentRequestResult send(
      SessionOwner owner,
      BiFunction<ConnectedWallet, RequestId, AppRequest> build,
      Instant deadline) {
    WalletSession session = connectedSession(owner);
    FeatureSupport support =
        session
            .wallet()
            .get()
            .device()
            .supports(build.apply(session.wallet().get(), RequestId.of(session.nextRequestId())));
    if (support instanceof FeatureSupport.Unsupported unsupported) {
      throw new WalletFeatureMissingException(unsupported.reason());
    }
    Instant now = clock.instant();
    WalletSession.IssuedRequestId issued = issueId(owner, session, now);
    WalletSession sending = issued.session();
    ConnectedWallet wallet = sending.wallet().get();
    AppRequest request = build.apply(wallet, issued.requestId());
    WalletRequest pending = WalletRequest.pending(sending, request, now, deadline);
    requests.insert(pending);
    if (sessions.findById(sending.id()).isEmpty()) {
      // Disconnected between the id and the insert: the session's cleanup may have missed it.
      finishQuietly(
          pending,
          new RequestStatus.Failed(
              "disconnected", -1, "the session ended before the request was sent", now));
      return new SentRequestResult(pending.ref(), deadline);
    }
    post(sending, request, deadline)
        .whenComplete(
            (outcome, failure) -> {
              Optional<RequestStatus> failed = failureOf(outcome, failure);
              failed.ifPresent(status -> finishQuietly(pending, status));
            });
    return new SentRequestResult(pending.ref(), deadline);
  }

  /**
   * Sends {@code disconnect} to the session's wallet once, not waiting for the bridge and not
   * storing the request (the session is removed whatever the answer).
   */
  void sendDisconnect(WalletSession session) {
    Instant now = clock.instant();
    for (int attempt = 1; ; attempt++) {
      WalletSession.IssuedRequestId issued = session.issueRequestId(now);
      try {
        sessions.save(issued.session());
        post(
            issued.session(),
            new AppRequest.Disconnect(issued.requestId()),
            now.plus(OutgoingMessage.DEFAULT_TTL));
        return;
      } catch (StaleSessionException e) {
        Optional<WalletSession> fresh = sessions.findById(session.id());
        if (fresh.isEmpty() || fresh.get().wallet().isEmpty() || attempt >= SAVE_ATTEMPTS) {
          return; // gone or changing too fast: the session is removed anyway
        }
        session = fresh.get();
      }
    }
  }

  private WalletSession.IssuedRequestId issueId(
      SessionOwner owner, WalletSession session, Instant now) {
    for (int attempt = 1; ; attempt++) {
      WalletSession.IssuedRequestId issued = session.issueRequestId(now);
      try {
        sessions.save(issued.session());
        return issued;
      } catch (StaleSessionException e) {
        if (attempt >= SAVE_ATTEMPTS) {
          throw e;
        }
        WalletSession fresh = connectedSession(owner);
        if (!fresh.id().equals(session.id())) {
          throw new WalletNotConnectedException(owner); // reconnected meanwhile: not this session
        }
        session = fresh;
      }
    }
  }

  private java.util.concurrent.CompletionStage<SendOutcome> post(
      WalletSession session, AppRequest request, Instant deadline) {
    ConnectedWallet wallet = session.wallet().orElseThrow();
    byte[] sealed;
    try {
      byte[] plaintext = codec.encodeAppRequest(request).getBytes(StandardCharsets.UTF_8);
      sealed = boxes.forWallet(session).seal(plaintext, Nonce.random(random));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e); // not sent: the request fails instead of waiting
    }
    OutgoingMessage message =
        new OutgoingMessage(
            wallet.bridge(),
            session.clientId(),
            wallet.walletClientId(),
            Bytes.wrap(sealed),
            bridgeTtl(clock.instant(), deadline),
            Optional.of(request.method().wireName()),
            Optional.empty(),
            deadline);
    try {
      return bridge.send(message);
    } catch (RuntimeException e) {
      // A bridge client that throws (shutting down, say) has not sent it: the request fails now
      // rather than waiting for its deadline, and a disconnect still ends the session.
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The bridge keeps a message at most 300 s; less when the request expires sooner. */
  private static Duration bridgeTtl(Instant now, Instant deadline) {
    long seconds = Duration.between(now, deadline).toSeconds();
    return Duration.ofSeconds(
        Math.max(1, Math.min(seconds, OutgoingMessage.DEFAULT_TTL.toSeconds())));
  }

  private Optional<RequestStatus> failureOf(SendOutcome outcome, Throwable failure) {
    Instant now = clock.instant();
    if (failure != null) {
      return Optional.of(
          new RequestStatus.Failed(
              "bridge-unavailable", -1, "the bridge could not be reached: " + failure, now));
    }
    return switch (outcome) {
      case SendOutcome.Delivered delivered -> Optional.empty();
      case SendOutcome.Refused refused ->
          Optional.of(
              new RequestStatus.Failed(
                  "bridge-refused",
                  -1,
                  "the bridge refused the request ("
                      + refused.status()
                      + "): "
                      + refused.bridgeMessage(),
                  now));
      case SendOutcome.GaveUp gaveUp ->
          Optional.of(
              new RequestStatus.Failed(
                  "bridge-unavailable",
                  -1,
                  "the bridge could not be reached after "
                      + gaveUp.attempts()
                      + " attempts: "
                      + gaveUp.lastProblem(),
                  now));
    };
  }

  /** Finishes a request from a bridge callback: a failure there must not escape into the bridge. */
  private void finishQuietly(WalletRequest pending, RequestStatus status) {
    try {
      requests
          .find(pending.ref())
          .filter(WalletRequest::isPending)
          .ifPresent(r -> finisher.finish(r, status));
    } catch (RuntimeException e) {
      // The request stays pending and expires at its deadline; nothing else can be done here.
    }
  }
}
