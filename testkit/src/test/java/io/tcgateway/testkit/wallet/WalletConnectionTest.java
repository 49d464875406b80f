package io.tcgateway.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellSlice;
import io.tcgateway.domain.ton.cell.TextComment;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wallet against a bridge: the test plays the app (links, encryption and JSON exactly as the
 * SDK), a {@link FakeBridge} relays.
 */
class WalletConnectionTest {
  static final Duration WAIT = TestApp.WAIT;
  static final UserFriendlyAddress TO =
      UserFriendlyAddress.parse("EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n");
  static final ProofPolicy POLICY = ProofPolicy.forDomains(Set.of("example.com"));

  private final FakeBridge bridge = FakeBridge.start();
  private final MutableClock clock = new MutableClock(SimulatedWalletTest.NOW);
  private final TestApp app = new TestApp(bridge, 7);

  @AfterEach
  void stop() {
    bridge.close();
  }

  private SimulatedWallet wallet(WalletContract contract) {
    return SimulatedWallet.builder(SimulatedWalletTest.SEED, contract)
        .clock(clock)
        .random(new Random(11))
        .bridge(bridge.url())
        .retryDelay(Duration.ofMillis(50))
        .build();
  }

  private static TransactionPayload transfer(String comment) {
    return TransactionPayload.ofMessages(
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            new TransactionMessage(
                TO,
                Amount.of(20_000_000L),
                Optional.of(new BocBase64(TextComment.of(comment).toBase64())),
                Optional.empty(),
                io.tcgateway.domain.protocol.ExtraCurrencies.none())));
  }

  static Stream<Arguments> links() {
    return Stream.of(
            "https://app.tonkeeper.com/ton-connect",
            "tc://",
            "tonkeeper-tc://",
            "https://t.me/wallet?attach=wallet")
        .flatMap(
            link ->
                Stream.of(WalletContract.V4R2, WalletContract.V5R1)
                    .map(contract -> Arguments.of(link, contract)));
  }

  @ParameterizedTest
  @MethodSource("links")
  void connectsThroughEveryLinkFormWithAVerifiableProof(
      String walletLink, WalletContract contract) {
    SimulatedWallet wallet = wallet(contract);
    String link = app.link(walletLink, Optional.of("server-nonce-1"));

    try (WalletConnection connection = wallet.connect(link, ConnectAnswer.approve())) {
      FakeBridge.Posted posted = bridge.awaitPostedTo(app.clientId(), 0, WAIT);
      WalletMessage message = app.receive(0);

      assertThat(posted.from()).isEqualTo(connection.clientId().clientId());
      assertThat(posted.ttl()).isEqualTo(300);
      assertThat(posted.traceId()).contains(TestApp.TRACE_ID);
      assertThat(connection.appClientId().clientId()).isEqualTo(app.clientId());
      assertThat(connection.appDomain()).isEqualTo("example.com");
      assertThat(connection.isListening()).isTrue();
      assertThat(message).isInstanceOf(ConnectEvent.Success.class);
      ConnectEvent.Success event = (ConnectEvent.Success) message;
      assertThat(event).isEqualTo(connection.connectEvent().orElseThrow());
      Verification verdict =
          new TonProofVerifier(POLICY, (payload, now) -> payload.equals("server-nonce-1"))
              .verify(
                  TonProofSubmission.of(event.tonAddress(), event.tonProof().orElseThrow()),
                  SimulatedWalletTest.NOW);
      assertThat(verdict)
          .isEqualTo(new Verification.Valid(wallet.address(), wallet.publicKey(), contract));
    }
  }

  @Test
  void approvesATransactionAndSignsDataOverTheBridge() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.of("p")), ConnectAnswer.approve())) {
      ConnectEvent.Success connected = (ConnectEvent.Success) app.receive(0);
      Verification.Valid signer =
          (Verification.Valid)
              new TonProofVerifier(POLICY, ProofPayloadCheck.ACCEPT_ANY)
                  .verify(
                      TonProofSubmission.of(
                          connected.tonAddress(), connected.tonProof().orElseThrow()),
                      SimulatedWalletTest.NOW);
      SessionPublicKey walletId = connection.clientId();

      app.send(walletId, new AppRequest.SendTransaction(RequestId.of(0), transfer("pay")));
      IncomingRequest tx = connection.nextRequest(WAIT).orElseThrow();
      assertThat(tx.id()).isEqualTo(RequestId.of(0));
      assertThat(tx.request()).isInstanceOf(AppRequest.SendTransaction.class);
      connection.approve(tx);
      WalletResponse txAnswer =
          app.codec.typeResponse((WalletResponse) app.receive(1), RpcMethod.SEND_TRANSACTION);

      SignDataPayload.Cell sent =
          SignDataPayload.Cell.of(
              "comment#00000000 text:SnakeData = InMsgBody;",
              new BocBase64(TextComment.of("hello").toBase64()));
      app.send(walletId, new AppRequest.SignData(RequestId.of(1), sent));
      connection.approve(connection.nextRequest(WAIT).orElseThrow());
      WalletResponse signAnswer =
          app.codec.typeResponse((WalletResponse) app.receive(2), RpcMethod.SIGN_DATA);

      assertThat(txAnswer.id()).isEqualTo(RequestId.of(0));
      RpcResult.SentTransaction sentTx =
          (RpcResult.SentTransaction) ((WalletResponse.Success) txAnswer).result();
      CellSlice external =
          BagOfCells.deserializeSingleRoot(sentTx.boc().bytes().toByteArray()).beginParse();
      assertThat(external.loadUint(2)).isEqualTo(0b10);
      assertThat(external.loadMaybeAddress()).isEmpty();
      assertThat(external.loadAddress()).isEqualTo(wallet.address());
      assertThat(wallet.seqno()).isEqualTo(1);

      SignDataResult result = (SignDataResult) ((WalletResponse.Success) signAnswer).result();
      assertThat(result.domain()).isEqualTo("example.com");
      assertThat(new SignDataVerifier(POLICY).verify(result, signer, sent, SimulatedWalletTest.NOW))
          .isEqualTo(signer);
      assertThat(connection.answered())
          .extracting(AnsweredRequest::reaction)
          .containsExactly(WalletPolicy.Reaction.APPROVE, WalletPolicy.Reaction.APPROVE);
    }
  }

  @Test
  void declinedConnectIsConnectError300AndDoesNotListen() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);

    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.decline())) {
      WalletMessage message = app.receive(0);

      assertThat(message).isInstanceOf(ConnectEvent.Error.class);
      assertThat(((ConnectEvent.Error) message).code()).isEqualTo(300);
      assertThat(connection.isListening()).isFalse();
      assertThat(bridge.subscriptions()).isEmpty();
    }
  }

  @Test
  void silentConnectSendsNothing() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);

    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.of("p")), ConnectAnswer.silent())) {
      assertThat(connection.connectEvent()).isEmpty();
      assertThat(connection.isListening()).isFalse();
      assertThat(bridge.posted()).isEmpty();
    }
  }

  @Test
  void declinesWith300AndIgnoresSilently() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);
    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve())) {
      app.receive(0);

      app.send(
          connection.clientId(), new AppRequest.SendTransaction(RequestId.of(0), transfer("a")));
      connection.ignore(connection.nextRequest(WAIT).orElseThrow());
      app.send(
          connection.clientId(),
          new AppRequest.SignData(RequestId.of(1), SignDataPayload.Text.of("sign me")));
      connection.decline(connection.nextRequest(WAIT).orElseThrow());
      WalletMessage answer = app.receive(1);

      assertThat(answer).isInstanceOf(WalletResponse.Error.class);
      WalletResponse.Error error = (WalletResponse.Error) answer;
      assertThat(error.id()).as("the ignored request got no answer").isEqualTo(RequestId.of(1));
      assertThat(error.error().kind()).isEqualTo(WalletErrorCode.USER_REJECTS);
      assertThat(bridge.postedTo(app.clientId())).hasSize(2);
      assertThat(wallet.seqno()).isZero();
    }
  }

  @Test
  void walletInitiatedDisconnectSendsTheEventAndStopsListening() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve());
    ConnectEvent.Success connected = (ConnectEvent.Success) app.receive(0);

    DisconnectEvent sent = connection.disconnect();
    WalletMessage received = app.receive(1);

    assertThat(received).isEqualTo(sent);
    assertThat(sent.id()).isGreaterThan(connected.id());
    assertThat(bridge.postedTo(app.clientId()).get(1).topic()).contains("disconnect");
    assertThat(connection.isListening()).isFalse();
    assertThat(connection.isDisconnected()).isTrue();
    Eventually.await("the wallet's stream closed", WAIT, () -> bridge.liveStreams() == 0);
    connection.close();
  }

  @Test
  void answersByPolicyInAutomaticMode() {
    SimulatedWallet wallet = wallet(WalletContract.V5R1);
    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve())) {
      app.receive(0);
      connection.answerAutomatically(
          WalletPolicy.approveAll()
              .with(RpcMethod.SIGN_DATA, WalletPolicy.Reaction.DECLINE)
              .with(RpcMethod.SIGN_MESSAGE, WalletPolicy.Reaction.SILENT));

      app.send(connection.clientId(), new AppRequest.SignMessage(RequestId.of(0), transfer("m")));
      app.send(
          connection.clientId(),
          new AppRequest.SignData(RequestId.of(1), SignDataPayload.Text.of("t")));
      app.send(
          connection.clientId(), new AppRequest.SendTransaction(RequestId.of(2), transfer("t")));
      WalletMessage first = app.receive(1);
      WalletMessage second = app.receive(2);
      app.send(connection.clientId(), new AppRequest.Disconnect(RequestId.of(3)));
      WalletMessage third = app.receive(3);

      assertThat(((WalletResponse) first).id()).isEqualTo(RequestId.of(1));
      assertThat(((WalletResponse.Error) first).error().code()).isEqualTo(300);
      assertThat(((WalletResponse) second).id()).isEqualTo(RequestId.of(2));
      assertThat(second).isInstanceOf(WalletResponse.Success.class);
      assertThat(third)
          .isEqualTo(new WalletResponse.Success(RequestId.of(3), new RpcResult.Untyped("{}")));
      Eventually.await("the app's disconnect ended the session", WAIT, connection::isDisconnected);
      assertThat(connection.answered())
          .extracting(AnsweredRequest::reaction)
          .containsExactly(
              WalletPolicy.Reaction.SILENT,
              WalletPolicy.Reaction.DECLINE,
              WalletPolicy.Reaction.APPROVE,
              WalletPolicy.Reaction.APPROVE);
      assertThatThrownBy(() -> connection.nextRequest(Duration.ZERO))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void reconnectsWithTheLastEventIdAndMissesNothing() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve())) {
      app.receive(0);
      app.send(
          connection.clientId(), new AppRequest.SendTransaction(RequestId.of(0), transfer("1")));
      IncomingRequest first = connection.nextRequest(WAIT).orElseThrow();

      bridge.dropStreams();
      app.send(
          connection.clientId(), new AppRequest.SendTransaction(RequestId.of(1), transfer("2")));
      IncomingRequest second = connection.nextRequest(WAIT).orElseThrow();

      assertThat(second.id()).isEqualTo(RequestId.of(1));
      assertThat(connection.nextRequest(Duration.ofMillis(300))).as("no replay").isEmpty();
      assertThat(connection.bridgeConnections()).isGreaterThanOrEqualTo(2);
      assertThat(bridge.subscriptions())
          .last()
          .extracting(FakeBridge.Subscribed::lastEventId)
          .isEqualTo(Optional.of(first.eventId().value()));
    }
  }

  @Test
  void dropsStaleIdsAndStrangersAndAnswersUnknownMethodsWith400() {
    SimulatedWallet wallet = wallet(WalletContract.V4R2);
    try (WalletConnection connection =
        wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve())) {
      app.receive(0);
      SessionPublicKey walletId = connection.clientId();

      app.send(walletId, new AppRequest.SendTransaction(RequestId.of(5), transfer("a")));
      app.send(walletId, new AppRequest.SendTransaction(RequestId.of(3), transfer("stale")));
      new TestApp(bridge, 99).send(walletId, new AppRequest.Disconnect(RequestId.of(9)));
      app.post(walletId, "{\"method\":\"transferEverything\",\"params\":[],\"id\":\"6\"}", "x");
      app.send(walletId, new AppRequest.SendTransaction(RequestId.of(7), transfer("b")));

      assertThat(connection.nextRequest(WAIT).orElseThrow().id()).isEqualTo(RequestId.of(5));
      assertThat(connection.nextRequest(WAIT).orElseThrow().id()).isEqualTo(RequestId.of(7));
      WalletMessage unknown = app.receive(1);
      assertThat(((WalletResponse.Error) unknown).id()).isEqualTo(RequestId.of(6));
      assertThat(((WalletResponse.Error) unknown).error().kind())
          .isEqualTo(WalletErrorCode.METHOD_NOT_SUPPORTED);
      assertThat(connection.droppedMessages()).isEqualTo(3);
    }
  }

  @Test
  void connectWithoutABridgeIsRefused() {
    SimulatedWallet wallet =
        SimulatedWallet.builder(SimulatedWalletTest.SEED, WalletContract.V4R2).build();

    assertThatThrownBy(
            () -> wallet.connect(app.link("tc://", Optional.empty()), ConnectAnswer.approve()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnreachableBridgeFailsTheConnect() {
    SimulatedWallet wallet =
        SimulatedWallet.builder(SimulatedWalletTest.SEED, WalletContract.V4R2)
            .bridge(bridge.url())
            .retryDelay(Duration.ofMillis(10))
            .openTimeout(Duration.ofMillis(300))
            .build();
    String link = app.link("tc://", Optional.empty());
    bridge.close();

    assertThatThrownBy(() -> wallet.connect(link, ConnectAnswer.approve()))
        .isInstanceOf(SimulatedWalletException.class);
    assertThatThrownBy(() -> wallet.connect(link, ConnectAnswer.decline()))
        .isInstanceOf(SimulatedWalletException.class);
  }
}
