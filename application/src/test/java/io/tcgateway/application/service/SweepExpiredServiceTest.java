package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.BRIDGE;
import static io.tcgateway.application.service.GatewayFixture.DEFAULT_TIMEOUT;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static io.tcgateway.application.service.GatewayFixture.OTHER_BRIDGE;
import static io.tcgateway.application.service.GatewayFixture.RETENTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Receipt;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase.Release;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.in.SweepExpiredResult;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ConnectEvent;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletResponse;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SweepExpiredServiceTest {
  private static final SessionOwner ALICE = SessionOwner.http("alice");
  private static final RpcResult.SentTransaction APPROVED =
      new RpcResult.SentTransaction(
          BocBase64.of(
              Bytes.wrap(BagOfCells.serialize(CellBuilder.beginCell().storeUint(7, 8).endCell()))));

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

  private RequestStatus status(SentRequestResult sent) {
    return gateway.requests.find(sent.ref()).orElseThrow().status();
  }

  private Receipt approve(Connection connection, SentRequestResult sent) {
    return gateway.answer(connection, new WalletResponse.Success(sent.ref().requestId(), APPROVED));
  }

  // ---- offers ----

  @Test
  void anOfferThatRanOutIsExpiredReportedAndReleasedOnce() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE, OTHER_BRIDGE), NOW.plusSeconds(300));
    gateway.clock.set(NOW.plusSeconds(300).minusMillis(1));
    assertThat(gateway.sweep.sweep().expiredConnections()).isZero();
    assertThat(gateway.sessions.findById(offer.id()).orElseThrow().state())
        .isInstanceOf(SessionState.Pending.class);

    gateway.clock.set(NOW.plusSeconds(300));
    assertThat(gateway.sweep.sweep().expiredConnections()).isEqualTo(1);
    assertThat(gateway.sessions.findById(offer.id()).orElseThrow().state())
        .isEqualTo(new SessionState.Expired(NOW.plusSeconds(300)));
    assertThat(gateway.events(ALICE)).containsExactly(new Event.ConnectionExpired(offer.id()));
    assertThat(gateway.notified).hasSize(1);
    assertThat(gateway.bridge.released())
        .containsExactly(
            new Release(BRIDGE, offer.clientId()), new Release(OTHER_BRIDGE, offer.clientId()));

    assertThat(gateway.sweep.sweep().expiredConnections()).isZero();
    assertThat(gateway.events(ALICE)).hasSize(1);
    assertThat(gateway.bridge.released()).hasSize(2);
  }

  @Test
  void anOfferAnsweredWhileTheSweepExpiresItStaysConnected() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE), NOW.plusSeconds(300));
    gateway.clock.set(NOW.plusSeconds(300));
    // The wallet's connect, made in time, is stored between the sweep's read and its write
    // (a connect handled at or after the expiry expires the offer itself).
    gateway.sessions.beforeNextSave(
        expiring -> {
          gateway.clock.set(NOW.plusSeconds(299));
          gateway.deliver(
              BRIDGE,
              offer,
              SessionKeyPair.generate(gateway.random),
              new ConnectEvent.Success(
                  1,
                  List.of(gateway.account()),
                  new DeviceInfo("ios", "simwallet", "1.0", 2, GatewayFixture.ALL_FEATURES),
                  Optional.empty()));
          gateway.clock.set(NOW.plusSeconds(300));
        });
    assertThat(gateway.sweep.sweep().expiredConnections()).isZero();
    assertThat(gateway.sessions.findById(offer.id()).orElseThrow().state())
        .isInstanceOf(SessionState.Connected.class);
    assertThat(gateway.events(ALICE)).singleElement().isInstanceOf(Event.Connected.class);
    assertThat(gateway.bridge.released()).isEmpty();
  }

  @Test
  void aConnectArrivingAfterTheOfferRanOutExpiresItInsteadOfConnecting() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE), NOW.plusSeconds(300));
    gateway.clock.set(NOW.plusSeconds(301));
    ReceiveBridgeEventUseCase.Receipt receipt =
        gateway.deliver(
            BRIDGE,
            offer,
            SessionKeyPair.generate(gateway.random),
            new ConnectEvent.Success(
                1,
                List.of(gateway.account()),
                new DeviceInfo("ios", "simwallet", "1.0", 2, GatewayFixture.ALL_FEATURES),
                Optional.empty()));
    assertThat(gateway.sessions.findById(offer.id()).orElseThrow().state())
        .isInstanceOf(SessionState.Expired.class);
    assertThat(gateway.events(ALICE)).singleElement().isInstanceOf(Event.ConnectionExpired.class);
    assertThat(receipt)
        .isEqualTo(
            new ReceiveBridgeEventUseCase.Receipt.Stored(
                List.of(new ReceiveBridgeEventUseCase.Release(BRIDGE, offer.clientId()))));
    assertThat(gateway.sweep.sweep().expiredConnections()).isZero();
  }

  @Test
  void oneSweepHandlesAtMostItsBatch() {
    SweepExpiredService small =
        new SweepExpiredService(
            gateway.sessions,
            gateway.requests,
            gateway.log,
            gateway.payloadStore,
            gateway.bridge,
            gateway.notifier,
            new SweepExpiredService.Settings(2, RETENTION),
            gateway.clock);
    for (String user : List.of("a", "b", "c")) {
      gateway.offer(SessionOwner.http(user), List.of(BRIDGE), NOW.plusSeconds(10));
    }
    gateway.clock.set(NOW.plusSeconds(10));
    assertThat(small.sweep().expiredConnections()).isEqualTo(2);
    assertThat(small.sweep().expiredConnections()).isEqualTo(1);
    assertThat(small.sweep().expiredConnections()).isZero();
  }

  // ---- requests ----

  @Test
  void anOverdueRequestIsExpiredAndReportedOnce() {
    gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    Instant deadline = NOW.plus(DEFAULT_TIMEOUT);
    gateway.clock.set(deadline.minusMillis(1));
    assertThat(gateway.sweep.sweep().expiredRequests()).isZero();
    assertThat(status(sent)).isEqualTo(new RequestStatus.Pending());

    gateway.clock.set(deadline);
    assertThat(gateway.sweep.sweep().expiredRequests()).isEqualTo(1);
    assertThat(status(sent)).isEqualTo(new RequestStatus.Expired(deadline));
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestExpired(sent.ref(), RpcMethod.SEND_TRANSACTION));
    assertThat(gateway.sweep.sweep().expiredRequests()).isZero();
    assertThat(gateway.events(ALICE)).hasSize(1);
  }

  @Test
  void whenTheSweepExpiresARequestWhileItsAnswerIsHandledTheAnswerIsADuplicate() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    gateway.clock.set(NOW.plus(DEFAULT_TIMEOUT));
    gateway.requests.beforeNextReplace(answering -> gateway.sweep.sweep());

    assertThat(approve(alice, sent)).isEqualTo(new Receipt.Duplicate());
    assertThat(status(sent)).isInstanceOf(RequestStatus.Expired.class);
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestExpired(sent.ref(), RpcMethod.SEND_TRANSACTION));
  }

  @Test
  void whenTheAnswerIsStoredWhileTheSweepExpiresTheRequestTheSweepChangesNothing() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    gateway.clock.set(NOW.plus(DEFAULT_TIMEOUT));
    gateway.requests.beforeNextReplace(expiring -> approve(alice, sent));

    SweepExpiredResult result = gateway.sweep.sweep();
    assertThat(result.expiredRequests()).isZero();
    assertThat(status(sent)).isInstanceOf(RequestStatus.Completed.class);
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestCompleted(sent.ref(), RpcMethod.SEND_TRANSACTION));
  }

  @Test
  void anAnswerAndTheSweepRacingGiveExactlyOneOutcomeAndEvent() throws Exception {
    Connection alice = gateway.connect(ALICE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 25; round++) {
        gateway.clock.set(NOW);
        SentRequestResult sent = sendTransaction();
        gateway.clock.set(NOW.plus(DEFAULT_TIMEOUT));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> racers = new ArrayList<>();
        racers.add(
            pool.submit(
                () -> {
                  start.await();
                  return gateway.sweep.sweep();
                }));
        racers.add(
            pool.submit(
                () -> {
                  start.await();
                  return approve(alice, sent);
                }));
        start.countDown();
        for (Future<?> racer : racers) {
          racer.get(1, TimeUnit.MINUTES); // a safety net, not a timing assertion
        }
        RequestStatus outcome = status(sent);
        List<Event> aboutIt =
            gateway.events(ALICE).stream()
                .filter(e -> e instanceof Event.RequestEvent r && r.ref().equals(sent.ref()))
                .toList();
        assertThat(aboutIt).as("round " + round).hasSize(1);
        assertThat(aboutIt.getFirst())
            .isEqualTo(
                outcome instanceof RequestStatus.Completed
                    ? new Event.RequestCompleted(sent.ref(), RpcMethod.SEND_TRANSACTION)
                    : new Event.RequestExpired(sent.ref(), RpcMethod.SEND_TRANSACTION));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- retention ----

  @Test
  void finishedRequestsOldEventsAndUsedPayloadsArePurgedAfterTheRetention() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult answered = sendTransaction();
    approve(alice, answered);
    SentRequestResult unanswered = sendTransaction();
    gateway.payloadStore.consume("payload-1", NOW.plus(RETENTION));

    gateway.clock.set(NOW.plus(RETENTION).minusSeconds(1));
    assertThat(gateway.sweep.sweep().purged()).isZero();
    assertThat(status(unanswered)).isInstanceOf(RequestStatus.Expired.class);

    gateway.clock.set(NOW.plus(RETENTION).plusSeconds(1));
    SweepExpiredResult result = gateway.sweep.sweep();
    // The answered request, its event and the payload id; the request expired an hour ago stays.
    assertThat(result.purged()).isEqualTo(3);
    assertThat(gateway.requests.find(answered.ref())).isEmpty();
    assertThat(gateway.requests.find(unanswered.ref()).map(WalletRequest::status))
        .containsInstanceOf(RequestStatus.Expired.class);
    assertThat(gateway.events(ALICE))
        .containsExactly(new Event.RequestExpired(unanswered.ref(), RpcMethod.SEND_TRANSACTION));
    assertThat(gateway.usedPayloads).isEmpty();
  }

  @Test
  void theRetentionCountsFromWhenARequestFinishedNotFromWhenItWasSent() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult sent = sendTransaction();
    gateway.clock.set(NOW.plus(Duration.ofMinutes(4)));
    approve(alice, sent);
    gateway.clock.set(NOW.plus(RETENTION).plusSeconds(1));
    gateway.sweep.sweep();
    assertThat(gateway.requests.find(sent.ref())).isPresent();
  }
}
