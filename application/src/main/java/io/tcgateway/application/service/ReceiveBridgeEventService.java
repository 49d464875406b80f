package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItem;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Handles what wallets send through the bridges (protocol.md §2.6, §4): finds the session the event
 * is for among the stream's client ids — by the wallet pinned at connect, or by trying the pending
 * sessions' keys — opens it, and applies it: {@code connect} is checked (network, required
 * features, {@code ton_proof} with the payload the gateway issued) and connects or fails the
 * session; {@code connect_error} fails it; {@code disconnect} removes it. Replays (wallet event ids
 * not above the last one seen) change nothing.
 *
 * <p>After connect only the pinned wallet is heard: a message from any other key for a connected
 * session is dropped (the SDK does not check this; anyone who learns a client id could otherwise
 * disconnect the user). RPC responses are matched to pending requests by a later part of the
 * gateway; until then they are dropped as unexpected.
 */
public final class ReceiveBridgeEventService implements ReceiveBridgeEventUseCase {
  private static final int SAVE_ATTEMPTS = 3;
  private static final int MAX_CACHED_BOXES = 200_000;

  private final SessionStore sessions;
  private final WalletMessageCodec codec;
  private final TonProofVerifier proofVerifier;
  private final WalletNotifier notifier;
  private final Clock clock;

