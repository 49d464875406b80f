package io.tcgateway.application.service;

import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeMessage;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.verify.ProofPayloads;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataMessage;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofVerifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application services wired to in-test fakes, with a wallet on the other side: a real V4R2
 * account (an Ed25519 key, its state init and address) and, per connection, the wallet's session
 * key pair, so the test opens what the gateway sealed and seals what the wallet answers.
 */
final class GatewayFixture {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");
  static final BridgeUrl OTHER_BRIDGE = BridgeUrl.parse("https://other.example/bridge");
  static final String DOMAIN = "app.example.com";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  static final Duration RETENTION = Duration.ofHours(1);

  /**
   * Wallet V4R2 code (npm @ton/ton@16.3.0 WalletContractV4), as in the domain's
   * cell/wallet-codes.json.
   */
  static final String V4R2_CODE_BOC =
      "te6cckECFAEAAtQAART/APSkE/S88sgLAQIBIAIPAgFIAwYC5tAB0NMDIXGwkl8E4CLXScEgkl8E4ALT"
          + "HyGCEHBsdWe9IoIQZHN0cr2wkl8F4AP6QDAg+kQByMoHy//J0O1E0IEBQNch9AQwXIEBCPQKb6Exs5Jf"
          + "B+AF0z/IJYIQcGx1Z7qSODDjDQOCEGRzdHK6kl8G4w0EBQB4AfoA9AQw+CdvIjBQCqEhvvLgUIIQcGx1"
          + "Z4MesXCAGFAEywUmzxZY+gIZ9ADLaRfLH1Jgyz8gyYBA+wAGAIpQBIEBCPRZMO1E0IEBQNcgyAHPFvQA"
          + "ye1UAXKwjiOCEGRzdHKDHrFwgBhQBcsFUAPPFiP6AhPLassfyz/JgED7AJJfA+ICASAHDgIBIAgNAgFY"
          + "CQoAPbKd+1E0IEBQNch9AQwAsjKB8v/ydABgQEI9ApvoTGACASALDAAZrc52omhAIGuQ64X/wAAZrx32"
          + "omhAEGuQ64WPwAARuMl+1E0NcLH4AFm9JCtvaiaECAoGuQ+gIYRw1AgIR6STfSmRDOaQPp/5g3gSgBt4"
          + "EBSJhxWfMYQE+PKDCNcYINMf0x/THwL4I7vyZO1E0NMf0x/T//QE0VFDuvKhUVG68qIF+QFUEGT5EPKj"
          + "+AAkpMjLH1JAyx9SMMv/UhD0AMntVPgPAdMHIcAAn2xRkyDXSpbTB9QC+wDoMOAhwAHjACHAAuMAAcAD"
          + "kTDjDQOkyMsfEssfy/8QERITAG7SB/oA1NQi+QAFyMoHFcv/ydB3dIAYyMsFywIizxZQBfoCFMtrEszM"
          + "yXP7AMhAFIEBCPRR8qcCAHCBAQjXGPoA0z/IVCBHgQEI9FHyp4IQbm90ZXB0gBjIywXLAlAGzxZQBPoC"
          + "FMtqEssfyz/Jc/sAAgBsgQEI1xj6ANM/MFIkgQEI9Fnyp4IQZHN0cnB0gBjIywXLAlAFzxZQA/oCE8tq"
          + "yx8Syz/Jc/sAAAr0AMntVAj45Sg=";

  /** What the test wallet advertises unless a test says otherwise. */
  static final List<Feature> ALL_FEATURES =
      List.of(
          new Feature.SendTransaction(
              OptionalInt.of(4), Optional.of(true), Optional.of(List.of("ton", "jetton", "nft"))),
          new Feature.SignData(List.of("text", "binary", "cell")),
          new Feature.SignMessage(
              OptionalInt.of(4), Optional.of(true), Optional.of(List.of("ton", "jetton", "nft"))));

