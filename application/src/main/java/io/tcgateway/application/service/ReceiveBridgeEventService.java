package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItem;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Handles what wallets send through the bridges (protocol.md §2.6, §4, §5): finds the session the
 * event is for among the stream's client ids — by the wallet pinned at connect, or by trying the
 * pending sessions' keys — opens it, and applies it:
 *
 * <ul>
 *   <li>{@code connect} is checked (network, required features, {@code ton_proof} with the payload
 *       the gateway issued) and connects or fails the session; the other bridges of a universal
 *       offer are released;
 *   <li>{@code connect_error} fails it; {@code disconnect} ends it (its unanswered requests fail);
 *   <li>an RPC answer is matched to the stored pending request by id and typed by its method; a
 *       {@code signData} result is verified with the connected account's key before the request
 *       completes; code 300 rejects it, other wallet errors fail it.
 * </ul>
 *
 * <p>Replays change nothing: a wallet event id not above the last one seen, or an answer to a
 * request that is already final, is a duplicate (its final event is logged again, idempotently, in
 * case a crash came between the two writes). After connect only the pinned wallet is heard: a
 * message from any other key for a connected session is dropped (the SDK does not check this;
 * anyone who learns a client id could otherwise disconnect the user).
 */
public final class ReceiveBridgeEventService implements ReceiveBridgeEventUseCase {
  private static final int SAVE_ATTEMPTS = 3;

  private final SessionStore sessions;
  private final WalletRequestStore requests;
  private final WalletMessageCodec codec;
  private final TonProofVerifier proofVerifier;
  private final SignDataVerifier signDataVerifier;
  private final SessionBoxes boxes;
  private final OwnerEvents events;
  private final RequestFinisher finisher;
  private final SessionEnding ending;
  private final Clock clock;

  public ReceiveBridgeEventService(
      SessionStore sessions,
      WalletRequestStore requests,
      WalletMessageCodec codec,
      TonProofVerifier proofVerifier,
      SignDataVerifier signDataVerifier,
      SessionBoxes boxes,
      OwnerEventLog log,
      WalletNotifier notifier,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.proofVerifier = Objects.requireNonNull(proofVerifier, "proofVerifier");
    this.signDataVerifier = Objects.requireNonNull(signDataVerifier, "signDataVerifier");
    this.boxes = Objects.requireNonNull(boxes, "boxes");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = new OwnerEvents(log, notifier, clock);
    this.finisher = new RequestFinisher(requests, events);
    this.ending = new SessionEnding(sessions, requests, boxes, events, clock);
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
      plain = boxes.between(session, from).open(wire);
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
          case WalletResponse response -> answer(session, response);
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

  // ---- connect ----

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
    if (offer.isExpiredAt(clock.instant())) {
      return expire(session); // answered too late: the sweep just has not marked it yet
    }
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
    events.publish(
        session.owner(),
        new WalletNotifier.Event.Connected(
            session.id(), friendly(connect.tonAddress()), connect.device().appName()));
    // A universal offer listened on every wallet's bridge; only the one that answered is needed.
    return new Receipt.Stored(
        offer.bridges().stream()
            .filter(url -> !url.equals(command.bridge()))
            .map(url -> new Release(url, session.clientId()))
            .toList());
  }

  /** Non-bounceable, as the SDK's {@code toUserFriendlyAddress} shows wallet addresses. */
  static String friendly(TonAddressReply account) {
    return new UserFriendlyAddress(
            account.address(), false, account.network().equals(Network.TESTNET))
        .format();
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
    events.publish(session.owner(), new WalletNotifier.Event.Failed(session.id(), code, message));
    return new Receipt.Stored(SessionEnding.releasesOf(session));
  }

  private Receipt expire(WalletSession session) {
    sessions.save(session.expired(clock.instant()));
    events.publish(session.owner(), new WalletNotifier.Event.ConnectionExpired(session.id()));
    return new Receipt.Stored(SessionEnding.releasesOf(session));
  }

