package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.BRIDGE;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static io.tcgateway.application.service.GatewayFixture.OTHER_BRIDGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.DisconnectCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Ending a session, by the user ({@link DisconnectService}) or by the wallet ({@link
 * ReceiveBridgeEventService}), and the subscriptions released when a universal offer is answered.
 */
class DisconnectServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private final GatewayFixture gateway = new GatewayFixture();

  private SentRequestResult sendTransaction() {
    return gateway.sendTransaction.sendTransaction(
        new SendTransactionCommand(
            ALICE,
            TransactionPayload.ofMessages(
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(
                    TransactionMessage.of(
                        new UserFriendlyAddress(Address.parse("0:" + "33".repeat(32)), true, false),
                        Amount.of(1))))));
  }

  private boolean disconnect(SessionOwner owner) {
    return gateway.disconnect.disconnect(new DisconnectCommand(owner));
  }

  private void assertEndedWithRequestsFailed(
      Connection alice, List<SentRequestResult> sent, String by) {
    assertThat(gateway.sessions.findById(alice.id())).isEmpty();
    assertThat(gateway.sessions.findByOwner(ALICE)).isEmpty();
    assertThat(gateway.boxes.size()).isZero();
    for (SentRequestResult request : sent) {
      assertThat(gateway.requests.find(request.ref()).orElseThrow().status())
          .isInstanceOfSatisfying(
              RequestStatus.Failed.class,
              failed -> {
                assertThat(failed.code()).isEqualTo("disconnected");
                assertThat(failed.walletCode()).isEqualTo(-1);
              });
    }
    List<Event> events = gateway.events(ALICE);
    assertThat(events).hasSize(sent.size() + 1);
    assertThat(events.subList(0, sent.size()))
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        Event.RequestFailed.class,
                        failed -> assertThat(failed.code()).isEqualTo("disconnected")));
    assertThat(events.getLast()).isEqualTo(new Event.Disconnected(alice.id(), by));
  }

  // ---- by the user ----

  @Test
  void aConnectedWalletIsToldOnceAndTheSessionEnds() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult first = sendTransaction();
    SentRequestResult second =
        gateway.signData.signData(new SignDataCommand(ALICE, SignDataPayload.Text.of("hi")));

    assertThat(disconnect(ALICE)).isTrue();

    List<OutgoingMessage> sent = gateway.bridge.sent();
    assertThat(sent).hasSize(3);
    OutgoingMessage told = sent.getLast();
    assertThat(gateway.openAsWallet(alice, told))
        .isEqualTo(new AppRequest.Disconnect(io.tcgateway.domain.protocol.RequestId.of(2)));
    assertThat(told.topic()).contains("disconnect");
    assertThat(told.bridge()).isEqualTo(BRIDGE);
    assertThat(told.to()).isEqualTo(alice.walletKeys().publicKey());
    assertThat(gateway.bridge.released())
        .containsExactly(new Release(BRIDGE, alice.session().clientId()));
    assertEndedWithRequestsFailed(alice, List.of(first, second), "user");
    // The disconnect RPC is not a stored request.
    assertThat(gateway.requests.all()).hasSize(2);
  }

  @Test
  void aDisconnectThatLosesAVersionRaceTellsTheWalletWithTheNextId() {
    Connection alice = gateway.connect(ALICE);
    // Another process takes id 0 just before the disconnect saves the session.
    gateway.sessions.beforeNextSave(
        mine -> gateway.sessions.save(gateway.stored(alice).issueRequestId(NOW).session()));
    assertThat(disconnect(ALICE)).isTrue();
    assertThat(gateway.bridge.sent())
        .singleElement()
        .extracting(m -> gateway.openAsWallet(alice, m))
        .isEqualTo(new AppRequest.Disconnect(io.tcgateway.domain.protocol.RequestId.of(1)));
    assertThat(gateway.sessions.findById(alice.id())).isEmpty();
  }

  @Test
  void theSessionEndsWhateverTheBridgeDoesWithTheDisconnect() {
    List<
            java.util.function.Function<
                OutgoingMessage, java.util.concurrent.CompletionStage<SendOutcome>>>
        bridges =
            List.of(
                m -> CompletableFuture.completedFuture(new SendOutcome.Refused(400, "no")),
                m -> CompletableFuture.completedFuture(new SendOutcome.GaveUp(3, "503")),
                m -> CompletableFuture.failedFuture(new IllegalStateException("down")),
                m -> new CompletableFuture<>(),
                m -> {
                  throw new IllegalStateException("the bridge client is shutting down");
                });
    for (var answer : bridges) {
      GatewayFixture fresh = new GatewayFixture();
      Connection alice = fresh.connect(ALICE);
      fresh.bridge.answer = answer;
      assertThat(fresh.disconnect.disconnect(new DisconnectCommand(ALICE))).isTrue();
      assertThat(fresh.sessions.findById(alice.id())).isEmpty();
      assertThat(fresh.bridge.sent()).hasSize(1);
      assertThat(fresh.bridge.released()).hasSize(1);
      assertThat(fresh.events(ALICE)).containsExactly(new Event.Disconnected(alice.id(), "user"));
    }
  }

  @Test
  void aPendingOfferIsRemovedWithoutTellingAnyWallet() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE, OTHER_BRIDGE), NOW.plusSeconds(300));
    assertThat(disconnect(ALICE)).isTrue();
    assertThat(gateway.sessions.findById(offer.id())).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
    assertThat(gateway.bridge.released())
        .containsExactly(
            new Release(BRIDGE, offer.clientId()), new Release(OTHER_BRIDGE, offer.clientId()));
    assertThat(gateway.events(ALICE)).containsExactly(new Event.Disconnected(offer.id(), "user"));
  }

  @Test
  void anOwnerWithoutASessionHasNothingToDisconnect() {
    Connection bob = gateway.connect(SessionOwner.http("bob"));
    assertThat(disconnect(ALICE)).isFalse();
    assertThat(gateway.bridge.sent()).isEmpty();
    assertThat(gateway.bridge.released()).isEmpty();
    assertThat(gateway.stored(bob)).isEqualTo(bob.session());
    assertThat(gateway.log.entries).isEmpty();
  }

  @Test
  void anAnswerThatArrivesAfterTheSessionEndedIsDropped() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    disconnect(ALICE);
    Receipt late =
        gateway.answer(
            alice,
            new WalletResponse.Success(
                sent.ref().requestId(),
                new RpcResult.SentTransaction(
                    BocBase64.of(
                        io.tcgateway.domain.bytes.Bytes.wrap(
                            io.tcgateway.domain.ton.cell.BagOfCells.serialize(
                                io.tcgateway.domain.ton.cell.CellBuilder.beginCell()
                                    .endCell()))))));
    assertThat(late).isInstanceOf(Receipt.Dropped.class);
    assertThat(gateway.requests.find(sent.ref()).orElseThrow().status())
        .isInstanceOf(RequestStatus.Failed.class);
  }

  // ---- by the wallet ----

  @Test
  void theWalletsDisconnectEndsTheSessionTheSameWay() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    Receipt receipt = gateway.answer(alice, new DisconnectEvent(5));
    assertThat(receipt)
        .isEqualTo(new Receipt.Stored(List.of(new Release(BRIDGE, alice.session().clientId()))));
    assertEndedWithRequestsFailed(alice, List.of(sent), "wallet");
    assertThat(gateway.bridge.sent()).hasSize(1); // the transaction only: the wallet is not told
    assertThat(gateway.answer(alice, new DisconnectEvent(5))).isInstanceOf(Receipt.Dropped.class);
    assertThat(gateway.events(ALICE)).hasSize(2);
  }

  // ---- universal offers ----

  @Test
  void aUniversalOfferAnsweredOnOneBridgeReleasesTheOthers() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE, OTHER_BRIDGE), NOW.plusSeconds(300));
    SessionKeyPair wallet = SessionKeyPair.generate(gateway.random);
    Receipt receipt =
        gateway.deliver(
            OTHER_BRIDGE,
            offer,
            wallet,
            new ConnectEvent.Success(
                1,
                List.of(gateway.account()),
                new DeviceInfo("ios", "simwallet", "1.0", 2, GatewayFixture.ALL_FEATURES),
                Optional.empty()));
    assertThat(receipt)
        .isEqualTo(new Receipt.Stored(List.of(new Release(BRIDGE, offer.clientId()))));
    WalletSession connected = gateway.sessions.findById(offer.id()).orElseThrow();
    assertThat(connected.state()).isInstanceOf(SessionState.Connected.class);
    assertThat(connected.wallet().orElseThrow().bridge()).isEqualTo(OTHER_BRIDGE);
    assertThat(gateway.events(ALICE)).singleElement().isInstanceOf(Event.Connected.class);

    // Requests now go to the bridge the wallet answered on.
    sendTransaction();
    assertThat(gateway.bridge.sent().getLast().bridge()).isEqualTo(OTHER_BRIDGE);
    assertThat(gateway.bridge.sent().getLast().topic())
        .contains(RpcMethod.SEND_TRANSACTION.wireName());
  }

  @Test
  void anOfferOnOneBridgeReleasesNothingWhenAnswered() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE), NOW.plusSeconds(300));
    Receipt receipt =
        gateway.deliver(
            BRIDGE,
            offer,
            SessionKeyPair.generate(gateway.random),
            new ConnectEvent.Success(
                1,
                List.of(gateway.account()),
                new DeviceInfo("ios", "simwallet", "1.0", 2, GatewayFixture.ALL_FEATURES),
                Optional.empty()));
    assertThat(receipt).isEqualTo(new Receipt.Stored());
  }
}
