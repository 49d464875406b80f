package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.in.ResumeListeningResult;
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
        new ResumeListeningService(gateway.sessions, gateway.bridge).resumeListening();

    assertThat(result).isEqualTo(new ResumeListeningResult(2, 3));
    assertThat(gateway.bridge.resumed())
        .containsExactlyInAnyOrder(
            new Release(GatewayFixture.BRIDGE, offer.clientId()),
            new Release(OTHER, offer.clientId()),
            new Release(GatewayFixture.BRIDGE, gateway.stored(connected).clientId()));
  }

  @Test
  void withNothingStoredNothingIsResumed() {
    assertThat(new ResumeListeningService(gateway.sessions, gateway.bridge).resumeListening())
        .isEqualTo(new ResumeListeningResult(0, 0));
    assertThat(gateway.bridge.resumed()).isEmpty();
  }
}