  /** Boxes of connected sessions by session id, least recently used evicted beyond the cap. */
  private final Map<SessionId, NaclBox> boxes =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, NaclBox> eldest) {
          return size() > MAX_CACHED_BOXES;
        }
      };

  public ReceiveBridgeEventService(
      SessionStore sessions,
      WalletMessageCodec codec,
      TonProofVerifier proofVerifier,
      WalletNotifier notifier,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.proofVerifier = Objects.requireNonNull(proofVerifier, "proofVerifier");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Receipt receive(ReceiveBridgeEventCommand command) {
    SessionPublicKey from = command.message().from();
    byte[] wire = command.message().ciphertext().toByteArray();
    // A connected session hears only its pinned wallet: find it by the sender, no key trying.
    Optional<WalletSession> pinned = sessions.findByWalletClientId(from);
    if (pinned.isPresent() && command.addressees().contains(pinned.get().clientId())) {
      Optional<String> plaintext = open(pinned.get(), from, wire);
      return plaintext.isEmpty()
          ? new Receipt.Dropped("undecryptable")
          : decodeAndApply(pinned.get(), from, command, plaintext.get());
    }
    // Otherwise it can only be a wallet answering a pending offer: try those sessions' keys.
    for (SessionPublicKey addressee : command.addressees()) {
      Optional<WalletSession> found = sessions.findByClientId(addressee);
      if (found.isEmpty() || found.get().wallet().isPresent()) {
        continue;
      }
      Optional<String> plaintext = open(found.get(), from, wire);
      if (plaintext.isPresent()) {
        return decodeAndApply(found.get(), from, command, plaintext.get());
      }
    }
    return new Receipt.Dropped("no-addressee");
  }

  private Receipt decodeAndApply(
      WalletSession session,
      SessionPublicKey from,
      ReceiveBridgeEventCommand command,
      String text) {
    WalletMessage message;
    try {
      message = codec.decodeWalletMessage(text);
    } catch (ProtocolFormatException e) {
      return new Receipt.Dropped("malformed-message");
    }
    return apply(session, from, command, message);
  }

  private Optional<String> open(WalletSession session, SessionPublicKey from, byte[] wire) {
    byte[] plain;
    try {
      plain = box(session, from).open(wire);
    } catch (CryptoException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(plain))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.of("\uFFFD"); // opened but not text: the codec rejects it as malformed
    }
  }

  /**
   * The box between the session and its pinned wallet is derived once (X25519 + HSalsa20, ~0.2 ms)
   * and kept; boxes for trial decryption of pending sessions are not kept.
   */
  private NaclBox box(WalletSession session, SessionPublicKey from) {
    boolean pinnedWallet = session.wallet().map(w -> w.walletClientId().equals(from)).orElse(false);
    if (!pinnedWallet) {
      return NaclBox.between(session.keys(), from);
    }
    synchronized (boxes) {
      NaclBox cached = boxes.get(session.id());
      if (cached != null) {
        return cached;
      }
    }
    NaclBox box = NaclBox.between(session.keys(), from);
    synchronized (boxes) {
      boxes.put(session.id(), box);
    }
    return box;
  }

  private Receipt apply(
      WalletSession session,
      SessionPublicKey from,
      ReceiveBridgeEventCommand command,
      WalletMessage message) {
    for (int attempt = 1; ; attempt++) {
      try {
        return switch (message) {
          case ConnectEvent.Success connect -> connect(session, from, command, connect);
          case ConnectEvent.Error error -> connectError(session, error);
          case DisconnectEvent disconnect -> disconnect(session, disconnect);
          case WalletResponse response -> new Receipt.Dropped("unexpected-response");
        };
      } catch (StaleSessionException e) {
        // Someone changed the session meanwhile (the same event on an overlapping stream, a user
        // action): apply the event again to the fresh state; a replay then comes out a duplicate.
        Optional<WalletSession> fresh = sessions.findById(session.id());
        if (fresh.isEmpty()) {
          return new Receipt.Duplicate();
        }
        if (attempt >= SAVE_ATTEMPTS) {
          throw e;
        }
        session = fresh.get();
      }
    }
  }

  private Receipt connect(
      WalletSession session,
      SessionPublicKey from,
      ReceiveBridgeEventCommand command,
      ConnectEvent.Success connect) {
    if (!(session.state() instanceof SessionState.Pending pending)) {
      return session.wallet().isPresent()
          ? new Receipt.Duplicate()
          : new Receipt.Dropped("not-pending");
    }
    if (!session.isNewWalletEvent(connect.id())) {
      return new Receipt.Duplicate();
    }
    PendingConnection offer = pending.connection();
    Optional<String> problem =
        networkProblem(offer, connect).or(() -> featureProblem(offer, connect));
    if (problem.isPresent()) {
      return fail(session, problem.get(), problemMessage(problem.get()));
    }
    Optional<ConnectedWallet.VerifiedProof> proof = Optional.empty();
    if (offer.proofPayload().isPresent()) {
      ProofOutcome outcome = checkProof(offer.proofPayload().get(), connect);
      if (outcome.failureCode() != null) {
        return fail(session, outcome.failureCode(), outcome.failureMessage());
      }
      proof = Optional.of(outcome.proof());
    }
    ConnectedWallet wallet =
        new ConnectedWallet(from, command.bridge(), connect.device(), connect.tonAddress(), proof);
    sessions.save(session.connected(wallet, connect.id(), clock.instant()));
    notifier.notify(
        session.owner(),
        new WalletNotifier.Event.Connected(
            session.id(),
            // Non-bounceable, as the SDK's toUserFriendlyAddress shows wallet addresses.
            new UserFriendlyAddress(
                    connect.tonAddress().address(),
                    false,
                    connect.tonAddress().network().equals(Network.TESTNET))
                .format(),
            connect.device().appName()));
    return new Receipt.Stored();
  }

  private Optional<String> networkProblem(PendingConnection offer, ConnectEvent.Success connect) {
    return offer
        .network()
        .filter(required -> !required.equals(connect.tonAddress().network()))
        .map(required -> "network-mismatch");
  }

  private Optional<String> featureProblem(PendingConnection offer, ConnectEvent.Success connect) {
    Set<String> offered =
        connect.device().features().stream().map(Feature::name).collect(Collectors.toSet());
    return offer.requiredFeatures().stream()
        .filter(f -> !offered.contains(f))
        .findFirst()
        .map(missing -> "feature-missing");
  }

  private static String problemMessage(String code) {
    return switch (code) {
      case "network-mismatch" -> "the wallet's account is on another network than required";
      case "feature-missing" -> "the wallet does not support a required feature";
      default -> code;
    };
  }

  private record ProofOutcome(
      ConnectedWallet.VerifiedProof proof, String failureCode, String failureMessage) {}

  private ProofOutcome checkProof(String issuedPayload, ConnectEvent.Success connect) {
    Optional<TonProofReply> reply = connect.tonProof();
    if (reply.isEmpty()) {
      String detail =
          connect
              .itemError(ConnectItem.TonProof.NAME)
              .map(failed -> "the wallet could not make the proof (code " + failed.code() + ")")
              .orElse("the wallet sent no ton_proof");
      return new ProofOutcome(null, "proof-missing", detail);
    }
    TonProofReply proof = reply.get();
    if (!issuedPayload.equals(proof.payload())) {
      // Checked before verification so a proof for another session's payload burns nothing.
      return new ProofOutcome(null, "payload-mismatch", "the proof signs another payload");
    }
    Verification verdict =
        proofVerifier.verify(TonProofSubmission.of(connect.tonAddress(), proof), clock.instant());
    return switch (verdict) {
      case Verification.Valid valid ->
          new ProofOutcome(
              new ConnectedWallet.VerifiedProof(
                  proof.timestamp(),
                  proof.domain().value(),
                  valid.wallet().version(),
                  valid.publicKey().toHex()),
              null,
              null);
      case Verification.Rejected rejected ->
          new ProofOutcome(null, rejected.reason().code(), rejected.detail());
    };
  }

  private Receipt fail(WalletSession session, String code, String message) {
    sessions.save(session.failed(code, message, clock.instant()));
    notifier.notify(session.owner(), new WalletNotifier.Event.Failed(session.id(), code, message));
    return new Receipt.Stored();
  }

  private Receipt connectError(WalletSession session, ConnectEvent.Error error) {
    if (!(session.state() instanceof SessionState.Pending)
        || !session.isNewWalletEvent(error.id())) {
      return new Receipt.Duplicate();
    }
    return fail(session, "wallet-" + error.code(), error.message());
  }

  private Receipt disconnect(WalletSession session, DisconnectEvent disconnect) {
    if (session.wallet().isEmpty()) {
      return new Receipt.Dropped("not-connected");
    }
    if (!session.isNewWalletEvent(disconnect.id())) {
      return new Receipt.Duplicate();
    }
    synchronized (boxes) {
      boxes.remove(session.id());
    }
    if (sessions.delete(session.id())) {
      notifier.notify(
          session.owner(), new WalletNotifier.Event.Disconnected(session.id(), "wallet"));
    }
    return new Receipt.Stored();
  }
}
