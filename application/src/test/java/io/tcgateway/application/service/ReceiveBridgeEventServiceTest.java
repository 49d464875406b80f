package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.WalletMessageCodec;
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
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.ConnectItemReply;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.StateInit;
import io.tcgateway.domain.verify.ProofPayloads;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofMessage;
import io.tcgateway.domain.verify.TonProofVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wallet side is built here by hand (a real V4R2 state init from an Ed25519 seed, a correctly
 * signed ton_proof) and its messages sealed as a wallet would; the codec is a table from the sealed
 * text to the message it stands for, since JSON is the codec adapter's business.
 */
class ReceiveBridgeEventServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");
  private static final String DOMAIN = "app.example.com";

  private static final String V4R2_CODE_BOC = GatewayFixture.V4R2_CODE_BOC;

  private final SplittableRandom random = new SplittableRandom(21);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final MapSessionStore sessions = new MapSessionStore();
  private final TableCodec codec = new TableCodec();
  private final List<WalletNotifier.Event> notified = new ArrayList<>();
  private final MapWalletRequestStore requests = new MapWalletRequestStore();
  private final ListOwnerEventLog log = new ListOwnerEventLog();
  private final ProofPayloads payloads =
      new ProofPayloads("p".repeat(32).getBytes(StandardCharsets.US_ASCII));
  private final Map<String, Instant> usedPayloads = new HashMap<>();
  private ReceiveBridgeEventService service;

  private final SessionKeyPair walletSessionKeys = SessionKeyPair.generate(random);
  private final Ed25519KeyPair walletSigner = Ed25519KeyPair.fromSeed(new byte[32]);
  private StateInit walletStateInit;
  private Address walletAddress;

  @BeforeEach
  void setUp() {
    ProofPayloadStore used =
        new ProofPayloadStore() {
          @Override
          public boolean consume(String payloadId, Instant expiresAt) {
            return usedPayloads.putIfAbsent(payloadId, expiresAt) == null;
          }

          @Override
          public int purgeExpired(Instant now) {
            return 0;
          }
        };
    TonProofVerifier verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of(DOMAIN)), new SingleUseProofPayloadCheck(payloads, used));
    service =
        new ReceiveBridgeEventService(
            sessions,
            requests,
            codec,
            verifier,
            new SignDataVerifier(ProofPolicy.forDomains(Set.of(DOMAIN))),
            new SessionBoxes(),
            log,
            (o, e) -> notified.add(e),
            clock);
    // V4R2 data: seqno:uint32 = 0, subwallet:uint32 = 698983191, public key:bits256, plugins:0.
    walletStateInit =
        StateInit.of(
            BagOfCells.deserializeSingleRootBase64(V4R2_CODE_BOC),
            CellBuilder.beginCell()
                .storeUint(0, 32)
                .storeUint(698983191L, 32)
                .storeBytes(walletSigner.publicKey().bytes().toByteArray())
                .storeBit(false)
                .endCell());
    walletAddress = walletStateInit.address(0);
  }

  private WalletSession pendingSession(
      String user, Optional<String> proofPayload, Set<String> features) {
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2",
            Map.of(),
            List.of(BRIDGE),
            Optional.empty(),
            proofPayload,
            Optional.of(Network.MAINNET),
            features,
            NOW.plusSeconds(300));
    WalletSession session =
        WalletSession.pending(
            SessionId.random(random),
            SessionOwner.http(user),
            SessionKeyPair.generate(random),
            offer,
            NOW);
    sessions.save(session);
    return session;
  }

  private TonAddressReply account(Network network) {
    return new TonAddressReply(
        walletAddress,
        network,
        Optional.of(Bytes.of(walletSigner.publicKey().bytes().toByteArray())),
        Optional.of(Base64s.encodeStandard(BagOfCells.serialize(walletStateInit.toCell()))));
  }

  private TonProofReply proof(String payload) {
    long timestamp = NOW.getEpochSecond() - 5;
    byte[] hash = new TonProofMessage(walletAddress, DOMAIN, timestamp, payload).signedHash();
    return new TonProofReply(
        timestamp,
        new TonProofReply.Domain(DOMAIN.getBytes(StandardCharsets.UTF_8).length, DOMAIN),
        walletSigner.sign(hash).toBase64(),
        payload);
  }

  private static DeviceInfo device() {
    return new DeviceInfo(
        "ios",
        "simwallet",
        "1.0",
        2,
        List.of(
            new Feature.SendTransaction(
                java.util.OptionalInt.of(4), Optional.empty(), Optional.empty()),
            new Feature.SignData(List.of())));
  }

  /** Seals a message as the wallet would and hands it to the service as a bridge event. */
  private Receipt deliver(
      WalletSession to, SessionKeyPair sender, WalletMessage message, long eventId) {
    String text = "message-" + codec.table.size();
    codec.table.put(text, message);
    byte[] wire =
        NaclBox.between(sender, to.clientId())
            .seal(text.getBytes(StandardCharsets.UTF_8), Nonce.random(random));
    return service.receive(
        new ReceiveBridgeEventCommand(
            BRIDGE,
            BridgeEventId.of(eventId),
            new BridgeMessage(sender.publicKey(), Bytes.of(wire), Optional.empty()),
            Set.of(to.clientId())));
  }

  private ConnectEvent.Success connectEvent(
      long id, Network network, Optional<TonProofReply> proof) {
    List<ConnectItemReply> items = new ArrayList<>();
    items.add(account(network));
    proof.ifPresent(items::add);
    return new ConnectEvent.Success(id, items, device(), Optional.empty());
  }

  @Test
  void aConnectWithAValidProofConnectsAndPinsTheWallet() {
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), random).payload();
    WalletSession session =
        pendingSession("alice", Optional.of(payload), Set.of("SendTransaction"));
    Receipt receipt =
        deliver(
            session,
            walletSessionKeys,
            connectEvent(3, Network.MAINNET, Optional.of(proof(payload))),
            100);
    assertThat(receipt).isInstanceOf(Receipt.Stored.class);
    WalletSession stored = sessions.findById(session.id()).orElseThrow();
    assertThat(stored.wallet())
        .hasValueSatisfying(
            wallet -> {
              assertThat(wallet.walletClientId()).isEqualTo(walletSessionKeys.publicKey());
              assertThat(wallet.bridge()).isEqualTo(BRIDGE);
              assertThat(wallet.account().address()).isEqualTo(walletAddress);
              assertThat(wallet.proof())
                  .hasValueSatisfying(
                      p -> {
                        assertThat(p.walletVersion()).isEqualTo("v4r2");
                        assertThat(p.domain()).isEqualTo(DOMAIN);
                      });
            });
    assertThat(stored.lastWalletEventId()).isEqualTo(3);
    assertThat(notified).singleElement().isInstanceOf(WalletNotifier.Event.Connected.class);
    // The same event again (replay, or an overlapping stream) changes nothing.
    assertThat(
            deliver(
                session,
                walletSessionKeys,
                connectEvent(3, Network.MAINNET, Optional.of(proof(payload))),
                100))
        .isInstanceOf(Receipt.Duplicate.class);
    assertThat(notified).hasSize(1);
  }

  @Test
  void aReplayedPayloadFailsTheSecondLogin() {
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), random).payload();
    WalletSession first = pendingSession("alice", Optional.of(payload), Set.of());
    WalletSession second = pendingSession("bob", Optional.of(payload), Set.of());
    deliver(
        first, walletSessionKeys, connectEvent(1, Network.MAINNET, Optional.of(proof(payload))), 1);
    deliver(
        second,
        walletSessionKeys,
        connectEvent(1, Network.MAINNET, Optional.of(proof(payload))),
        2);
    assertThat(sessions.findById(first.id()).orElseThrow().state())
        .isInstanceOf(SessionState.Connected.class);
    assertThat(sessions.findById(second.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("payload-not-accepted"));
  }

  @Test
  void aProofOverAnotherPayloadOrABadSignatureFails() {
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), random).payload();
    String other = payloads.issue(NOW, Duration.ofMinutes(15), random).payload();
    WalletSession session = pendingSession("alice", Optional.of(payload), Set.of());
    deliver(
        session, walletSessionKeys, connectEvent(1, Network.MAINNET, Optional.of(proof(other))), 1);
    assertThat(sessions.findById(session.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("payload-mismatch"));
    assertThat(usedPayloads).isEmpty();

    WalletSession forged = pendingSession("bob", Optional.of(payload), Set.of());
    TonProofReply good = proof(payload);
    TonProofReply badSignature =
        new TonProofReply(
            good.timestamp(),
            good.domain(),
            Ed25519KeyPair.fromSeed(
                    new byte[] {
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                      23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                    })
                .sign(
                    new TonProofMessage(walletAddress, DOMAIN, good.timestamp(), payload)
                        .signedHash())
                .toBase64(),
            payload);
    deliver(
        forged, walletSessionKeys, connectEvent(1, Network.MAINNET, Optional.of(badSignature)), 2);
    assertThat(sessions.findById(forged.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("signature-invalid"));
    assertThat(usedPayloads).isEmpty();
  }

  @Test
  void theRequiredNetworkAndFeaturesAreEnforced() {
    WalletSession testnet = pendingSession("alice", Optional.empty(), Set.of());
    deliver(testnet, walletSessionKeys, connectEvent(1, Network.TESTNET, Optional.empty()), 1);
    assertThat(sessions.findById(testnet.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("network-mismatch"));
    WalletSession needsSignMessage = pendingSession("bob", Optional.empty(), Set.of("SignMessage"));
    deliver(
        needsSignMessage, walletSessionKeys, connectEvent(1, Network.MAINNET, Optional.empty()), 2);
    assertThat(sessions.findById(needsSignMessage.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("feature-missing"));
  }

  @Test
  void aConnectErrorFailsTheSessionWithTheWalletsCode() {
    WalletSession session = pendingSession("alice", Optional.empty(), Set.of());
    deliver(session, walletSessionKeys, new ConnectEvent.Error(1, 300, "User declined"), 1);
    assertThat(sessions.findById(session.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class,
            f -> {
              assertThat(f.code()).isEqualTo("wallet-300");
              assertThat(f.message()).isEqualTo("User declined");
            });
  }

  @Test
  void onlyThePinnedWalletCanDisconnectAndOnlyOnce() {
    WalletSession session = pendingSession("alice", Optional.empty(), Set.of());
    deliver(session, walletSessionKeys, connectEvent(1, Network.MAINNET, Optional.empty()), 1);
    SessionKeyPair intruder = SessionKeyPair.generate(random);
    assertThat(deliver(session, intruder, new DisconnectEvent(2), 2))
        .isEqualTo(new Receipt.Dropped("no-addressee"));
    assertThat(sessions.findById(session.id())).isPresent();
    assertThat(deliver(session, walletSessionKeys, new DisconnectEvent(1), 3))
        .isInstanceOf(Receipt.Duplicate.class);
    assertThat(deliver(session, walletSessionKeys, new DisconnectEvent(2), 4))
        .isInstanceOf(Receipt.Stored.class);
    assertThat(sessions.findById(session.id())).isEmpty();
    assertThat(notified).last().isInstanceOf(WalletNotifier.Event.Disconnected.class);
  }

  @Test
  void whatNoAddresseeCanOpenOrDecodeIsDropped() {
    WalletSession session = pendingSession("alice", Optional.empty(), Set.of());
    ReceiveBridgeEventCommand garbage =
        new ReceiveBridgeEventCommand(
            BRIDGE,
            BridgeEventId.of(9),
            new BridgeMessage(
                walletSessionKeys.publicKey(), Bytes.of(new byte[60]), Optional.empty()),
            Set.of(session.clientId(), SessionPublicKey.parse("00".repeat(31) + "09")));
    assertThat(service.receive(garbage)).isEqualTo(new Receipt.Dropped("no-addressee"));
    byte[] wire =
        NaclBox.between(walletSessionKeys, session.clientId())
            .seal("not json".getBytes(StandardCharsets.UTF_8), Nonce.random(random));
    assertThat(
            service.receive(
                new ReceiveBridgeEventCommand(
                    BRIDGE,
                    BridgeEventId.of(10),
                    new BridgeMessage(
                        walletSessionKeys.publicKey(), Bytes.of(wire), Optional.empty()),
                    Set.of(session.clientId()))))
        .isEqualTo(new Receipt.Dropped("malformed-message"));
    assertThat(sessions.findById(session.id()).orElseThrow().state())
        .isInstanceOf(SessionState.Pending.class);
  }

  /** The sealed text stands for a prepared message; anything else is malformed. */
  private static final class TableCodec implements WalletMessageCodec {
    final Map<String, WalletMessage> table = new HashMap<>();

    @Override
    public WalletMessage decodeWalletMessage(String json) {
      WalletMessage message = table.get(json);
      if (message == null) {
        throw new ProtocolFormatException.MalformedJson("", "not in the test table", null);
      }
      return message;
    }

    @Override
    public String encodeConnectRequest(ConnectRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String encodeAppRequest(AppRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String encodeEmbeddedRequest(EmbeddedRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WalletResponse typeResponse(WalletResponse response, RpcMethod method) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RpcResult typeResult(RpcResult result, RpcMethod method) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ConnectRequest decodeConnectRequest(String json) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AppRequest decodeAppRequest(String json) {
      throw new UnsupportedOperationException();
    }

    @Override
    public EmbeddedRequest decodeEmbeddedRequest(String json) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String encodeWalletEvent(WalletEvent event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String encodeWalletResponse(WalletResponse response) {
      throw new UnsupportedOperationException();
    }
  }
}
