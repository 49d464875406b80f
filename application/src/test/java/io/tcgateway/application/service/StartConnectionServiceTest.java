package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.error.UnknownWalletException;
import io.tcgateway.application.error.WalletAlreadyConnectedException;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.in.StartConnectionResult;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.application.port.out.WalletBridge;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.protocol.link.ParsedConnectLink;
import io.tcgateway.domain.protocol.link.ReturnStrategy;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.verify.ProofPayloads;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class StartConnectionServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final BridgeUrl TONAPI = BridgeUrl.parse("https://bridge.tonapi.io/bridge");
  private static final BridgeUrl OTHER = BridgeUrl.parse("https://other.example/bridge");
  private static final WalletEntry TONKEEPER =
      new WalletEntry(
          "tonkeeper",
          "Tonkeeper",
          "https://tonkeeper.com/icon.png",
          "https://tonkeeper.com",
          "https://app.tonkeeper.com/ton-connect",
          Optional.of("tonkeeper-tc://"),
          TONAPI,
          List.of("ios"),
          List.of());
  private static final WalletEntry MYTON =
      new WalletEntry(
          "mytonwallet",
          "MyTonWallet",
          "https://mytonwallet.io/icon.png",
          "https://mytonwallet.io",
          "https://connect.mytonwallet.org",
          Optional.empty(),
          OTHER,
          List.of("chrome"),
          List.of());
  private static final WalletEntry SAME_BRIDGE =
      new WalletEntry(
          "another",
          "Another",
          "https://another.example/icon.png",
          "https://another.example",
          "https://another.example/tc",
          Optional.empty(),
          TONAPI,
          List.of("android"),
          List.of());

  private final MapSessionStore sessions = new MapSessionStore();
  private final RecordingBridge bridge = new RecordingBridge();
  private final ProofPayloads payloads =
      new ProofPayloads("q".repeat(32).getBytes(StandardCharsets.US_ASCII));
  private final StartConnectionService service =
      new StartConnectionService(
          sessions,
          () -> List.of(TONKEEPER, MYTON, SAME_BRIDGE),
          bridge,
          codec(),
          payloads,
          new ListOwnerEventLog(),
          WalletNotifier.NONE,
          new StartConnectionService.Settings(
              "https://app.example.com/tonconnect-manifest.json",
              Duration.ofMinutes(5),
              Duration.ofMinutes(15),
              Duration.ofSeconds(1)),
          Clock.fixed(NOW, ZoneOffset.UTC),
          new SplittableRandom(4));

  /** Encodes only the connect request, in a tiny form the test can read back. */
  private static WalletMessageCodec codec() {
    return (WalletMessageCodec)
        Proxy.newProxyInstance(
            WalletMessageCodec.class.getClassLoader(),
            new Class<?>[] {WalletMessageCodec.class},
            (proxy, method, args) -> {
              if (method.getName().equals("encodeConnectRequest")) {
                ConnectRequest request = (ConnectRequest) args[0];
                return "{\"manifestUrl\":\""
                    + request.manifestUrl()
                    + "\",\"proof\":\""
                    + request.tonProof().map(p -> p.payload()).orElse("")
                    + "\",\"network\":\""
                    + request.tonAddress().network().map(Network::id).orElse("")
                    + "\"}";
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static StartConnectionCommand command(
      String user, Optional<String> wallet, boolean proof) {
    return new StartConnectionCommand(
        SessionOwner.http(user),
        wallet,
        proof,
        Optional.of(Network.MAINNET),
        Optional.of(new ReturnStrategy.None()),
        Set.of("SendTransaction"));
  }

  @Test
  void oneWalletGetsItsUniversalLinkWithAFreshClientIdAndAGenuineProofPayload() {
    StartConnectionResult result =
        service.startConnection(command("alice", Optional.of("tonkeeper"), true));
    WalletSession session = sessions.findById(result.sessionId()).orElseThrow();
    assertThat(result.link()).startsWith("https://app.tonkeeper.com/ton-connect?");
    assertThat(result.walletLinks()).isEmpty();
    assertThat(result.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    ParsedConnectLink parsed = ConnectLinks.parse(result.link());
    assertThat(parsed.clientId()).isEqualTo(session.clientId().clientId());
    String payload = session.pendingConnection().orElseThrow().proofPayload().orElseThrow();
    assertThat(parsed.requestJson()).contains(payload).contains("\"network\":\"-239\"");
    assertThat(payloads.check(payload, NOW)).isInstanceOf(ProofPayloads.Check.Genuine.class);
    assertThat(bridge.subscribed).containsExactly(TONAPI + " " + session.clientId().clientId());
    assertThat(session.pendingConnection().orElseThrow().requiredFeatures())
        .containsExactly("SendTransaction");
  }

  @Test
  void anyWalletGetsTcLinkPlusOneLinkPerWalletAndListensOnEveryBridgeOnce() {
    StartConnectionResult result =
        service.startConnection(command("alice", Optional.empty(), false));
    assertThat(result.link()).startsWith("tc://?");
    assertThat(result.walletLinks()).containsOnlyKeys("tonkeeper", "mytonwallet", "another");
    assertThat(result.walletLinks().get("mytonwallet"))
        .startsWith("https://connect.mytonwallet.org/?v=2&id=");
    WalletSession session = sessions.findById(result.sessionId()).orElseThrow();
    assertThat(bridge.subscribed).hasSize(2);
    assertThat(session.pendingConnection().orElseThrow().bridges()).containsExactly(TONAPI, OTHER);
    assertThat(session.pendingConnection().orElseThrow().proofPayload()).isEmpty();
  }

  @Test
  void aNewOfferReplacesThePendingOneAndStopsListeningForIt() {
    StartConnectionResult first =
        service.startConnection(command("alice", Optional.of("tonkeeper"), true));
    SessionPublicKey firstClient = sessions.findById(first.sessionId()).orElseThrow().clientId();
    StartConnectionResult second =
        service.startConnection(command("alice", Optional.of("tonkeeper"), true));
    assertThat(sessions.findById(first.sessionId())).isEmpty();
    assertThat(sessions.findByOwner(SessionOwner.http("alice")).orElseThrow().id())
        .isEqualTo(second.sessionId());
    assertThat(bridge.released).containsExactly(TONAPI + " " + firstClient.clientId());
  }

  @Test
  void aConnectedOwnerMustDisconnectFirst() {
    StartConnectionResult first =
        service.startConnection(command("alice", Optional.of("tonkeeper"), false));
    WalletSession pending = sessions.findById(first.sessionId()).orElseThrow();
    sessions.save(pending.connected(ReceiveBridgeEventServiceTestSupport.wallet(TONAPI), 1, NOW));
    assertThatThrownBy(() -> service.startConnection(command("alice", Optional.empty(), false)))
        .isInstanceOf(WalletAlreadyConnectedException.class);
    assertThat(sessions.findById(first.sessionId()).orElseThrow().state())
        .isInstanceOf(SessionState.Connected.class);
  }

  @Test
  void anUnknownWalletIsRefusedBeforeAnythingHappens() {
    assertThatThrownBy(() -> service.startConnection(command("alice", Optional.of("nope"), true)))
        .isInstanceOf(UnknownWalletException.class);
    assertThat(bridge.subscribed).isEmpty();
    assertThat(sessions.findByOwner(SessionOwner.http("alice"))).isEmpty();
  }

  @Test
  void whenNoBridgeCanBeListenedOnNothingIsSaved() {
    bridge.failing.add(TONAPI);
    assertThatThrownBy(
            () -> service.startConnection(command("alice", Optional.of("tonkeeper"), true)))
        .isInstanceOf(BridgeUnavailableException.class);
    assertThat(sessions.findByOwner(SessionOwner.http("alice"))).isEmpty();
    assertThat(bridge.unsubscribed).hasSize(1);
  }

  @Test
  void aUniversalOfferGoesAheadOnTheBridgesThatOpened() {
    bridge.failing.add(OTHER);
    StartConnectionResult result =
        service.startConnection(command("alice", Optional.empty(), true));
    assertThat(
            sessions
                .findById(result.sessionId())
                .orElseThrow()
                .pendingConnection()
                .orElseThrow()
                .bridges())
        .containsExactly(TONAPI);
  }

  /** Records subscriptions; bridges in {@code failing} cannot be opened. */
  private static final class RecordingBridge implements WalletBridge {
    final List<String> subscribed = new ArrayList<>();
    final List<String> unsubscribed = new ArrayList<>();
    final List<String> released = new ArrayList<>();
    final Set<BridgeUrl> failing = new HashSet<>();

    @Override
    public CompletionStage<Void> subscribe(BridgeUrl bridge, SessionPublicKey clientId) {
      subscribed.add(bridge + " " + clientId.clientId());
      return failing.contains(bridge)
          ? CompletableFuture.failedFuture(new BridgeUnavailableException("down", null))
          : CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> resume(BridgeUrl bridge, SessionPublicKey clientId) {
      return subscribe(bridge, clientId);
    }

    @Override
    public void unsubscribe(BridgeUrl bridge, SessionPublicKey clientId) {
      unsubscribed.add(bridge + " " + clientId.clientId());
    }

    @Override
    public void release(BridgeUrl bridge, SessionPublicKey clientId) {
      released.add(bridge + " " + clientId.clientId());
    }

    @Override
    public CompletionStage<SendOutcome> send(OutgoingMessage message) {
      throw new UnsupportedOperationException();
    }
  }
}
