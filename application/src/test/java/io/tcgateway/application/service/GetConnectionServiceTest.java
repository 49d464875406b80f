package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.BRIDGE;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.GetConnectionQuery;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetConnectionServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private final GatewayFixture gateway = new GatewayFixture();

  private Optional<WalletSession> get(SessionOwner owner) {
    return gateway.getConnection.getConnection(new GetConnectionQuery(owner));
  }

  @Test
  void anOwnerWithoutASessionHasNone() {
    gateway.connect(SessionOwner.http("bob"));
    assertThat(get(ALICE)).isEmpty();
    assertThat(get(new SessionOwner(SessionOwner.Channel.TELEGRAM, "bob"))).isEmpty();
  }

  @Test
  void aPendingOfferReadsPendingUntilItRunsOutAndExpiredFromThen() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE), NOW.plusSeconds(300));
    gateway.clock.set(NOW.plusSeconds(299));
    assertThat(get(ALICE)).contains(offer);
    gateway.clock.set(NOW.plusSeconds(300));
    assertThat(get(ALICE).orElseThrow().state())
        .isEqualTo(new SessionState.Expired(NOW.plusSeconds(300)));
    // Reading changes nothing: the sweep expires it (and reports it).
    assertThat(gateway.sessions.findById(offer.id())).contains(offer);
    assertThat(gateway.log.entries).isEmpty();
  }

  @Test
  void aConnectedSessionReadsAsStoredWithoutExpiring() {
    Connection alice = gateway.connect(ALICE);
    gateway.clock.advance(Duration.ofDays(30));
    assertThat(get(ALICE)).contains(alice.session());
    assertThat(get(SessionOwner.http("bob"))).isEmpty();
  }
}
