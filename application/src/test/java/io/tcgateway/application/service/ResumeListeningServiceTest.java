package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.in.ResumeListeningResult;
import io.tcgateway.application.port.out.WalletDirectory;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a start, every pending or connected session listens again on each of its bridges. */
class ResumeListeningServiceTest {
  private static final BridgeUrl OTHER = GatewayFixture.OTHER_BRIDGE;

  private final GatewayFixture gateway = new GatewayFixture();

  @Test
  void pendingOffersResumeOnEveryBridgeConnectedSessionsOnTheirWalletsAndEndedOnesNot() {
    WalletSession offer =
        gateway.offer(
            SessionOwner.http("offer"),
            List.of(GatewayFixture.BRIDGE, OTHER),
            GatewayFixture.NOW.plusSeconds(300));
    GatewayFixture.Connection connected = gateway.connect(SessionOwner.http("connected"));
    WalletSession failed =
        gateway.offer(
            SessionOwner.http("failed"), List.of(OTHER), GatewayFixture.NOW.plusSeconds(9));
    gateway.sessions.save(failed.failed("wallet-300", "declined", GatewayFixture.NOW));

    ResumeListeningResult result =
        new ResumeListeningService(gateway.sessions, gateway.bridge, List::of).resumeListening();

    assertThat(result).isEqualTo(new ResumeListeningResult(2, 3));
    assertThat(gateway.bridge.resumed())
        .containsExactlyInAnyOrder(
            new Release(GatewayFixture.BRIDGE, offer.clientId()),
            new Release(OTHER, offer.clientId()),
            new Release(GatewayFixture.BRIDGE, gateway.stored(connected).clientId()));
  }

  @Test
  void aConnectedWalletWhoseListedBridgeMovedListensThereToo() {
    GatewayFixture.Connection connected = gateway.connect(SessionOwner.http("moved"));
    WalletDirectory.WalletEntry moved =
        new WalletDirectory.WalletEntry(
            "simwallet",
            "Simulated wallet",
            "https://simwallet.example/icon.png",
            "https://simwallet.example",
            "https://simwallet.example/ton-connect",
            java.util.Optional.empty(),
            OTHER,
            List.of("linux"),
            List.of());

    new ResumeListeningService(gateway.sessions, gateway.bridge, () -> List.of(moved))
        .resumeListening();

    assertThat(gateway.bridge.resumed())
        .containsExactly(
            new Release(GatewayFixture.BRIDGE, gateway.stored(connected).clientId()),
            new Release(OTHER, gateway.stored(connected).clientId()));
  }

  @Test
  void withNothingStoredNothingIsResumed() {
    assertThat(
            new ResumeListeningService(gateway.sessions, gateway.bridge, List::of)
                .resumeListening())
        .isEqualTo(new ResumeListeningResult(0, 0));
    assertThat(gateway.bridge.resumed()).isEmpty();
  }
}
