package io.tcgateway.application.service;

import io.tcgateway.application.error.UnknownWalletException;
import io.tcgateway.application.error.WalletAlreadyConnectedException;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.in.StartConnectionResult;
import io.tcgateway.application.port.in.StartConnectionUseCase;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.link.ConnectLinkParams;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.verify.ProofPayloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * Offers a connection (protocol.md §3, §4): a fresh session key pair, the connect request ({@code
 * ton_addr}, with {@code network} if required, and {@code ton_proof} with a payload from {@link
 * ProofPayloads}), the link for one wallet or {@code tc://} plus one link per wallet, and a
 * subscription on every bridge involved — completed before the link is handed out, so no answer can
 * come before anyone listens. Like the SDK, a universal offer listens on every wallet bridge and
 * goes ahead when at least one of them could be subscribed.
 */
public final class StartConnectionService implements StartConnectionUseCase {

  /**
   * @param manifestUrl the app's {@code tonconnect-manifest.json} URL (its host is the proof
   *     domain)
   * @param pendingTtl how long an unanswered offer stands (SDK: 5 minutes)
   * @param proofPayloadTtl how long a proof payload is accepted
   * @param subscribeTimeout how long to wait for the bridges' streams to open
   */
  public record Settings(
      String manifestUrl,
      Duration pendingTtl,
      Duration proofPayloadTtl,
      Duration subscribeTimeout) {
    public Settings {
      Objects.requireNonNull(manifestUrl, "manifestUrl");
      Objects.requireNonNull(pendingTtl, "pendingTtl");
      Objects.requireNonNull(proofPayloadTtl, "proofPayloadTtl");
      Objects.requireNonNull(subscribeTimeout, "subscribeTimeout");
    }
  }

  private final SessionStore sessions;
  private final WalletDirectory wallets;
  private final WalletBridge bridge;
  private final WalletMessageCodec codec;
  private final ProofPayloads payloads;
  private final Settings settings;
  private final OwnerEvents events;
  private final Clock clock;
  private final RandomGenerator random;

  public StartConnectionService(
      SessionStore sessions,
      WalletDirectory wallets,
      WalletBridge bridge,
      WalletMessageCodec codec,
      ProofPayloads payloads,
      OwnerEventLog log,
      WalletNotifier notifier,
      Settings settings,
      Clock clock,
      RandomGenerator random) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.wallets = Objects.requireNonNull(wallets, "wallets");
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.payloads = Objects.requireNonNull(payloads, "payloads");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.events = new OwnerEvents(log, notifier, clock);
  }

  @Override
  public StartConnectionResult startConnection(StartConnectionCommand command) {
    Instant now = clock.instant();
    Optional<WalletSession> existing = sessions.findByOwner(command.owner());
    if (existing.isPresent() && existing.get().wallet().isPresent()) {
      throw new WalletAlreadyConnectedException(command.owner());
    }
    List<WalletEntry> targets = targets(command.walletAppName());

    SessionKeyPair keys = SessionKeyPair.generate(random);
    Optional<String> proofPayload =
        command.tonProof()
            ? Optional.of(payloads.issue(now, settings.proofPayloadTtl(), random).payload())
            : Optional.empty();
    String requestJson =
        codec.encodeConnectRequest(
            ConnectRequest.of(settings.manifestUrl(), command.network(), proofPayload));
    ConnectLinkParams params =
        new ConnectLinkParams(
            keys.publicKey().clientId(),
            traceId(),
            requestJson,
            Optional.empty(),
            command.returnStrategy());
    String link;
    Map<String, String> walletLinks = new LinkedHashMap<>();
    if (command.walletAppName().isPresent()) {
      link = ConnectLinks.build(targets.getFirst().universalLink(), params);
    } else {
      link = ConnectLinks.unified(params);
      targets.forEach(
          w -> walletLinks.put(w.appName(), ConnectLinks.build(w.universalLink(), params)));
    }

    List<BridgeUrl> listening = listen(targets, keys);
    existing.ifPresent(this::retire);
    PendingConnection offer =
        new PendingConnection(
            link,
            walletLinks,
            listening,
            command.walletAppName(),
            proofPayload,
            command.network(),
            command.requiredFeatures(),
            now.plus(settings.pendingTtl()));
    WalletSession session =
        WalletSession.pending(SessionId.random(random), command.owner(), keys, offer, now);
    try {
      sessions.save(session);
    } catch (RuntimeException e) {
      listening.forEach(b -> bridge.release(b, keys.publicKey()));
      throw e;
    }
    events.publish(
        command.owner(),
        new WalletNotifier.Event.ConnectionPending(session.id(), link, offer.expiresAt()));
    return new StartConnectionResult(session.id(), link, walletLinks, offer.expiresAt());
  }

  private List<WalletEntry> targets(Optional<String> appName) {
    if (appName.isPresent()) {
      return List.of(
          wallets.find(appName.get()).orElseThrow(() -> new UnknownWalletException(appName.get())));
    }
    List<WalletEntry> all = wallets.wallets();
    if (all.isEmpty()) {
      throw new UnknownWalletException("(any: the wallets list is empty)");
    }
    return all;
  }

  /** Subscribes on every distinct bridge; returns those that opened. */
  private List<BridgeUrl> listen(List<WalletEntry> targets, SessionKeyPair keys) {
    Set<BridgeUrl> bridges = new LinkedHashSet<>();
    targets.forEach(w -> bridges.add(w.bridge()));
    Map<BridgeUrl, CompletableFuture<Void>> opening = new LinkedHashMap<>();
    for (BridgeUrl url : bridges) {
      opening.put(url, bridge.subscribe(url, keys.publicKey()).toCompletableFuture());
    }
    long deadline = System.nanoTime() + settings.subscribeTimeout().toNanos();
    List<BridgeUrl> open = new ArrayList<>();
    Throwable lastFailure = null;
    for (Map.Entry<BridgeUrl, CompletableFuture<Void>> entry : opening.entrySet()) {
      try {
        entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        open.add(entry.getKey());
      } catch (ExecutionException | TimeoutException e) {
        lastFailure = e instanceof ExecutionException ? e.getCause() : e;
        bridge.unsubscribe(entry.getKey(), keys.publicKey());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        lastFailure = e;
        bridge.unsubscribe(entry.getKey(), keys.publicKey());
      }
    }
    if (open.isEmpty()) {
      throw new BridgeUnavailableException(
          "no wallet bridge could be listened on: " + bridges, lastFailure);
    }
    return open;
  }

  /** Removes the owner's previous, unconnected session (a pending offer is replaced). */
  private void retire(WalletSession previous) {
    sessions.delete(previous.id());
    previous
        .pendingConnection()
        .ifPresent(offer -> offer.bridges().forEach(b -> bridge.release(b, previous.clientId())));
  }

  /** A random (version 4) UUID for the link's {@code trace_id}. */
  private String traceId() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(high, low).toString();
  }
}
