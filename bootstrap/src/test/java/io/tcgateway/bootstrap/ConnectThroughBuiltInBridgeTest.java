package io.tcgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.adapter.bridge.BridgeClientSettings;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.adapter.memory.InMemoryOwnerEventLog;
import io.tcgateway.adapter.memory.InMemoryProofPayloadStore;
import io.tcgateway.adapter.memory.InMemorySessionStore;
import io.tcgateway.adapter.memory.InMemoryWalletRequestStore;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.in.StartConnectionResult;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.application.service.ReceiveBridgeEventService;
import io.tcgateway.application.service.SessionBoxes;
import io.tcgateway.application.service.SingleUseProofPayloadCheck;
import io.tcgateway.application.service.StartConnectionService;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.ProofPayloads;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.WalletConnection;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connect flow end to end on one machine: the gateway's use cases and bridge client, its
 * built-in bridge over loopback HTTP, and the simulated wallet answering the link as a real wallet
 * would (its own session key, a real V4R2 or W5 state init, a signed ton_proof).
 */
class ConnectThroughBuiltInBridgeTest {
  private static final String MANIFEST = "https://app.example.com/tonconnect-manifest.json";

  private EmbeddedServer server;
  private BridgeUrl bridgeUrl;
  private SseWalletBridge bridge;
  private final InMemorySessionStore sessions = new InMemorySessionStore();
  private final List<WalletNotifier.Event> events = new CopyOnWriteArrayList<>();
  private StartConnectionService start;

