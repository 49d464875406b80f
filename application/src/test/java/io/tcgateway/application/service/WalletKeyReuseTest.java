package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A wallet key already pinned by one session cannot connect another: the second offer fails, the
 * first keeps its routing, and the event is stored, not replayed forever.
 */
class WalletKeyReuseTest {
  private final GatewayFixture gateway = new GatewayFixture();

  @Test
  void aConnectWithAKeyAnotherSessionHoldsFailsThatOffer() {
    GatewayFixture.Connection alice = gateway.connect(SessionOwner.http("alice"));
    WalletSession bob =
        gateway.offer(
            SessionOwner.http("bob"),
            List.of(GatewayFixture.BRIDGE),
            GatewayFixture.NOW.plusSeconds(300));

    Receipt receipt =
        gateway.deliver(
            GatewayFixture.BRIDGE,
            bob,
            alice.walletKeys(),
            new ConnectEvent.Success(
                7,
                List.of(gateway.account()),
                new DeviceInfo("ios", "simwallet", "1.0", 2, GatewayFixture.ALL_FEATURES),
                Optional.empty()));

    assertThat(receipt).isInstanceOf(Receipt.Stored.class);
    assertThat(gateway.sessions.findById(bob.id()).orElseThrow().state())
        .isInstanceOfSatisfying(
            SessionState.Failed.class, f -> assertThat(f.code()).isEqualTo("wallet-key-in-use"));
    assertThat(
            gateway
                .sessions
                .findByWalletClientId(alice.walletKeys().publicKey())
                .orElseThrow()
                .id())
        .isEqualTo(alice.id());
    assertThat(gateway.events(SessionOwner.http("bob")))
        .singleElement()
        .isInstanceOf(Event.Failed.class);
  }
}