  final SettableClock clock = new SettableClock(NOW);
  final SplittableRandom random = new SplittableRandom(7);
  final SecureRandom nonces = new SecureRandom();
  final MapSessionStore sessions = new MapSessionStore();
  final MapWalletRequestStore requests = new MapWalletRequestStore();
  final ListOwnerEventLog log = new ListOwnerEventLog();
  final RecordingWalletBridge bridge = new RecordingWalletBridge();
  final TokenCodec codec = new TokenCodec();
  final SessionBoxes boxes = new SessionBoxes();
  final List<WalletNotifier.Event> notified = Collections.synchronizedList(new ArrayList<>());
  final WalletNotifier notifier = (owner, event) -> notified.add(event);
  final Map<String, Instant> usedPayloads = new ConcurrentHashMap<>();
  final ProofPayloadStore payloadStore =
      new ProofPayloadStore() {
        @Override
        public boolean consume(String payloadId, Instant expiresAt) {
          return usedPayloads.putIfAbsent(payloadId, expiresAt) == null;
        }

        @Override
        public int purgeExpired(Instant now) {
          int before = usedPayloads.size();
          usedPayloads.values().removeIf(expiry -> expiry.isBefore(now));
          return before - usedPayloads.size();
        }
      };
  final ProofPayloads payloads =
      new ProofPayloads("p".repeat(32).getBytes(StandardCharsets.US_ASCII));

  final RequestSender sender =
      new RequestSender(
          sessions,
          requests,
          bridge,
          codec,
          boxes,
          log,
          notifier,
          new RequestSender.Settings(DEFAULT_TIMEOUT),
          clock,
          nonces);
  final SendTransactionService sendTransaction = new SendTransactionService(sender, clock);
  final SignDataService signData = new SignDataService(sender, clock);
  final SignMessageService signMessage = new SignMessageService(sender, clock);
  final DisconnectService disconnect =
      new DisconnectService(sessions, requests, bridge, boxes, sender, log, notifier, clock);
  final ReceiveBridgeEventService receive = newReceiver(boxes);
  final SweepExpiredService sweep =
      new SweepExpiredService(
          sessions,
          requests,
          log,
          payloadStore,
          bridge,
          notifier,
          new SweepExpiredService.Settings(100, RETENTION),
          clock);
  final GetConnectionService getConnection = new GetConnectionService(sessions, clock);
  final GetRequestService getRequest = new GetRequestService(requests, clock);

  /** The wallet's account key; its V4R2 state init and address. */
  final Ed25519KeyPair signer = Ed25519KeyPair.fromSeed(new byte[32]);

  final StateInit stateInit =
      StateInit.of(
          BagOfCells.deserializeSingleRootBase64(V4R2_CODE_BOC),
          // V4R2 data: seqno:uint32 = 0, subwallet:uint32 = 698983191, public key, plugins:0.
          CellBuilder.beginCell()
              .storeUint(0, 32)
              .storeUint(698983191L, 32)
              .storeBytes(signer.publicKey().bytes().toByteArray())
              .storeBit(false)
              .endCell());
  final Address address = stateInit.address(0);
  private final AtomicLong bridgeEventIds = new AtomicLong(1_000);

  /** A session connected to a wallet, and the wallet's own session key pair. */
  record Connection(WalletSession session, SessionKeyPair walletKeys) {
    SessionOwner owner() {
      return session.owner();
    }

    SessionId id() {
      return session.id();
    }
  }

  /** The {@code ton_addr} the test wallet answers with. */
  TonAddressReply account() {
    return new TonAddressReply(
        address,
        Network.MAINNET,
        Optional.of(Bytes.of(signer.publicKey().bytes().toByteArray())),
        Optional.of(Base64s.encodeStandard(BagOfCells.serialize(stateInit.toCell()))));
  }

