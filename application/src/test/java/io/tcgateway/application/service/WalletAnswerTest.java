package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.DOMAIN;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Ed25519KeyPair;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A wallet's answer to a stored request ({@link ReceiveBridgeEventService}): matched by id, typed
 * by the stored method, signData verified, reported exactly once.
 */
class WalletAnswerTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private static final BocBase64 BOC =
      BocBase64.of(
          Bytes.wrap(
              BagOfCells.serialize(CellBuilder.beginCell().storeUint(0xC0FFEE, 32).endCell())));

  private final GatewayFixture gateway = new GatewayFixture();
  private final Connection alice = gateway.connect(ALICE);

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

  private SentRequestResult signData(SignDataPayload payload) {
    return gateway.signData.signData(new SignDataCommand(ALICE, payload));
  }

  /** What the gateway sent for {@code result} (with the defaults it filled in). */
  private SignDataPayload sentPayload(SentRequestResult result) {
    WalletRequest request = gateway.requests.find(result.ref()).orElseThrow();
    return ((io.tcgateway.domain.protocol.AppRequest.SignData) request.request()).payload();
  }

  private RequestStatus status(SentRequestResult result) {
    return gateway.requests.find(result.ref()).orElseThrow().status();
  }

  private Receipt success(SentRequestResult result, RpcResult answer) {
    return gateway.answer(alice, new WalletResponse.Success(result.ref().requestId(), answer));
  }

  private Receipt error(SentRequestResult result, int code, String message) {
    return gateway.answer(
        alice,
        new WalletResponse.Error(
            result.ref().requestId(), new WalletError(code, message, Optional.empty())));
  }

  // ---- sendTransaction ----

  @Test
  void anApprovedTransactionCompletesWithItsBoc() {
    SentRequestResult sent = sendTransaction();
    gateway.clock.advance(Duration.ofSeconds(3));
    assertThat(success(sent, new RpcResult.SentTransaction(BOC))).isEqualTo(new Receipt.Stored());
    assertThat(status(sent))
        .isEqualTo(
            new RequestStatus.Completed(new RpcResult.SentTransaction(BOC), NOW.plusSeconds(3)));
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestCompleted(sent.ref(), RpcMethod.SEND_TRANSACTION));
    assertThat(gateway.notified).hasSize(1);
  }

  @Test
  void codeThreeHundredRejects() {
    SentRequestResult sent = sendTransaction();
    assertThat(error(sent, 300, "User declined")).isEqualTo(new Receipt.Stored());
    assertThat(status(sent))
        .isEqualTo(
            new RequestStatus.Rejected(
                new WalletError(300, "User declined", Optional.empty()), NOW));
    assertThat(gateway.events(ALICE))
        .containsExactly(
            new Event.RequestRejected(
                sent.ref(), RpcMethod.SEND_TRANSACTION, 300, "User declined"));
  }

  @Test
  void otherWalletErrorsFailWithTheirCode() {
    for (int code : new int[] {0, 1, 100, 400}) {
      SentRequestResult sent = sendTransaction();
      error(sent, code, "error " + code);
      assertThat(status(sent))
          .isEqualTo(new RequestStatus.Failed("wallet-" + code, code, "error " + code, NOW));
      assertThat(gateway.events(ALICE))
          .last()
          .isEqualTo(
              new Event.RequestFailed(
                  sent.ref(), RpcMethod.SEND_TRANSACTION, "wallet-" + code, "error " + code));
    }
  }

  @Test
  void aResultOfTheWrongShapeFails() {
    SentRequestResult sent = sendTransaction();
    success(sent, new RpcResult.Untyped("{\"internalBoc\":\"x\"}"));
    assertThat(status(sent))
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class, f -> assertThat(f.code()).isEqualTo("malformed-result"));
  }

  @Test
  void aResultTypedForAnotherMethodFailsAndIsNeverCompletedUnverified() {
    SentRequestResult signData = signData(SignDataPayload.Text.of("hi"));
    success(signData, new RpcResult.SentTransaction(BOC));
    assertThat(status(signData))
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class, f -> assertThat(f.code()).isEqualTo("malformed-result"));
    SentRequestResult transaction = sendTransaction();
    success(transaction, new RpcResult.SignedMessage(BOC));
    assertThat(status(transaction))
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class, f -> assertThat(f.code()).isEqualTo("malformed-result"));
    SentRequestResult other = sendTransaction();
    success(other, gateway.signDataResult(SignDataPayload.Text.of("hi")));
    assertThat(status(other))
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class, f -> assertThat(f.code()).isEqualTo("malformed-result"));
  }

  @Test
  void aSignedMessageCompletes() {
    SentRequestResult sent =
        gateway.signMessage.signMessage(
            new SignMessageCommand(
                ALICE,
                TransactionPayload.ofMessages(
                    OptionalLong.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(
                        TransactionMessage.of(
                            new UserFriendlyAddress(
                                Address.parse("0:" + "33".repeat(32)), true, false),
                            Amount.of(1))))));
    success(sent, new RpcResult.SignedMessage(BOC));
    assertThat(status(sent))
        .isEqualTo(new RequestStatus.Completed(new RpcResult.SignedMessage(BOC), NOW));
  }

  // ---- signData ----

  @Test
  void aCorrectlySignedResultCompletesForEveryPayloadType() {
    List<SignDataPayload> payloads =
        List.of(
            SignDataPayload.Text.of("I agree to the terms \u2713"),
            SignDataPayload.Binary.of(Bytes.wrap(new byte[] {0, 1, 2, 3, (byte) 0xfe})),
            SignDataPayload.Cell.of("message#_ value:uint32 = Message;", BOC));
    for (SignDataPayload payload : payloads) {
      SentRequestResult sent = signData(payload);
      SignDataResult result = gateway.signDataResult(sentPayload(sent));
      assertThat(success(sent, result)).isEqualTo(new Receipt.Stored());
      assertThat(status(sent)).isEqualTo(new RequestStatus.Completed(result, NOW));
      assertThat(gateway.events(ALICE))
          .last()
          .isEqualTo(new Event.RequestCompleted(sent.ref(), RpcMethod.SIGN_DATA));
    }
  }

  @Test
  void aSignatureByAnotherKeyFails() {
    SentRequestResult sent = signData(SignDataPayload.Text.of("hi"));
    Ed25519KeyPair other =
        Ed25519KeyPair.fromSeed(
            new byte[] {
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
              17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
            });
    success(
        sent,
        gateway.signDataResult(
            other, gateway.address, DOMAIN, NOW.getEpochSecond(), sentPayload(sent)));
    assertFailed(sent, "signature-invalid");
  }

  @Test
  void aSignatureOverOtherDataThanWasSentFails() {
    SentRequestResult sent = signData(SignDataPayload.Text.of("pay 1 TON"));
    success(sent, gateway.signDataResult(SignDataPayload.Text.of("pay 1000 TON")));
    assertFailed(sent, "payload-mismatch");
  }

  @Test
  void aSignatureForAnotherDomainFails() {
    SentRequestResult sent = signData(SignDataPayload.Text.of("hi"));
    success(
        sent,
        gateway.signDataResult(
            gateway.signer,
            gateway.address,
            "evil.example",
            NOW.getEpochSecond(),
            sentPayload(sent)));
    assertFailed(sent, "domain-not-allowed");
  }

  @Test
  void aSignatureForAnotherAddressFails() {
    SentRequestResult sent = signData(SignDataPayload.Text.of("hi"));
    success(
        sent,
        gateway.signDataResult(
            gateway.signer,
            Address.parse("0:" + "44".repeat(32)),
            DOMAIN,
            NOW.getEpochSecond(),
            sentPayload(sent)));
    assertFailed(sent, "address-mismatch");
  }

  @Test
  void aStaleSignatureFails() {
    SentRequestResult sent = signData(SignDataPayload.Text.of("hi"));
    success(
        sent,
        gateway.signDataResult(
            gateway.signer,
            gateway.address,
            DOMAIN,
            NOW.minus(Duration.ofHours(1)).getEpochSecond(),
            sentPayload(sent)));
    assertFailed(sent, "timestamp-expired");
  }

  private void assertFailed(SentRequestResult sent, String code) {
    assertThat(status(sent))
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class,
            failed -> {
              assertThat(failed.code()).isEqualTo(code);
              assertThat(failed.walletCode()).isEqualTo(-1);
            });
    assertThat(gateway.events(ALICE))
        .singleElement()
        .isInstanceOfSatisfying(
            Event.RequestFailed.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  // ---- matching and replays ----

  @Test
  void anAnswerToAnUnknownIdIsDropped() {
    sendTransaction();
    Receipt receipt =
        gateway.answer(
            alice,
            new WalletResponse.Success(RequestId.of(77), new RpcResult.SentTransaction(BOC)));
    assertThat(receipt).isEqualTo(new Receipt.Dropped("unknown-request"));
    assertThat(gateway.events(ALICE)).isEmpty();
  }

  @Test
  void anAnswerIsMatchedInItsOwnSessionOnly() {
    Connection bob = gateway.connect(SessionOwner.http("bob"));
    SentRequestResult alices = sendTransaction();
    // Bob's wallet answers id 0 in Bob's session, which has no request 0.
    Receipt receipt =
        gateway.answer(
            bob,
            new WalletResponse.Success(
                alices.ref().requestId(), new RpcResult.SentTransaction(BOC)));
    assertThat(receipt).isEqualTo(new Receipt.Dropped("unknown-request"));
    assertThat(status(alices)).isEqualTo(new RequestStatus.Pending());
  }

  @Test
  void theSameAnswerTwiceIsADuplicateReportedOnce() {
    SentRequestResult sent = sendTransaction();
    assertThat(success(sent, new RpcResult.SentTransaction(BOC))).isEqualTo(new Receipt.Stored());
    gateway.clock.advance(Duration.ofSeconds(1));
    assertThat(success(sent, new RpcResult.SentTransaction(BOC)))
        .isEqualTo(new Receipt.Duplicate());
    assertThat(error(sent, 300, "changed my mind")).isEqualTo(new Receipt.Duplicate());
    assertThat(status(sent))
        .isEqualTo(new RequestStatus.Completed(new RpcResult.SentTransaction(BOC), NOW));
    assertThat(gateway.events(ALICE)).hasSize(1);
    assertThat(gateway.notified).hasSize(1);
  }

  @Test
  void anAnswerAfterACrashBetweenStoringTheOutcomeAndLoggingItLogsTheEventOnce() {
    SentRequestResult sent = sendTransaction();
    WalletRequest pending = gateway.requests.find(sent.ref()).orElseThrow();
    // The first handling stored the outcome, then the process died before the event was logged.
    WalletRequest finished =
        pending.finish(new RequestStatus.Completed(new RpcResult.SentTransaction(BOC), NOW));
    assertThat(gateway.requests.replace(finished)).isTrue();
    assertThat(gateway.events(ALICE)).isEmpty();

    // The bridge replays the answer after the restart.
    assertThat(success(sent, new RpcResult.SentTransaction(BOC)))
        .isEqualTo(new Receipt.Duplicate());
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestCompleted(sent.ref(), RpcMethod.SEND_TRANSACTION));
    assertThat(success(sent, new RpcResult.SentTransaction(BOC)))
        .isEqualTo(new Receipt.Duplicate());
    assertThat(gateway.events(ALICE)).hasSize(1);
    assertThat(gateway.notified).hasSize(1);
  }

  @Test
  void anAnswerFromAnotherKeyThanThePinnedWalletIsNotHeard() {
    SentRequestResult sent = sendTransaction();
    Receipt receipt =
        gateway.deliver(
            GatewayFixture.BRIDGE,
            alice.session(),
            io.tcgateway.domain.crypto.SessionKeyPair.generate(gateway.random),
            new WalletResponse.Success(sent.ref().requestId(), new RpcResult.SentTransaction(BOC)));
    assertThat(receipt).isEqualTo(new Receipt.Dropped("no-addressee"));
    assertThat(status(sent)).isEqualTo(new RequestStatus.Pending());
  }

  @Test
  void aBridgeFailureReportedAfterTheWalletAnsweredChangesNothing() {
    java.util.concurrent.CompletableFuture<
            io.tcgateway.application.port.out.WalletBridge.SendOutcome>
        outcome = new java.util.concurrent.CompletableFuture<>();
    gateway.bridge.answer = message -> outcome;
    SentRequestResult sent = sendTransaction();
    success(sent, new RpcResult.SentTransaction(BOC));
    outcome.complete(
        new io.tcgateway.application.port.out.WalletBridge.SendOutcome.GaveUp(3, "timeout"));
    assertThat(status(sent))
        .isEqualTo(new RequestStatus.Completed(new RpcResult.SentTransaction(BOC), NOW));
    assertThat(gateway.events(ALICE)).hasSize(1);
  }

  @Test
  void theAnswerToARequestStoredByAnotherProcessIsMatched() {
    // Sent by this gateway, then answered to a second one that shares the stores (or after a
    // restart): nothing but the stores is needed to match it.
    SentRequestResult sent = sendTransaction();
    ReceiveBridgeEventService restarted = gateway.newReceiver(new SessionBoxes());
    Receipt receipt =
        gateway.deliver(
            restarted,
            GatewayFixture.BRIDGE,
            alice.session(),
            alice.walletKeys(),
            new WalletResponse.Success(sent.ref().requestId(), new RpcResult.SentTransaction(BOC)));
    assertThat(receipt).isEqualTo(new Receipt.Stored());
    assertThat(status(sent))
        .isEqualTo(new RequestStatus.Completed(new RpcResult.SentTransaction(BOC), NOW));
  }
}
