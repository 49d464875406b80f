package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.DEFAULT_TIMEOUT;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.error.WalletFeatureMissingException;
import io.tcgateway.application.error.WalletNotConnectedException;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SignMessageServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private static final TransactionPayload TRANSFER =
      TransactionPayload.ofMessages(
          OptionalLong.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(
              TransactionMessage.of(
                  new UserFriendlyAddress(Address.parse("0:" + "33".repeat(32)), true, false),
                  Amount.of(5))));
  private final GatewayFixture gateway = new GatewayFixture();

  private SentRequestResult sign(TransactionPayload payload) {
    return gateway.signMessage.signMessage(new SignMessageCommand(ALICE, payload));
  }

  @Test
  void anOwnerWithoutAConnectedWalletIsRefused() {
    assertThatThrownBy(() -> sign(TRANSFER)).isInstanceOf(WalletNotConnectedException.class);
    gateway.offer(ALICE, List.of(GatewayFixture.BRIDGE), NOW.plusSeconds(300));
    assertThatThrownBy(() -> sign(TRANSFER)).isInstanceOf(WalletNotConnectedException.class);
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void aWalletWithoutTheSignMessageFeatureGetsNoneAndNoIdIsSpent() {
    Connection alice =
        gateway.connect(
            ALICE,
            List.of(
                new Feature.SendTransaction(
                    OptionalInt.of(4), Optional.of(true), Optional.of(List.of("ton")))));
    assertThatThrownBy(() -> sign(TRANSFER))
        .isInstanceOf(WalletFeatureMissingException.class)
        .hasMessageContaining("SignMessage");
    assertThat(gateway.stored(alice)).isEqualTo(alice.session());
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void itIsSentWithTheTransactionDefaultsAndItsOwnTopic() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult result = sign(TRANSFER);
    OutgoingMessage message = gateway.bridge.sent().getFirst();
    assertThat(message.topic()).contains("signMessage");
    assertThat(gateway.openAsWallet(alice, message))
        .isEqualTo(
            new AppRequest.SignMessage(
                result.ref().requestId(),
                new TransactionPayload(
                    OptionalLong.of(NOW.plus(DEFAULT_TIMEOUT).getEpochSecond()),
                    Optional.of(Network.MAINNET),
                    Optional.of(WireAddress.raw(gateway.address)),
                    TRANSFER.body())));
  }
}
