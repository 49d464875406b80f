package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.DEFAULT_TIMEOUT;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.error.InvalidRequestException;
import io.tcgateway.application.error.WalletFeatureMissingException;
import io.tcgateway.application.error.WalletNotConnectedException;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignDataServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private final GatewayFixture gateway = new GatewayFixture();

  private SentRequestResult sign(SignDataPayload payload) {
    return gateway.signData.signData(new SignDataCommand(ALICE, payload));
  }

  @Test
  void anOwnerWithoutAConnectedWalletIsRefused() {
    assertThatThrownBy(() -> sign(SignDataPayload.Text.of("hi")))
        .isInstanceOf(WalletNotConnectedException.class);
    gateway.offer(ALICE, List.of(GatewayFixture.BRIDGE), NOW.plusSeconds(300));
    assertThatThrownBy(() -> sign(SignDataPayload.Text.of("hi")))
        .isInstanceOf(WalletNotConnectedException.class);
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void aTypeTheWalletDoesNotListIsNotSentAndSpendsNoId() {
    Connection alice = gateway.connect(ALICE, List.of(new Feature.SignData(List.of("text"))));
    assertThatThrownBy(() -> sign(SignDataPayload.Binary.of(Bytes.wrap(new byte[] {1}))))
        .isInstanceOf(WalletFeatureMissingException.class)
        .hasMessageContaining("binary");
    assertThat(gateway.stored(alice)).isEqualTo(alice.session());
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void aWalletWithoutSignDataGetsNone() {
    Connection alice = gateway.connect(ALICE, List.of(new Feature.SendTransactionLegacy()));
    assertThatThrownBy(() -> sign(SignDataPayload.Text.of("hi")))
        .isInstanceOf(WalletFeatureMissingException.class);
    assertThat(gateway.stored(alice)).isEqualTo(alice.session());
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void anotherNetworkOrSenderIsRefusedNamingTheField() {
    Connection alice = gateway.connect(ALICE);
    assertThatThrownBy(
            () ->
                sign(
                    new SignDataPayload.Text("hi", Optional.of(Network.TESTNET), Optional.empty())))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("network"));
    assertThatThrownBy(
            () ->
                sign(
                    new SignDataPayload.Text(
                        "hi",
                        Optional.empty(),
                        Optional.of(WireAddress.raw(Address.parse("0:" + "99".repeat(32)))))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertThat(gateway.stored(alice)).isEqualTo(alice.session());
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  @Test
  void theAccountsAddressAndNetworkAreFilledInAndTheDefaultTimeoutApplies() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult result = sign(SignDataPayload.Text.of("I agree"));
    assertThat(result.deadline()).isEqualTo(NOW.plus(DEFAULT_TIMEOUT));
    OutgoingMessage message = gateway.bridge.sent().getFirst();
    assertThat(message.topic()).contains("signData");
    assertThat(gateway.openAsWallet(alice, message))
        .isEqualTo(
            new AppRequest.SignData(
                result.ref().requestId(),
                new SignDataPayload.Text(
                    "I agree",
                    Optional.of(Network.MAINNET),
                    Optional.of(WireAddress.raw(gateway.address)))));
    assertThat(gateway.requests.find(result.ref()).orElseThrow().request())
        .isEqualTo(gateway.openAsWallet(alice, message));
  }
}
