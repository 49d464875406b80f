package io.tcgateway.application.service;

import static io.tcgateway.application.service.GatewayFixture.BRIDGE;
import static io.tcgateway.application.service.GatewayFixture.DEFAULT_TIMEOUT;
import static io.tcgateway.application.service.GatewayFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.error.InvalidRequestException;
import io.tcgateway.application.error.WalletFeatureMissingException;
import io.tcgateway.application.error.WalletNotConnectedException;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SentRequestResult;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.WalletBridge.OutgoingMessage;
import io.tcgateway.application.port.out.WalletBridge.SendOutcome;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.application.service.GatewayFixture.Connection;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** sendTransaction, and with it the path every request takes ({@link RequestSender}). */
class SendTransactionServiceTest {
  private static final UserFriendlyAddress RECIPIENT =
      new UserFriendlyAddress(Address.parse("0:" + "33".repeat(32)), true, false);
  private static final SessionOwner ALICE = SessionOwner.http("alice");

  private final GatewayFixture gateway = new GatewayFixture();

  private static TransactionPayload transfer(int messages) {
    List<TransactionMessage> list = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      list.add(TransactionMessage.of(RECIPIENT, Amount.of(1_000 + i)));
    }
    return TransactionPayload.ofMessages(
        OptionalLong.empty(), Optional.empty(), Optional.empty(), list);
  }

  private SentRequestResult send(SessionOwner owner, TransactionPayload payload) {
    return gateway.sendTransaction.sendTransaction(new SendTransactionCommand(owner, payload));
  }

  /** Nothing was spent, stored, sent or reported. */
  private void assertNothingHappened(Connection connection) {
    WalletSession stored = gateway.stored(connection);
    assertThat(stored.version()).isEqualTo(connection.session().version());
    assertThat(stored.nextRequestId()).isEqualTo(connection.session().nextRequestId());
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
    assertThat(gateway.events(connection.owner())).isEmpty();
    assertThat(gateway.notified).isEmpty();
  }

  // ---- who may send ----

  @Test
  void anOwnerWithoutASessionIsNotConnected() {
    assertThatThrownBy(() -> send(ALICE, transfer(1)))
        .isInstanceOf(WalletNotConnectedException.class);
    assertThat(gateway.bridge.sent()).isEmpty();
    assertThat(gateway.requests.all()).isEmpty();
  }

  @Test
  void anOwnerWhoseOfferIsStillPendingIsNotConnected() {
    WalletSession offer = gateway.offer(ALICE, List.of(BRIDGE), NOW.plusSeconds(300));
    assertThatThrownBy(() -> send(ALICE, transfer(1)))
        .isInstanceOf(WalletNotConnectedException.class);
    assertThat(gateway.sessions.findById(offer.id())).contains(offer);
    assertThat(gateway.bridge.sent()).isEmpty();
    assertThat(gateway.requests.all()).isEmpty();
  }

  @Test
  void anotherOwnersConnectionDoesNotCount() {
    gateway.connect(SessionOwner.http("bob"));
    assertThatThrownBy(() -> send(ALICE, transfer(1)))
        .isInstanceOf(WalletNotConnectedException.class);
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  // ---- what the wallet supports ----

  @Test
  void moreMessagesThanTheWalletAllowsAreNotSent() {
    Connection alice =
        gateway.connect(
            ALICE,
            List.of(
                new Feature.SendTransaction(
                    OptionalInt.of(2), Optional.empty(), Optional.empty())));
    assertThatThrownBy(() -> send(ALICE, transfer(3)))
        .isInstanceOf(WalletFeatureMissingException.class)
        .hasMessageContaining("2 messages");
    assertNothingHappened(alice);
  }

  @Test
  void extraCurrencyIsNotSentToAWalletThatDoesNotSupportIt() {
    Connection alice =
        gateway.connect(
            ALICE,
            List.of(
                new Feature.SendTransaction(
                    OptionalInt.of(4), Optional.of(false), Optional.empty())));
    TransactionPayload withExtra =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                new TransactionMessage(
                    RECIPIENT,
                    Amount.of(1),
                    Optional.empty(),
                    Optional.empty(),
                    ExtraCurrencies.of(Map.of("239", Amount.of(5))))));
    assertThatThrownBy(() -> send(ALICE, withExtra))
        .isInstanceOf(WalletFeatureMissingException.class)
        .hasMessageContaining("extra currency");
    assertNothingHappened(alice);
  }

  @Test
  void structuredItemsAreNotSentToAWalletWithoutThem() {
    Connection alice =
        gateway.connect(
            ALICE,
            List.of(
                new Feature.SendTransaction(
                    OptionalInt.of(4), Optional.empty(), Optional.of(List.of("ton")))));
    TransactionPayload jetton =
        TransactionPayload.ofItems(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                StructuredItem.Jetton.of(
                    WireAddress.raw(Address.parse("0:" + "55".repeat(32))),
                    WireAddress.friendly(RECIPIENT),
                    Amount.of(10))));
    assertThatThrownBy(() -> send(ALICE, jetton))
        .isInstanceOf(WalletFeatureMissingException.class)
        .hasMessageContaining("jetton");
    assertNothingHappened(alice);
  }

  @Test
  void aWalletWithoutSendTransactionGetsNone() {
    Connection alice = gateway.connect(ALICE, List.of(new Feature.SignData(List.of("text"))));
    assertThatThrownBy(() -> send(ALICE, transfer(1)))
        .isInstanceOf(WalletFeatureMissingException.class);
    assertNothingHappened(alice);
  }

  // ---- what the request may say ----

  @Test
  void anotherNetworkThanTheAccountsIsRefusedNamingTheField() {
    Connection alice = gateway.connect(ALICE);
    TransactionPayload testnet =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.of(Network.TESTNET),
            Optional.empty(),
            List.of(TransactionMessage.of(RECIPIENT, Amount.of(1))));
    assertThatThrownBy(() -> send(ALICE, testnet))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("network"));
    assertNothingHappened(alice);
  }

  @Test
  void anotherSenderThanTheAccountIsRefusedNamingTheField() {
    Connection alice = gateway.connect(ALICE);
    TransactionPayload fromElsewhere =
        TransactionPayload.ofMessages(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of(WireAddress.raw(Address.parse("0:" + "99".repeat(32)))),
            List.of(TransactionMessage.of(RECIPIENT, Amount.of(1))));
    assertThatThrownBy(() -> send(ALICE, fromElsewhere))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertNothingHappened(alice);
  }

  @Test
  void aValidUntilThatIsNotInTheFutureIsRefusedNamingTheField() {
    Connection alice = gateway.connect(ALICE);
    for (long validUntil : new long[] {NOW.getEpochSecond() - 1, NOW.getEpochSecond()}) {
      TransactionPayload late =
          TransactionPayload.ofMessages(
              OptionalLong.of(validUntil),
              Optional.empty(),
              Optional.empty(),
              List.of(TransactionMessage.of(RECIPIENT, Amount.of(1))));
      assertThatThrownBy(() -> send(ALICE, late))
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
    }
    assertNothingHappened(alice);
  }

  // ---- what is sent ----

  @Test
  void theAccountsAddressAndNetworkAndTheDeadlineAreFilledIn() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult result = send(ALICE, transfer(2));

    Instant deadline = NOW.plus(DEFAULT_TIMEOUT);
    assertThat(result.deadline()).isEqualTo(deadline);
    OutgoingMessage message = gateway.bridge.sent().getFirst();
    AppRequest opened = gateway.openAsWallet(alice, message);
    assertThat(opened)
        .isInstanceOfSatisfying(
            AppRequest.SendTransaction.class,
            tx -> {
              assertThat(tx.id()).isEqualTo(result.ref().requestId());
              assertThat(tx.payload().from()).contains(WireAddress.raw(gateway.address));
              assertThat(tx.payload().network()).contains(Network.MAINNET);
              assertThat(tx.payload().validUntil()).hasValue(deadline.getEpochSecond());
              assertThat(tx.payload().body()).isEqualTo(transfer(2).body());
            });
    assertThat(message.bridge()).isEqualTo(BRIDGE);
    assertThat(message.from()).isEqualTo(alice.session().clientId());
    assertThat(message.to()).isEqualTo(alice.walletKeys().publicKey());
    assertThat(message.topic()).contains("sendTransaction");
    assertThat(message.ttl()).isEqualTo(Duration.ofSeconds(300));
    assertThat(message.deadline()).isEqualTo(deadline);

    WalletRequest stored = gateway.requests.find(result.ref()).orElseThrow();
    assertThat(stored.request()).isEqualTo(opened);
    assertThat(stored.owner()).isEqualTo(ALICE);
    assertThat(stored.deadline()).isEqualTo(deadline);
    assertThat(stored.createdAt()).isEqualTo(NOW);
    assertThat(stored.status()).isEqualTo(new RequestStatus.Pending());
  }

  @Test
  void aValidUntilOfTheRequestIsItsDeadlineAndBoundsTheBridgeTtl() {
    Connection alice = gateway.connect(ALICE);
    long validUntil = NOW.getEpochSecond() + 60;
    TransactionPayload payload =
        TransactionPayload.ofMessages(
            OptionalLong.of(validUntil),
            Optional.of(Network.MAINNET),
            Optional.of(
                WireAddress.friendly(new UserFriendlyAddress(gateway.address, false, false))),
            List.of(TransactionMessage.of(RECIPIENT, Amount.of(1))));
    SentRequestResult result = send(ALICE, payload);

    assertThat(result.deadline()).isEqualTo(Instant.ofEpochSecond(validUntil));
    OutgoingMessage message = gateway.bridge.sent().getFirst();
    assertThat(message.ttl()).isEqualTo(Duration.ofSeconds(60));
    AppRequest.SendTransaction sent =
        (AppRequest.SendTransaction) gateway.openAsWallet(alice, message);
    assertThat(sent.payload()).isEqualTo(payload); // the caller's from form is kept
  }

  // ---- ids ----

  @Test
  void requestIdsIncreaseAndTheSessionAndRequestAreStoredBeforeTheWalletIsAsked() {
    Connection alice = gateway.connect(ALICE);
    List<String> problems = new ArrayList<>();
    gateway.bridge.onSend =
        message -> {
          AppRequest request = gateway.openAsWallet(alice, message);
          WalletSession stored = gateway.stored(alice);
          if (stored.nextRequestId() <= request.id().value()) {
            problems.add("session not saved past id " + request.id());
          }
          Optional<WalletRequest> pending =
              gateway.requests.find(
                  new io.tcgateway.domain.session.RequestRef(alice.id(), request.id()));
          if (pending.isEmpty() || !pending.get().isPending()) {
            problems.add("request " + request.id() + " not stored before it was sent");
          }
        };
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(send(ALICE, transfer(1)).ref().requestId().value());
    }
    assertThat(problems).isEmpty();
    assertThat(ids).containsExactly(0L, 1L, 2L);
    assertThat(gateway.stored(alice).nextRequestId()).isEqualTo(3);
    assertThat(gateway.bridge.sent())
        .extracting(m -> gateway.openAsWallet(alice, m).id().value())
        .containsExactly(0L, 1L, 2L);
  }

  @Test
  void aLostVersionRaceTakesTheNextIdFromTheFreshSession() {
    Connection alice = gateway.connect(ALICE);
    // Another gateway process takes id 0 just before this one saves.
    gateway.sessions.beforeNextSave(
        mine -> {
          WalletSession current = gateway.stored(alice);
          gateway.sessions.save(current.issueRequestId(NOW).session());
        });
    SentRequestResult result = send(ALICE, transfer(1));

    assertThat(result.ref().requestId().value()).isEqualTo(1);
    assertThat(gateway.stored(alice).nextRequestId()).isEqualTo(2);
    assertThat(gateway.bridge.sent())
        .singleElement()
        .extracting(m -> gateway.openAsWallet(alice, m).id().value())
        .isEqualTo(1L);
    assertThat(gateway.requests.all()).extracting(r -> r.ref()).containsExactly(result.ref());
  }

  @Test
  void aSessionThatKeepsChangingIsGivenUpAndNothingIsSent() {
    Connection alice = gateway.connect(ALICE);
    keepInterfering(alice, 10);
    assertThatThrownBy(() -> send(ALICE, transfer(1))).isInstanceOf(StaleSessionException.class);
    assertThat(gateway.requests.all()).isEmpty();
    assertThat(gateway.bridge.sent()).isEmpty();
  }

  /** Before each of the next {@code times} saves, another writer moves the session on. */
  private void keepInterfering(Connection connection, int times) {
    if (times == 0) {
      return;
    }
    gateway.sessions.beforeNextSave(
        mine -> {
          WalletSession current = gateway.stored(connection);
          gateway.sessions.save(current.walletEventSeen(current.lastWalletEventId(), NOW));
          keepInterfering(connection, times - 1);
        });
  }

  // ---- what the bridge says ----

  @Test
  void aDeliveredRequestStaysPendingAndReportsNothing() {
    Connection alice = gateway.connect(ALICE);
    SentRequestResult result = send(ALICE, transfer(1));
    assertThat(gateway.requests.find(result.ref()).orElseThrow().isPending()).isTrue();
    assertThat(gateway.events(ALICE)).isEmpty();
  }

  @Test
  void aRequestTheBridgeRefusesFails() {
    gateway.connect(ALICE);
    gateway.bridge.answerWith(new SendOutcome.Refused(400, "ttl too big"));
    SentRequestResult result = send(ALICE, transfer(1));
    assertFailed(result, "bridge-refused");
  }

  @Test
  void aRequestTheBridgeGaveUpOnFails() {
    gateway.connect(ALICE);
    gateway.bridge.answerWith(new SendOutcome.GaveUp(4, "503 Service Unavailable"));
    SentRequestResult result = send(ALICE, transfer(1));
    assertFailed(result, "bridge-unavailable");
  }

  @Test
  void aRequestWhoseSendFailsExceptionallyFails() {
    gateway.connect(ALICE);
    gateway.bridge.answer =
        message -> CompletableFuture.failedFuture(new BridgeUnavailableException("open", null));
    SentRequestResult result = send(ALICE, transfer(1));
    assertFailed(result, "bridge-unavailable");
  }

  @Test
  void aRequestWhoseSendThrowsFailsInsteadOfWaitingForItsDeadline() {
    gateway.connect(ALICE);
    gateway.bridge.answer =
        message -> {
          throw new IllegalStateException("the bridge client is shutting down");
        };
    SentRequestResult result = send(ALICE, transfer(1));
    assertFailed(result, "bridge-unavailable");
  }

  @Test
  void aBridgeOutcomeThatArrivesLaterFailsTheRequestThen() {
    gateway.connect(ALICE);
    CompletableFuture<SendOutcome> outcome = new CompletableFuture<>();
    gateway.bridge.answer = message -> outcome;
    SentRequestResult result = send(ALICE, transfer(1));
    assertThat(gateway.requests.find(result.ref()).orElseThrow().isPending()).isTrue();
    outcome.complete(new SendOutcome.GaveUp(9, "connection refused"));
    assertFailed(result, "bridge-unavailable");
  }

  private void assertFailed(SentRequestResult result, String code) {
    WalletRequest request = gateway.requests.find(result.ref()).orElseThrow();
    assertThat(request.status())
        .isInstanceOfSatisfying(
            RequestStatus.Failed.class,
            failed -> {
              assertThat(failed.code()).isEqualTo(code);
              assertThat(failed.walletCode()).isEqualTo(-1);
            });
    assertThat(gateway.events(ALICE))
        .singleElement()
        .isInstanceOfSatisfying(
            Event.RequestFailed.class,
            event -> {
              assertThat(event.ref()).isEqualTo(result.ref());
              assertThat(event.method()).isEqualTo(RpcMethod.SEND_TRANSACTION);
              assertThat(event.code()).isEqualTo(code);
            });
    assertThat(gateway.notified).hasSize(1);
  }
}