  @BeforeEach
  void startGateway() {
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "gateway.bridge-server.enabled", "true",
                "gateway.bridge-server.heartbeat-interval", "1s",
                "micronaut.server.port", "-1"));
    bridgeUrl = BridgeUrl.parse(server.getURL() + "/bridge");
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    ProofPayloads payloads =
        new ProofPayloads("e2e-test-key-of-32-bytes-or-more".getBytes(StandardCharsets.US_ASCII));
    TonProofVerifier verifier =
        new TonProofVerifier(
            ProofPolicy.forDomains(Set.of("app.example.com")),
            new SingleUseProofPayloadCheck(payloads, new InMemoryProofPayloadStore()));
    JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();
    InMemoryOwnerEventLog log = new InMemoryOwnerEventLog();
    ReceiveBridgeEventService receive =
        new ReceiveBridgeEventService(
            sessions,
            new InMemoryWalletRequestStore(),
            codec,
            verifier,
            new SignDataVerifier(ProofPolicy.forDomains(Set.of("app.example.com"))),
            new SessionBoxes(),
            log,
            (owner, event) -> events.add(event),
            clock);
    bridge =
        new SseWalletBridge(
            BridgeClientSettings.defaults(),
            receive,
            new InMemoryBridgeCursorStore(),
            BridgeTelemetry.NONE,
            clock,
            new java.util.Random());
    WalletEntry simwallet =
        new WalletEntry(
            "simwallet",
            "Simulated wallet",
            "https://simwallet.example/icon.png",
            "https://simwallet.example",
            "https://simwallet.example/ton-connect",
            Optional.empty(),
            bridgeUrl,
            List.of("linux"),
            List.of());
    start =
        new StartConnectionService(
            sessions,
            () -> List.of(simwallet),
            bridge,
            codec,
            payloads,
            log,
            WalletNotifier.NONE,
            new StartConnectionService.Settings(
                MANIFEST, Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(10)),
            clock,
            random);
  }

  @AfterEach
  void stopGateway() {
    bridge.close();
    server.close();
  }

  private SimulatedWallet wallet(WalletContract contract, int seedByte) {
    byte[] seed = new byte[32];
    java.util.Arrays.fill(seed, (byte) seedByte);
    return SimulatedWallet.builder(seed, contract).bridge(bridgeUrl).build();
  }

  private WalletSession awaitState(SessionOwner owner, Class<? extends SessionState> state) {
    Eventually.await(
        owner + " " + state.getSimpleName(),
        Duration.ofSeconds(10),
        () -> sessions.findByOwner(owner).map(s -> state.isInstance(s.state())).orElse(false));
    return sessions.findByOwner(owner).orElseThrow();
  }

  @Test
  void aV4r2WalletConnectsWithAVerifiedProof() throws Exception {
    SessionOwner alice = SessionOwner.http("alice");
    StartConnectionResult offer =
        start.startConnection(
            new StartConnectionCommand(
                alice,
                Optional.of("simwallet"),
                true,
                Optional.of(Network.MAINNET),
                Optional.empty(),
                Set.of("SendTransaction")));
    SimulatedWallet wallet = wallet(WalletContract.V4R2, 7);
    try (WalletConnection connection = wallet.connect(offer.link(), ConnectAnswer.approve())) {
      WalletSession session = awaitState(alice, SessionState.Connected.class);
      assertThat(session.wallet())
          .hasValueSatisfying(
              w -> {
                assertThat(w.account().address()).isEqualTo(wallet.address());
                assertThat(w.walletClientId()).isEqualTo(connection.clientId());
                assertThat(w.proof())
                    .hasValueSatisfying(
                        p -> {
                          assertThat(p.walletVersion()).isEqualTo("v4r2");
                          assertThat(p.domain()).isEqualTo("app.example.com");
                        });
              });
      assertThat(events).singleElement().isInstanceOf(WalletNotifier.Event.Connected.class);
    }
  }

  @Test
  void aW5WalletConnectsThroughTheUniversalOfferAndDisconnectsFromItsSide() throws Exception {
    SessionOwner bob = SessionOwner.http("bob");
    StartConnectionResult offer =
        start.startConnection(
            new StartConnectionCommand(
                bob, Optional.empty(), true, Optional.empty(), Optional.empty(), Set.of()));
    assertThat(offer.link()).startsWith("tc://");
    SimulatedWallet wallet = wallet(WalletContract.V5R1, 9);
    try (WalletConnection connection = wallet.connect(offer.link(), ConnectAnswer.approve())) {
      WalletSession session = awaitState(bob, SessionState.Connected.class);
      assertThat(session.wallet().orElseThrow().proof().orElseThrow().walletVersion())
          .isEqualTo("v5r1");
      connection.disconnect();
      Eventually.await(
          "bob's session removed",
          Duration.ofSeconds(10),
          () -> sessions.findByOwner(bob).isEmpty());
      // The session is removed first and the event published after: wait for it too.
      Eventually.await(
          "bob's disconnected event",
          Duration.ofSeconds(10),
          () -> !events.isEmpty() && events.getLast() instanceof WalletNotifier.Event.Disconnected);
      assertThat(events).last().isInstanceOf(WalletNotifier.Event.Disconnected.class);
    }
  }

  @Test
  void aDeclinedConnectionFailsWithTheWalletsCode() throws Exception {
    SessionOwner carol = SessionOwner.http("carol");
    StartConnectionResult offer =
        start.startConnection(
            new StartConnectionCommand(
                carol,
                Optional.of("simwallet"),
                true,
                Optional.empty(),
                Optional.empty(),
                Set.of()));
    try (WalletConnection ignored =
        wallet(WalletContract.V4R2, 3).connect(offer.link(), ConnectAnswer.decline())) {
      WalletSession session = awaitState(carol, SessionState.Failed.class);
      assertThat(((SessionState.Failed) session.state()).code()).isEqualTo("wallet-300");
    }
  }

  @Test
  void aWalletOnTheWrongNetworkIsRefused() throws Exception {
    SessionOwner dave = SessionOwner.http("dave");
    StartConnectionResult offer =
        start.startConnection(
            new StartConnectionCommand(
                dave,
                Optional.of("simwallet"),
                false,
                Optional.of(Network.TESTNET),
                Optional.empty(),
                Set.of()));
    try (WalletConnection ignored =
        wallet(WalletContract.V4R2, 4).connect(offer.link(), ConnectAnswer.approve())) {
      WalletSession session = awaitState(dave, SessionState.Failed.class);
      assertThat(((SessionState.Failed) session.state()).code())
          .isIn("network-mismatch", "wallet-1");
    }
  }
}