  /** A pending offer of {@code owner} on {@code bridges}, saved. */
  WalletSession offer(SessionOwner owner, List<BridgeUrl> bridges, Instant expiresAt) {
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2",
            Map.of(),
            bridges,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            expiresAt);
    WalletSession session =
        WalletSession.pending(
            SessionId.random(random),
            owner,
            SessionKeyPair.generate(random),
            offer,
            clock.instant());
    sessions.save(session);
    return session;
  }

  /** {@code owner}'s session, connected (and saved) to a wallet advertising {@code features}. */
  Connection connect(SessionOwner owner, List<Feature> features) {
    WalletSession pending = offer(owner, List.of(BRIDGE), clock.instant().plusSeconds(300));
    SessionKeyPair walletKeys = SessionKeyPair.generate(random);
    ConnectedWallet wallet =
        new ConnectedWallet(
            walletKeys.publicKey(),
            BRIDGE,
            new DeviceInfo("ios", "simwallet", "1.0", 2, features),
            account(),
            Optional.of(
                new ConnectedWallet.VerifiedProof(
                    NOW.getEpochSecond() - 5, DOMAIN, "v4r2", signer.publicKey().toHex())));
    WalletSession connected = pending.connected(wallet, 1, clock.instant());
    sessions.save(connected);
    return new Connection(connected, walletKeys);
  }

  Connection connect(SessionOwner owner) {
    return connect(owner, ALL_FEATURES);
  }

  /** The stored session of {@code connection}. */
  WalletSession stored(Connection connection) {
    return sessions.findById(connection.id()).orElseThrow();
  }

  /** What the wallet reads when it opens {@code message} (as the wallet of {@code connection}). */
  AppRequest openAsWallet(Connection connection, OutgoingMessage message) {
    byte[] plain =
        NaclBox.between(connection.walletKeys(), message.from())
            .open(message.ciphertext().toByteArray());
    return codec.sentRequest(new String(plain, StandardCharsets.UTF_8));
  }

  /** Seals {@code message} as the wallet {@code from} would and delivers it on {@code bridge}. */
  Receipt deliver(BridgeUrl bridge, WalletSession to, SessionKeyPair from, WalletMessage message) {
    return deliver(receive, bridge, to, from, message);
  }

  /**
   * A receiver on the same stores with its own box cache: another gateway process, or this one
   * after a restart.
   */
  ReceiveBridgeEventService newReceiver(SessionBoxes cache) {
    return new ReceiveBridgeEventService(
        sessions,
        requests,
        codec,
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of(DOMAIN)),
            new SingleUseProofPayloadCheck(payloads, payloadStore)),
        new SignDataVerifier(ProofPolicy.forDomains(Set.of(DOMAIN))),
        cache,
        log,
        notifier,
        clock);
  }

  /** Seals {@code message} as the wallet {@code from} would and hands it to {@code receiver}. */
  Receipt deliver(
      ReceiveBridgeEventService receiver,
      BridgeUrl bridge,
      WalletSession to,
      SessionKeyPair from,
      WalletMessage message) {
    byte[] wire =
        NaclBox.between(from, to.clientId())
            .seal(codec.walletText(message).getBytes(StandardCharsets.UTF_8), Nonce.random(nonces));
    return receiver.receive(
        new ReceiveBridgeEventCommand(
            bridge,
            BridgeEventId.of(bridgeEventIds.incrementAndGet()),
            new BridgeMessage(from.publicKey(), Bytes.of(wire), Optional.empty()),
            Set.of(to.clientId())));
  }

  /** The connected wallet answers over its bridge. */
  Receipt answer(Connection connection, WalletMessage message) {
    return deliver(BRIDGE, connection.session(), connection.walletKeys(), message);
  }

  /** A {@code signData} result signed by {@code key} over the protocol.md §9 message. */
  SignDataResult signDataResult(
      Ed25519KeyPair key, Address signedFor, String domain, long timestamp, SignDataPayload echo) {
    byte[] hash =
        switch (echo) {
          case SignDataPayload.Text text ->
              SignDataMessage.textOrBinaryHash(
                  signedFor,
                  domain,
                  timestamp,
                  SignDataMessage.ByteKind.TEXT,
                  text.text().getBytes(StandardCharsets.UTF_8));
          case SignDataPayload.Binary binary ->
              SignDataMessage.textOrBinaryHash(
                  signedFor,
                  domain,
                  timestamp,
                  SignDataMessage.ByteKind.BINARY,
                  binary.bytes().toByteArray());
          case SignDataPayload.Cell cell ->
              SignDataMessage.cellHash(
                  signedFor,
                  domain,
                  timestamp,
                  cell.schema(),
                  BagOfCells.deserializeSingleRoot(cell.cell().bytes().toByteArray()));
        };
    return new SignDataResult(key.sign(hash).bytes(), signedFor, timestamp, domain, echo);
  }

  /** A correctly signed result for {@code sent}, as an honest wallet makes it. */
  SignDataResult signDataResult(SignDataPayload sent) {
    return signDataResult(signer, address, DOMAIN, clock.instant().getEpochSecond() - 2, sent);
  }

  /** Events logged for {@code owner}, oldest first. */
  List<WalletNotifier.Event> events(SessionOwner owner) {
    return log.readAfter(owner, 0, 1_000).stream().map(e -> e.event()).toList();
  }
}