  private Receipt connectError(WalletSession session, ConnectEvent.Error error) {
    if (!(session.state() instanceof SessionState.Pending)
        || !session.isNewWalletEvent(error.id())) {
      return new Receipt.Duplicate();
    }
    return fail(session, "wallet-" + error.code(), error.message());
  }

  // ---- disconnect ----

  private Receipt disconnect(WalletSession session, DisconnectEvent disconnect) {
    if (session.wallet().isEmpty()) {
      return new Receipt.Dropped("not-connected");
    }
    if (!session.isNewWalletEvent(disconnect.id())) {
      return new Receipt.Duplicate();
    }
    return new Receipt.Stored(ending.end(session, "wallet"));
  }

  // ---- RPC answers ----

  private Receipt answer(WalletSession session, WalletResponse response) {
    if (session.wallet().isEmpty()) {
      return new Receipt.Dropped("not-connected");
    }
    Optional<WalletRequest> found = requests.find(new RequestRef(session.id(), response.id()));
    if (found.isEmpty()) {
      return new Receipt.Dropped("unknown-request");
    }
    WalletRequest request = found.get();
    if (!request.isPending()) {
      finisher.reportAgain(request);
      return new Receipt.Duplicate();
    }
    RequestStatus outcome = outcomeOf(session.wallet().get(), request, response);
    return finisher.finish(request, outcome).isPresent()
        ? new Receipt.Stored()
        : new Receipt.Duplicate();
  }

  private RequestStatus outcomeOf(
      ConnectedWallet wallet, WalletRequest request, WalletResponse response) {
    Instant now = clock.instant();
    WalletResponse typed;
    try {
      typed = codec.typeResponse(response, request.method());
    } catch (ProtocolFormatException e) {
      return new RequestStatus.Failed(
          "malformed-result",
          -1,
          "the wallet's result is not a valid "
              + request.method().wireName()
              + " result: "
              + e.getMessage(),
          now);
    }
    return switch (typed) {
      case WalletResponse.Error error -> errorOutcome(error.error(), now);
      case WalletResponse.Success success -> successOutcome(wallet, request, success.result(), now);
    };
  }

  /** Whether {@code result} is of the type {@code method} returns. */
  private static boolean answers(RpcMethod method, RpcResult result) {
    return switch (method) {
      case SEND_TRANSACTION -> result instanceof RpcResult.SentTransaction;
      case SIGN_MESSAGE -> result instanceof RpcResult.SignedMessage;
      case SIGN_DATA -> result instanceof SignDataResult;
      case DISCONNECT -> result instanceof RpcResult.Disconnected;
    };
  }

  private static RequestStatus errorOutcome(WalletError error, Instant now) {
    if (error.kind() == WalletErrorCode.USER_REJECTS) {
      return new RequestStatus.Rejected(error, now);
    }
    return new RequestStatus.Failed("wallet-" + error.code(), error.code(), error.message(), now);
  }

  private RequestStatus successOutcome(
      ConnectedWallet wallet, WalletRequest request, RpcResult result, Instant now) {
    if (!answers(request.method(), result)) {
      // The codec types results by the stored method; a result of another type must not complete
      // the request (a signData request would complete unverified).
      return new RequestStatus.Failed(
          "malformed-result",
          -1,
          "the wallet's result is not a " + request.method().wireName() + " result",
          now);
    }
    if (!(result instanceof SignDataResult signed)
        || !(request.request() instanceof AppRequest.SignData sent)) {
      return new RequestStatus.Completed(result, now);
    }
    TonAddressReply account = wallet.account();
    SignDataSubmission submission =
        new SignDataSubmission(
            account.address(),
            wallet
                .proof()
                .map(ConnectedWallet.VerifiedProof::publicKey)
                .or(() -> account.publicKey().map(Bytes::toHex)),
            account.walletStateInit(),
            signed,
            Optional.of(sent.payload()));
    return switch (signDataVerifier.verify(submission, now)) {
      case Verification.Valid valid -> new RequestStatus.Completed(signed, now);
      case Verification.Rejected rejected ->
          new RequestStatus.Failed(rejected.reason().code(), -1, rejected.detail(), now);
    };
  }
}
