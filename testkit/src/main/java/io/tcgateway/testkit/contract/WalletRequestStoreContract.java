package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.QueryId;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.testkit.MutableClock;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WalletRequestStore} must do: every request kind and outcome read back equal,
 * single insert per reference, compare-and-set replace (exactly one of concurrent finishers wins),
 * the pending and overdue queries, and the retention purge. Extend it and return a fresh, empty
 * store from {@link #newStore()}; PostgreSQL and Redis subclasses fail when their service is
 * unreachable.
 *
 * <p>Times carry microseconds (PostgreSQL's timestamp precision), and a store must keep at least
 * that much. They lie in the past of the wall clock: a store that needs the time (to set TTLs, say)
 * must take {@link #clock}, which the tests keep at the instant they act at.
 */
public abstract class WalletRequestStoreContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");
  private static final int RACERS = 8;

  protected static final Address ACCOUNT = Address.parse("0:" + "22".repeat(32));
  private static final UserFriendlyAddress RECIPIENT =
      new UserFriendlyAddress(Address.parse("0:" + "33".repeat(32)), true, false);

  /** The time a store that needs one must use. */
  protected final MutableClock clock = new MutableClock(T0);

  private final SplittableRandom random = new SplittableRandom(23);
  protected final SessionId sessionA = SessionId.random(random);
  protected final SessionId sessionB = SessionId.random(random);
  protected final SessionOwner alice = SessionOwner.http("alice");
  protected final SessionOwner bob = SessionOwner.http("bob");
  protected WalletRequestStore store;

  /** A fresh store with no requests. */
  protected abstract WalletRequestStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  // ---- fixtures ----

  /** A one-root BoC that differs for each {@code n}. */
  protected static BocBase64 boc(int n) {
    return BocBase64.of(
        Bytes.wrap(BagOfCells.serialize(CellBuilder.beginCell().storeUint(n, 32).endCell())));
  }

  /** A pending request of {@code owner} in {@code session}, version 0. */
  protected static WalletRequest pending(
      SessionId session,
      SessionOwner owner,
      AppRequest request,
      Instant createdAt,
      Instant deadline) {
    return new WalletRequest(
        new RequestRef(session, request.id()),
        owner,
        request,
        new RequestStatus.Pending(),
        createdAt,
        deadline,
        0);
  }

  /** A pending plain transfer with id {@code id}, created at {@code createdAt}. */
  protected static WalletRequest pending(
      SessionId session, SessionOwner owner, long id, Instant createdAt, Instant deadline) {
    return pending(session, owner, transfer(id), createdAt, deadline);
  }

  private WalletRequest pendingA(long id) {
    return pending(sessionA, alice, id, T0, T0.plusSeconds(300));
  }

  /** A sendTransaction of one plain message. */
  protected static AppRequest.SendTransaction transfer(long id) {
    return new AppRequest.SendTransaction(
        RequestId.of(id),
        TransactionPayload.ofMessages(
            OptionalLong.of(T0.getEpochSecond() + 300),
            Optional.of(Network.MAINNET),
            Optional.of(WireAddress.raw(ACCOUNT)),
            List.of(TransactionMessage.of(RECIPIENT, Amount.of(20_000_000)))));
  }

  /** Every kind of request, each field filled in some and empty in others; ids 0, 1, ... */
  protected static List<AppRequest> oneOfEachKind() {
    Map<String, Amount> extra = new LinkedHashMap<>();
    extra.put("239", Amount.parse("1000000000"));
    extra.put("-5", Amount.of(7));
    TransactionPayload messages =
        TransactionPayload.ofMessages(
            OptionalLong.of(T0.getEpochSecond() + 300),
            Optional.of(Network.MAINNET),
            Optional.of(WireAddress.raw(ACCOUNT)),
            List.of(
                TransactionMessage.of(RECIPIENT, Amount.of(20_000_000)),
                new TransactionMessage(
                    new UserFriendlyAddress(Address.parse("-1:" + "44".repeat(32)), false, true),
                    new Amount(BigInteger.ONE.shiftLeft(119)),
                    Optional.of(boc(1)),
                    Optional.of(boc(2)),
                    ExtraCurrencies.of(extra))));
    TransactionPayload items =
        TransactionPayload.ofItems(
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of(WireAddress.friendly(new UserFriendlyAddress(ACCOUNT, false, false))),
            List.of(
                new StructuredItem.Ton(
                    RECIPIENT,
                    Amount.of(1),
                    Optional.empty(),
                    Optional.of(boc(3)),
                    ExtraCurrencies.of(Map.of("1", Amount.of(5)))),
                new StructuredItem.Jetton(
                    WireAddress.raw(Address.parse("0:" + "55".repeat(32))),
                    WireAddress.friendly(RECIPIENT),
                    Amount.parse("123456789012345678901234567890"),
                    new StructuredItem.TransferOptions(
                        Optional.of(Amount.of(50_000_000)),
                        Optional.of(WireAddress.raw(ACCOUNT)),
                        Optional.of(boc(4)),
                        Optional.of(Amount.ZERO),
                        Optional.of(boc(5)),
                        Optional.of(QueryId.of(42)))),
                StructuredItem.Nft.of(
                    WireAddress.raw(Address.parse("0:" + "66".repeat(32))),
                    WireAddress.friendly(
                        new UserFriendlyAddress(
                            Address.parse("0:" + "77".repeat(32)), true, true)))));
    return List.of(
        new AppRequest.SendTransaction(RequestId.of(0), messages),
        new AppRequest.SendTransaction(RequestId.of(1), items),
        new AppRequest.SignData(
            RequestId.of(2),
            new SignDataPayload.Text(
                "Sign in to app.example \u2713 \u00fcn\u00efc\u00f8de \"quoted\"\n\ttabbed",
                Optional.of(Network.TESTNET),
                Optional.of(WireAddress.raw(ACCOUNT)))),
        new AppRequest.SignData(RequestId.of(3), SignDataPayload.Text.of("")),
        new AppRequest.SignData(
            RequestId.of(4),
            SignDataPayload.Binary.of(Bytes.wrap(new byte[] {0, 1, 2, (byte) 0xff, 0, 0}))),
        new AppRequest.SignData(
            RequestId.of(5),
            new SignDataPayload.Cell(
                "message#_ text:^Cell = Message;",
                boc(6),
                Optional.of(Network.MAINNET),
                Optional.empty())),
        new AppRequest.SignMessage(RequestId.of(6), messages),
        new AppRequest.SignMessage(RequestId.of(7), items),
        new AppRequest.Disconnect(RequestId.of(8)));
  }

  private static SignDataResult signed(SignDataPayload payload) {
    byte[] signature = new byte[SignDataResult.SIGNATURE_LENGTH];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = (byte) (i * 7 + 1);
    }
    return new SignDataResult(
        Bytes.wrap(signature), ACCOUNT, 1_763_805_600L, "app.example", payload);
  }

  /** Every final status, each kind of result and error included, finished at {@code at}. */
  protected static List<RequestStatus> oneOfEachOutcome(Instant at) {
    return List.of(
        new RequestStatus.Completed(new RpcResult.SentTransaction(boc(10)), at),
        new RequestStatus.Completed(new RpcResult.SignedMessage(boc(11)), at),
        new RequestStatus.Completed(
            signed(
                new SignDataPayload.Text(
                    "hello \u2713",
                    Optional.of(Network.MAINNET),
                    Optional.of(WireAddress.raw(ACCOUNT)))),
            at),
        new RequestStatus.Completed(
            signed(SignDataPayload.Binary.of(Bytes.wrap(new byte[] {9, 8, 7}))), at),
        new RequestStatus.Completed(
            signed(SignDataPayload.Cell.of("message#_ text:^Cell = Message;", boc(12))), at),
        new RequestStatus.Completed(new RpcResult.Disconnected(), at),
        new RequestStatus.Rejected(
            new WalletError(300, "User declined the transaction", Optional.empty()), at),
        new RequestStatus.Rejected(
            new WalletError(300, "declined", Optional.of("{\"reason\":\"user\",\"n\":[1,2]}")), at),
        new RequestStatus.Failed("wallet-1", 1, "Unknown app error", at),
        new RequestStatus.Failed("wallet-400", 400, "Method not supported", at),
        new RequestStatus.Failed(
            "bridge-refused", -1, "the bridge refused the request (400): ttl too big", at),
        new RequestStatus.Failed("signature-invalid", -1, "", at),
        new RequestStatus.Expired(at));
  }

  // ---- insert and find ----

  @Test
  void everyKindOfRequestIsReadBackEqual() {
    List<WalletRequest> inserted = new ArrayList<>();
    for (AppRequest request : oneOfEachKind()) {
      WalletRequest pending =
          pending(sessionA, alice, request, T0.plusNanos(1_000), T0.plusSeconds(300));
      store.insert(pending);
      inserted.add(pending);
    }
    for (WalletRequest request : inserted) {
      assertThat(store.find(request.ref())).contains(request);
    }
    assertThat(store.findPending(sessionA)).containsExactlyElementsOf(inserted);
  }

  @Test
  void everyOutcomeIsReadBackEqual() {
    Instant finishedAt = T0.plusSeconds(5).plusNanos(654_321_000);
    List<RequestStatus> outcomes = oneOfEachOutcome(finishedAt);
    List<WalletRequest> finished = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      WalletRequest pending = pendingA(i);
      store.insert(pending);
      WalletRequest done = pending.finish(outcomes.get(i));
      assertThat(store.replace(done)).isTrue();
      finished.add(done);
    }
    for (WalletRequest done : finished) {
      assertThat(store.find(done.ref())).contains(done);
    }
    assertThat(store.findPending(sessionA)).isEmpty();
  }

  @Test
  void anUnknownReferenceIsNotFound() {
    store.insert(pendingA(0));
    assertThat(store.find(new RequestRef(sessionA, RequestId.of(1)))).isEmpty();
    assertThat(store.find(new RequestRef(sessionB, RequestId.of(0)))).isEmpty();
  }

  @Test
  void aSecondInsertWithTheSameReferenceIsRefusedAndWritesNothing() {
    WalletRequest first = pendingA(0);
    store.insert(first);
    WalletRequest sameRef =
        pending(
            sessionA,
            bob,
            new AppRequest.SignData(RequestId.of(0), SignDataPayload.Text.of("other")),
            T0.plusSeconds(1),
            T0.plusSeconds(10));
    assertThatThrownBy(() -> store.insert(sameRef)).isInstanceOf(DuplicateRequestException.class);
    assertThat(store.find(first.ref())).contains(first);
    assertThat(store.findPending(sessionA)).containsExactly(first);

    // Once finished, the reference is still taken, and a refused insert does not revive it.
    WalletRequest done = first.finish(new RequestStatus.Expired(T0.plusSeconds(300)));
    assertThat(store.replace(done)).isTrue();
    assertThatThrownBy(() -> store.insert(sameRef)).isInstanceOf(DuplicateRequestException.class);
    assertThat(store.find(first.ref())).contains(done);
    assertThat(store.findPending(sessionA)).isEmpty();
    assertThat(store.findOverdue(T0.plusSeconds(3600), 10)).isEmpty();
  }

  @Test
  void ofConcurrentInsertsWithOneReferenceExactlyOneIsStored() throws Exception {
    ConcurrentLinkedQueue<WalletRequest> stored = new ConcurrentLinkedQueue<>();
    AtomicInteger refused = new AtomicInteger();
    Race.run(
        RACERS,
        racer -> {
          WalletRequest mine =
              pending(sessionA, alice, 7, T0.plusSeconds(racer), T0.plusSeconds(300 + racer));
          try {
            store.insert(mine);
            stored.add(mine);
          } catch (DuplicateRequestException e) {
            refused.incrementAndGet();
          }
        });
    assertThat(stored).hasSize(1);
    assertThat(refused.get()).isEqualTo(RACERS - 1);
    assertThat(store.find(new RequestRef(sessionA, RequestId.of(7)))).contains(stored.peek());
    assertThat(store.findPending(sessionA)).containsExactly(stored.peek());
  }

  // ---- replace ----

  @Test
  void replaceWritesTheNextVersionOverTheStoredOneOnly() {
    WalletRequest pending = pendingA(0);
    store.insert(pending);
    WalletRequest completed =
        pending.finish(
            new RequestStatus.Completed(new RpcResult.SentTransaction(boc(10)), T0.plusSeconds(3)));
    WalletRequest expired = pending.finish(new RequestStatus.Expired(T0.plusSeconds(300)));

    assertThat(store.replace(pending)).as("version 0 over version 0").isFalse();
    assertThat(store.find(pending.ref())).contains(pending);
    assertThat(store.replace(completed)).isTrue();
    assertThat(store.find(pending.ref())).contains(completed);
    assertThat(store.replace(expired)).as("a second finish from the same version").isFalse();
    assertThat(store.find(pending.ref())).contains(completed);
    WalletRequest skipping = withVersion(expired, 3);
    assertThat(store.replace(skipping)).as("version 3 over version 1").isFalse();
    assertThat(store.find(pending.ref())).contains(completed);
    // The rule is about versions, not statuses: version 2 replaces version 1.
    WalletRequest second = withVersion(expired, 2);
    assertThat(store.replace(second)).isTrue();
    assertThat(store.find(pending.ref())).contains(second);
  }

  @Test
  void replacingAMissingRequestIsFalseAndInsertsNothing() {
    WalletRequest never = pendingA(0);
    assertThat(store.replace(never.finish(new RequestStatus.Expired(T0)))).isFalse();
    assertThat(store.find(never.ref())).isEmpty();
    assertThat(store.findPending(sessionA)).isEmpty();
    // ...and the reference is still free.
    store.insert(never);
    assertThat(store.find(never.ref())).contains(never);
  }

  @Test
  void ofConcurrentReplacesFromTheSameVersionExactlyOneWins() throws Exception {
    for (int round = 0; round < 20; round++) {
      WalletRequest pending = pendingA(round);
      store.insert(pending);
      ConcurrentLinkedQueue<WalletRequest> winners = new ConcurrentLinkedQueue<>();
      Race.run(
          RACERS,
          racer -> {
            RequestStatus outcome =
                racer % 2 == 0
                    ? new RequestStatus.Expired(T0.plusSeconds(300))
                    : new RequestStatus.Failed("racer-" + racer, -1, "racer", T0.plusSeconds(1));
            WalletRequest mine = pending.finish(outcome);
            if (store.replace(mine)) {
              winners.add(mine);
            }
          });
      assertThat(winners).as("round " + round).hasSize(1);
      assertThat(store.find(pending.ref())).contains(winners.peek());
    }
    assertThat(store.findPending(sessionA)).isEmpty();
  }

  // ---- queries ----

  @Test
  void pendingRequestsAreListedPerSessionOldestFirstWithoutFinishedOnes() {
    WalletRequest second = pending(sessionA, alice, 1, T0.plusSeconds(2), T0.plusSeconds(300));
    WalletRequest first = pending(sessionA, alice, 0, T0.plusSeconds(1), T0.plusSeconds(300));
    WalletRequest third = pending(sessionA, alice, 2, T0.plusSeconds(3), T0.plusSeconds(300));
    WalletRequest answered = pending(sessionA, alice, 3, T0, T0.plusSeconds(300));
    WalletRequest bobs = pending(sessionB, bob, 0, T0, T0.plusSeconds(300));
    store.insert(second);
    store.insert(bobs);
    store.insert(third);
    store.insert(answered);
    store.insert(first);
    store.replace(
        answered.finish(
            new RequestStatus.Rejected(
                new WalletError(300, "declined", Optional.empty()), T0.plusSeconds(4))));

    assertThat(store.findPending(sessionA)).containsExactly(first, second, third);
    assertThat(store.findPending(sessionB)).containsExactly(bobs);
    assertThat(store.findPending(SessionId.random(new SplittableRandom(99)))).isEmpty();
  }

  @Test
  void pendingRequestsCreatedAtOneInstantAreListedInRequestIdOrder() {
    for (long id : new long[] {5, 2, 11, 9}) {
      store.insert(pending(sessionA, alice, id, T0, T0.plusSeconds(300)));
    }
    assertThat(store.findPending(sessionA))
        .extracting(r -> r.ref().requestId().value())
        .containsExactly(2L, 5L, 9L, 11L);
  }

  @Test
  void overdueRequestsAreThosePendingWithTheDeadlineReachedOldestDeadlineFirst() {
    Instant now = T0.plusSeconds(100);
    WalletRequest dueNow = pending(sessionA, alice, 0, T0, now);
    WalletRequest early = pending(sessionB, bob, 0, T0, T0.plusSeconds(10));
    WalletRequest middle = pending(sessionA, alice, 1, T0, T0.plusSeconds(50));
    WalletRequest notYet = pending(sessionA, alice, 2, T0, now.plusNanos(1_000));
    WalletRequest answered = pending(sessionB, bob, 1, T0, T0.plusSeconds(5));
    for (WalletRequest request : List.of(notYet, dueNow, answered, middle, early)) {
      store.insert(request);
    }
    store.replace(
        answered.finish(
            new RequestStatus.Completed(new RpcResult.SentTransaction(boc(1)), T0.plusSeconds(1))));

    clock.set(now);
    assertThat(store.findOverdue(now, 10)).containsExactly(early, middle, dueNow);
    assertThat(store.findOverdue(now, 2)).containsExactly(early, middle);
    assertThat(store.findOverdue(now.minusNanos(1_000), 10)).containsExactly(early, middle);
    assertThat(store.findOverdue(T0.plusSeconds(10).minusNanos(1_000), 10)).isEmpty();
    assertThat(store.findOverdue(now.plusSeconds(3600), 10))
        .containsExactly(early, middle, dueNow, notYet);
  }

  @Test
  void aFinishedRequestLeavesThePendingAndOverdueQueries() {
    WalletRequest request = pending(sessionA, alice, 0, T0, T0.plusSeconds(10));
    store.insert(request);
    assertThat(store.findOverdue(T0.plusSeconds(10), 10)).containsExactly(request);
    store.replace(request.finish(new RequestStatus.Expired(T0.plusSeconds(10))));
    assertThat(store.findOverdue(T0.plusSeconds(10), 10)).isEmpty();
    assertThat(store.findPending(sessionA)).isEmpty();
  }

  // ---- retention ----

  @Test
  void purgingDeletesOnlyFinishedRequestsLastChangedBeforeTheCutoff() {
    Instant cutoff = T0.plusSeconds(100);
    WalletRequest oldPending = pending(sessionA, alice, 0, T0, T0.plusSeconds(10));
    store.insert(oldPending);
    List<WalletRequest> old = new ArrayList<>();
    List<RequestStatus> oldOutcomes =
        List.of(
            new RequestStatus.Completed(new RpcResult.SentTransaction(boc(1)), T0.plusSeconds(10)),
            new RequestStatus.Rejected(
                new WalletError(300, "declined", Optional.empty()), T0.plusSeconds(20)),
            new RequestStatus.Failed("wallet-1", 1, "error", T0.plusSeconds(30)),
            new RequestStatus.Expired(cutoff.minusNanos(1_000)));
    for (int i = 0; i < oldOutcomes.size(); i++) {
      WalletRequest request = pending(sessionB, bob, i, T0, T0.plusSeconds(10));
      store.insert(request);
      WalletRequest done = request.finish(oldOutcomes.get(i));
      store.replace(done);
      old.add(done);
    }
    WalletRequest atCutoff = pending(sessionA, alice, 1, T0, T0.plusSeconds(10));
    store.insert(atCutoff);
    WalletRequest keptAtCutoff = atCutoff.finish(new RequestStatus.Expired(cutoff));
    store.replace(keptAtCutoff);
    WalletRequest recent = pending(sessionA, alice, 2, T0, T0.plusSeconds(10));
    store.insert(recent);
    WalletRequest keptRecent = recent.finish(new RequestStatus.Expired(cutoff.plusSeconds(50)));
    store.replace(keptRecent);

    clock.set(cutoff.plusSeconds(60));
    assertThat(store.purgeFinishedBefore(cutoff)).isEqualTo(old.size());
    for (WalletRequest gone : old) {
      assertThat(store.find(gone.ref())).isEmpty();
    }
    assertThat(store.find(oldPending.ref())).contains(oldPending);
    assertThat(store.find(atCutoff.ref())).contains(keptAtCutoff);
    assertThat(store.find(recent.ref())).contains(keptRecent);
    assertThat(store.findPending(sessionA)).containsExactly(oldPending);
    assertThat(store.findOverdue(clock.instant(), 10)).containsExactly(oldPending);
    assertThat(store.purgeFinishedBefore(cutoff)).isZero();
  }

  // ---- isolation ----

  @Test
  void theSameRequestIdInTwoSessionsNamesTwoRequests() {
    WalletRequest alices = pending(sessionA, alice, 0, T0, T0.plusSeconds(300));
    WalletRequest bobs =
        pending(
            sessionB,
            bob,
            new AppRequest.SignData(RequestId.of(0), SignDataPayload.Text.of("bob")),
            T0,
            T0.plusSeconds(300));
    store.insert(alices);
    store.insert(bobs);
    WalletRequest done = alices.finish(new RequestStatus.Expired(T0.plusSeconds(300)));
    assertThat(store.replace(done)).isTrue();
    assertThat(store.find(alices.ref())).contains(done);
    assertThat(store.find(bobs.ref())).contains(bobs);
    assertThat(store.findPending(sessionA)).isEmpty();
    assertThat(store.findPending(sessionB)).containsExactly(bobs);
  }

  @Test
  void theOwnerIsKeptExactly() {
    SessionOwner upper = SessionOwner.http("Alice");
    SessionOwner telegram = new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice");
    WalletRequest a = pending(sessionA, alice, 0, T0, T0.plusSeconds(300));
    WalletRequest b = pending(sessionA, upper, 1, T0, T0.plusSeconds(300));
    WalletRequest c = pending(sessionA, telegram, 2, T0, T0.plusSeconds(300));
    store.insert(a);
    store.insert(b);
    store.insert(c);
    assertThat(store.find(a.ref()).orElseThrow().owner()).isEqualTo(alice);
    assertThat(store.find(b.ref()).orElseThrow().owner()).isEqualTo(upper);
    assertThat(store.find(c.ref()).orElseThrow().owner()).isEqualTo(telegram);
  }

  // ---- helpers ----

  private static WalletRequest withVersion(WalletRequest request, long version) {
    return new WalletRequest(
        request.ref(),
        request.owner(),
        request.request(),
        request.status(),
        request.createdAt(),
        request.deadline(),
        version);
  }
}
