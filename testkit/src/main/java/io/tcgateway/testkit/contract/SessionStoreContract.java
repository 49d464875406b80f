package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do. Extend it and return a fresh, empty store from {@link
 * #newStore()}; PostgreSQL and Redis subclasses fail when their service is unreachable.
 *
 * <p>Times carry microseconds (PostgreSQL's timestamp precision), and a store must keep at least
 * that much. They lie in the past of the wall clock: a store that needs the time (to set TTLs, say)
 * must take {@link #clock}, which the tests keep at the instant they act at.
 */
public abstract class SessionStoreContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");
  private static final BridgeUrl OTHER_BRIDGE = BridgeUrl.parse("https://other.example/bridge");

  /** The time a store that needs one must use. */
  protected final MutableClock clock = new MutableClock(T0);

  private final SplittableRandom random = new SplittableRandom(17);
  protected SessionStore store;

  /** A fresh store with no sessions. */
  protected abstract SessionStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  protected WalletSession pendingSession(SessionOwner owner, Instant expiresAt) {
    PendingConnection connection =
        new PendingConnection(
            "tc://?v=2&id=x",
            Map.of("tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2"),
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("proof-payload"),
            Optional.of(Network.TESTNET),
            Set.of("SendTransaction"),
            expiresAt);
    return WalletSession.pending(
        SessionId.random(random), owner, SessionKeyPair.generate(random), connection, T0);
  }

  protected static ConnectedWallet connectedWallet() {
    return connectedWallet(SessionPublicKey.parse("cd".repeat(32)));
  }

  /** A connected wallet with its own client id (two connected sessions never share one). */
  protected static ConnectedWallet connectedWallet(SessionPublicKey walletClientId) {
    return new ConnectedWallet(
        walletClientId,
        BRIDGE,
        new DeviceInfo("android", "tonkeeper", "5.1", 2, List.of()),
        new TonAddressReply(
            Address.parse("0:" + "22".repeat(32)),
            Network.TESTNET,
            Optional.empty(),
            Optional.empty()),
        Optional.of(
            new ConnectedWallet.VerifiedProof(
                1_763_800_000L, "app.example", "v4r2", "ee".repeat(32))));
  }

  /** Equal in every field, including the secret key's bytes (a store must not alter it). */
  protected static void assertSameSession(WalletSession actual, WalletSession expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.owner()).isEqualTo(expected.owner());
    assertThat(actual.state()).isEqualTo(expected.state());
    assertThat(actual.nextRequestId()).isEqualTo(expected.nextRequestId());
    assertThat(actual.lastWalletEventId()).isEqualTo(expected.lastWalletEventId());
    assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
    assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
    assertThat(actual.version()).isEqualTo(expected.version());
    assertThat(actual.keys().publicKey()).isEqualTo(expected.keys().publicKey());
    assertThat(actual.keys().secretKey()).isEqualTo(expected.keys().secretKey());
  }

  @Test
  void aSavedSessionIsFoundByOwnerByIdAndByClientId() {
    WalletSession session = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(session);
    assertSameSession(store.findByOwner(SessionOwner.http("alice")).orElseThrow(), session);
    assertSameSession(store.findById(session.id()).orElseThrow(), session);
    assertSameSession(store.findByClientId(session.clientId()).orElseThrow(), session);
  }

  @Test
  void aConnectedSessionIsFoundByItsWalletsClientIdAndOnlyWhileConnected() {
    WalletSession pending = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(pending);
    SessionPublicKey walletId = connectedWallet().walletClientId();
    assertThat(store.findByWalletClientId(walletId)).isEmpty();
    WalletSession connected = pending.connected(connectedWallet(), 1, T0);
    store.save(connected);
    assertSameSession(store.findByWalletClientId(walletId).orElseThrow(), connected);
    store.delete(connected.id());
    assertThat(store.findByWalletClientId(walletId)).isEmpty();
  }

  @Test
  void theNextVersionReplacesTheStoredOne() {
    WalletSession pending = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(pending);
    WalletSession connected = pending.connected(connectedWallet(), 4, T0.plusSeconds(10));
    store.save(connected);
    WalletSession withRequest = connected.issueRequestId(T0.plusSeconds(20)).session();
    store.save(withRequest);
    assertSameSession(store.findById(pending.id()).orElseThrow(), withRequest);
    assertThat(store.findById(pending.id()).orElseThrow().nextRequestId()).isEqualTo(1);
  }

  @Test
  void aSaveFromAnOutdatedCopyIsRefusedAndChangesNothing() {
    WalletSession pending = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(pending);
    WalletSession first = pending.connected(connectedWallet(), 1, T0.plusSeconds(1));
    WalletSession second = pending.failed("wallet-300", "declined", T0.plusSeconds(2));
    store.save(first);
    assertThatThrownBy(() -> store.save(second)).isInstanceOf(StaleSessionException.class);
    assertSameSession(store.findById(pending.id()).orElseThrow(), first);
    assertThatThrownBy(() -> store.save(pending)).isInstanceOf(StaleSessionException.class);
  }

  @Test
  void oneOwnerHasAtMostOneSession() {
    store.save(pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300)));
    WalletSession another = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    assertThatThrownBy(() -> store.save(another)).isInstanceOf(StaleSessionException.class);
    assertThat(store.findById(another.id())).isEmpty();
  }

  @Test
  void ownersAreIsolated() {
    WalletSession alice = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    WalletSession bob = pendingSession(SessionOwner.http("bob"), T0.plusSeconds(300));
    WalletSession telegramAlice =
        pendingSession(
            new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice"), T0.plusSeconds(300));
    store.save(alice);
    store.save(bob);
    store.save(telegramAlice);
    assertThat(store.findByOwner(SessionOwner.http("alice")).orElseThrow().id())
        .isEqualTo(alice.id());
    assertThat(store.findByOwner(SessionOwner.http("bob")).orElseThrow().id()).isEqualTo(bob.id());
    assertThat(
            store
                .findByOwner(new SessionOwner(SessionOwner.Channel.TELEGRAM, "alice"))
                .orElseThrow()
                .id())
        .isEqualTo(telegramAlice.id());
    assertThat(store.findByOwner(SessionOwner.http("carol"))).isEmpty();
    store.delete(alice.id());
    assertThat(store.findByOwner(SessionOwner.http("bob"))).isPresent();
  }

  @Test
  void deletingIsIdempotentAndFreesTheOwner() {
    WalletSession session = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(session);
    assertThat(store.delete(session.id())).isTrue();
    assertThat(store.delete(session.id())).isFalse();
    assertThat(store.findById(session.id())).isEmpty();
    assertThat(store.findByClientId(session.clientId())).isEmpty();
    assertThatThrownBy(() -> store.save(session.expired(T0)))
        .isInstanceOf(StaleSessionException.class);
    store.save(pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300)));
    assertThat(store.findByOwner(SessionOwner.http("alice"))).isPresent();
  }

  @Test
  void expiredPendingSessionsAreListedOldestFirstUpToTheLimit() {
    WalletSession late = pendingSession(SessionOwner.http("late"), T0.plusSeconds(300));
    WalletSession early = pendingSession(SessionOwner.http("early"), T0.plusSeconds(100));
    WalletSession middle = pendingSession(SessionOwner.http("middle"), T0.plusSeconds(200));
    WalletSession connected = pendingSession(SessionOwner.http("connected"), T0.plusSeconds(50));
    store.save(late);
    store.save(early);
    store.save(middle);
    store.save(connected);
    store.save(connected.connected(connectedWallet(), 1, T0));
    assertThat(store.findExpiredPending(T0.plusSeconds(99), 10)).isEmpty();
    assertThat(store.findExpiredPending(T0.plusSeconds(250), 10))
        .extracting(WalletSession::id)
        .containsExactly(early.id(), middle.id());
    assertThat(store.findExpiredPending(T0.plus(Duration.ofHours(1)), 2))
        .extracting(WalletSession::id)
        .containsExactly(early.id(), middle.id());
  }

  @Test
  void listeningSessionsArePagedInIdOrderWithoutEndedOnes() {
    List<WalletSession> listening = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      WalletSession s = pendingSession(SessionOwner.http("listening-" + i), T0.plusSeconds(300));
      store.save(s);
      if (i % 2 == 0) {
        s = s.connected(connectedWallet(SessionPublicKey.parse("%064x".formatted(i + 1))), 1, T0);
        store.save(s);
      }
      listening.add(s);
    }
    WalletSession failed = pendingSession(SessionOwner.http("failed"), T0.plusSeconds(300));
    store.save(failed);
    store.save(failed.failed("wallet-300", "declined", T0));
    List<String> ids = listening.stream().map(s -> s.id().value()).sorted().toList();

    List<WalletSession> first = store.findListening(Optional.empty(), 3);
    assertThat(first).extracting(s -> s.id().value()).containsExactlyElementsOf(ids.subList(0, 3));
    List<WalletSession> rest = store.findListening(Optional.of(first.get(2).id()), 10);
    assertThat(rest).extracting(s -> s.id().value()).containsExactlyElementsOf(ids.subList(3, 5));
    assertThat(store.findListening(Optional.of(rest.get(1).id()), 10)).isEmpty();
    for (WalletSession read : first) {
      WalletSession saved =
          listening.stream().filter(s -> s.id().equals(read.id())).findFirst().orElseThrow();
      assertSameSession(read, saved);
    }
  }

  /**
   * A wallet client id is pinned by one connected session at a time: a second session connecting
   * with it is refused and the first keeps its routing.
   */
  @Test
  void aWalletClientIdHeldByAConnectedSessionIsRefusedToAnother() {
    WalletSession first = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    WalletSession second = pendingSession(SessionOwner.http("bob"), T0.plusSeconds(300));
    store.save(first);
    store.save(second);
    WalletSession connected = first.connected(connectedWallet(), 1, T0);
    store.save(connected);
    assertThatThrownBy(() -> store.save(second.connected(connectedWallet(), 1, T0)))
        .isInstanceOf(StaleSessionException.class);
    assertThat(store.findByWalletClientId(connectedWallet().walletClientId()).orElseThrow().id())
        .isEqualTo(first.id());
    assertThat(store.findById(second.id()).orElseThrow().version()).isZero();
    // Once the first session is gone, the id is free.
    store.delete(first.id());
    store.save(second.connected(connectedWallet(), 1, T0));
    assertThat(store.findByWalletClientId(connectedWallet().walletClientId()).orElseThrow().id())
        .isEqualTo(second.id());
  }

  @Test
  void endedSessionsArePurgedAfterTheCutoffAndLiveOnesStay() {
    WalletSession failed = pendingSession(SessionOwner.http("failed"), T0.plusSeconds(300));
    WalletSession expired = pendingSession(SessionOwner.http("expired"), T0.plusSeconds(300));
    WalletSession recent = pendingSession(SessionOwner.http("recent"), T0.plusSeconds(300));
    WalletSession pending = pendingSession(SessionOwner.http("pending"), T0.plusSeconds(30));
    WalletSession connected = pendingSession(SessionOwner.http("connected"), T0.plusSeconds(300));
    for (WalletSession s : List.of(failed, expired, recent, pending, connected)) {
      store.save(s);
    }
    store.save(failed.failed("wallet-300", "declined", T0.plusSeconds(10)));
    store.save(expired.expired(T0.plusSeconds(20)));
    store.save(recent.failed("wallet-300", "declined", T0.plusSeconds(100)));
    store.save(connected.connected(connectedWallet(), 1, T0.plusSeconds(5)));

    assertThat(store.purgeEndedBefore(T0.plusSeconds(20))).isEqualTo(1);
    assertThat(store.findById(failed.id())).isEmpty();
    assertThat(store.findByClientId(failed.clientId())).isEmpty();
    assertThat(store.purgeEndedBefore(T0.plusSeconds(50))).isEqualTo(1);
    assertThat(store.findById(expired.id())).isEmpty();
    assertThat(store.findById(recent.id())).isPresent();
    assertThat(store.findById(pending.id())).isPresent();
    assertThat(store.findById(connected.id())).isPresent();
    // the owner is free again
    store.save(pendingSession(SessionOwner.http("failed"), T0.plusSeconds(300)));
  }

  @Test
  void ofConcurrentWritersFromTheSameVersionExactlyOneWins() throws Exception {
    WalletSession pending = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(pending);
    WalletSession connected = pending.connected(connectedWallet(), 1, T0);
    store.save(connected);
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  WalletSession mine = connected.issueRequestId(T0).session();
                  try {
                    store.save(mine);
                    wins.incrementAndGet();
                  } catch (StaleSessionException e) {
                    stale.incrementAndGet();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wins.get()).isEqualTo(1);
    assertThat(stale.get()).isEqualTo(writers - 1);
    assertThat(store.findById(pending.id()).orElseThrow().version()).isEqualTo(2);
  }

  // ---- every state, every field ----

  private static PendingConnection richOffer(Instant expiresAt) {
    Map<String, String> links = new java.util.LinkedHashMap<>();
    links.put("tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2&id=ab&r=%7B%7D");
    links.put("mytonwallet", "https://connect.mytonwallet.org/?v=2&id=ab&r=%7B%7D");
    return new PendingConnection(
        "tc://?v=2&id=ab&r=%7B%22manifestUrl%22%3A%22https%3A%2F%2Fapp.example%22%7D&ret=none",
        links,
        List.of(OTHER_BRIDGE, BRIDGE),
        Optional.of("tonkeeper"),
        Optional.of("AQAAAZrR0rHd" + "x".repeat(64)),
        Optional.of(Network.MAINNET),
        Set.of("SendTransaction", "SignData"),
        expiresAt);
  }

  private static PendingConnection bareOffer(Instant expiresAt) {
    return new PendingConnection(
        "https://app.tonkeeper.com/ton-connect?v=2",
        Map.of(),
        List.of(BRIDGE),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        expiresAt);
  }

  /** A wallet with every kind of feature and every optional account field. */
  protected static ConnectedWallet richWallet() {
    return new ConnectedWallet(
        SessionPublicKey.parse("c1".repeat(32)),
        OTHER_BRIDGE,
        new DeviceInfo(
            "iphone",
            "tonkeeper",
            "5.1.2",
            2,
            List.of(
                new Feature.SendTransactionLegacy(),
                new Feature.SendTransaction(
                    OptionalInt.of(255),
                    Optional.of(true),
                    Optional.of(List.of("ton", "jetton", "nft"))),
                new Feature.SignData(List.of("text", "binary", "cell")),
                Feature.SignMessage.of(4),
                new Feature.EmbeddedRequest(),
                new Feature.Unknown("FutureFeature", false),
                new Feature.Unknown("BareFeature", true))),
        new TonAddressReply(
            Address.parse("-1:" + "23".repeat(32)),
            Network.MAINNET,
            Optional.of(Bytes.fromHex("ee".repeat(32))),
            Optional.of("te6cckEBAQEAAgAAAEysuc0=")),
        Optional.of(
            new ConnectedWallet.VerifiedProof(
                1_763_800_000L, "app.example \u2713", "w5r1", "ee".repeat(32))));
  }

  /** A wallet whose optional fields are empty, or present and empty (which is not the same). */
  protected static ConnectedWallet bareWallet() {
    return new ConnectedWallet(
        SessionPublicKey.parse("c2".repeat(32)),
        BRIDGE,
        new DeviceInfo(
            "android",
            "mywallet",
            "",
            2,
            List.of(
                new Feature.SendTransaction(
                    OptionalInt.empty(), Optional.of(false), Optional.of(List.of())),
                new Feature.SignData(List.of()),
                new Feature.SignMessage(OptionalInt.of(1), Optional.empty(), Optional.empty()))),
        new TonAddressReply(
            Address.parse("0:" + "24".repeat(32)),
            Network.TESTNET,
            Optional.empty(),
            Optional.of("")),
        Optional.empty());
  }

  private WalletSession pendingSession(SessionOwner owner, PendingConnection offer) {
    return WalletSession.pending(
        SessionId.random(random), owner, SessionKeyPair.generate(random), offer, T0);
  }

  @Test
  void aSessionIsReadBackEqualInEveryState() {
    Instant later = T0.plusSeconds(7).plusNanos(654_321_000);
    List<WalletSession> saved = new ArrayList<>();
    WalletSession richPending =
        pendingSession(SessionOwner.http("p1"), richOffer(T0.plusSeconds(300)));
    saved.add(richPending);
    saved.add(pendingSession(SessionOwner.http("p2"), bareOffer(T0.plusSeconds(300))));
    WalletSession rich = pendingSession(SessionOwner.http("c1"), bareOffer(T0.plusSeconds(300)));
    store.save(rich);
    WalletSession richConnected = rich.connected(richWallet(), 12, later);
    store.save(richConnected);
    WalletSession oneRequest = richConnected.issueRequestId(later).session();
    store.save(oneRequest);
    WalletSession twoRequests = oneRequest.issueRequestId(later).session();
    store.save(twoRequests);
    WalletSession afterRequests = twoRequests.walletEventSeen(40, later);
    saved.add(afterRequests);
    WalletSession bare = pendingSession(SessionOwner.http("c2"), richOffer(T0.plusSeconds(300)));
    store.save(bare);
    saved.add(bare.connected(bareWallet(), 0, later));
    WalletSession failing =
        pendingSession(SessionOwner.telegram(42), bareOffer(T0.plusSeconds(300)));
    store.save(failing);
    saved.add(failing.failed("signature-invalid", "the proof's signature \u2260 key", later));
    WalletSession expiring =
        pendingSession(SessionOwner.http("e1"), richOffer(T0.plusSeconds(300)));
    store.save(expiring);
    saved.add(expiring.expired(later));

    for (WalletSession session : saved) {
      store.save(session);
    }
    for (WalletSession session : saved) {
      assertSameSession(store.findById(session.id()).orElseThrow(), session);
      assertSameSession(store.findByOwner(session.owner()).orElseThrow(), session);
      assertSameSession(store.findByClientId(session.clientId()).orElseThrow(), session);
    }
    assertSameSession(
        store.findByWalletClientId(richWallet().walletClientId()).orElseThrow(), afterRequests);
    assertThat(store.findById(afterRequests.id()).orElseThrow().nextRequestId()).isEqualTo(2);
    assertThat(store.findById(afterRequests.id()).orElseThrow().lastWalletEventId()).isEqualTo(40);
  }

  @Test
  void aDeletedOfferIsNoLongerListedAsExpired() {
    WalletSession kept = pendingSession(SessionOwner.http("kept"), T0.plusSeconds(100));
    WalletSession deleted = pendingSession(SessionOwner.http("deleted"), T0.plusSeconds(50));
    store.save(kept);
    store.save(deleted);
    store.delete(deleted.id());
    assertThat(store.findExpiredPending(T0.plusSeconds(200), 10))
        .extracting(WalletSession::id)
        .containsExactly(kept.id());
  }

  @Test
  void anOfferRunsOutAtItsExpiryInstantAndOnlyPendingOffersAreListed() {
    Instant expiry = T0.plusSeconds(100);
    WalletSession offer = pendingSession(SessionOwner.http("offer"), expiry);
    WalletSession failed = pendingSession(SessionOwner.http("failed"), T0.plusSeconds(10));
    WalletSession expired = pendingSession(SessionOwner.http("expired"), T0.plusSeconds(20));
    store.save(offer);
    store.save(failed);
    store.save(failed.failed("wallet-300", "declined", T0.plusSeconds(1)));
    store.save(expired);
    store.save(expired.expired(T0.plusSeconds(20)));
    clock.set(expiry);
    assertThat(store.findExpiredPending(expiry.minusNanos(1_000), 10)).isEmpty();
    assertThat(store.findExpiredPending(expiry, 10))
        .extracting(WalletSession::id)
        .containsExactly(offer.id());
    assertSameSession(store.findExpiredPending(expiry, 10).get(0), offer);
  }

  @Test
  void anInsertIsRefusedWhenTheIdOrTheClientIdIsTaken() {
    WalletSession alice = pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300));
    store.save(alice);
    WalletSession sameId =
        new WalletSession(
            alice.id(),
            SessionOwner.http("bob"),
            SessionKeyPair.generate(random),
            alice.state(),
            0,
            -1,
            T0,
            T0,
            0);
    assertThatThrownBy(() -> store.save(sameId)).isInstanceOf(StaleSessionException.class);
    WalletSession sameKeys =
        new WalletSession(
            SessionId.random(random),
            SessionOwner.http("carol"),
            alice.keys(),
            alice.state(),
            0,
            -1,
            T0,
            T0,
            0);
    assertThatThrownBy(() -> store.save(sameKeys)).isInstanceOf(StaleSessionException.class);
    assertThat(store.findByOwner(SessionOwner.http("bob"))).isEmpty();
    assertThat(store.findByOwner(SessionOwner.http("carol"))).isEmpty();
    assertThat(store.findById(sameKeys.id())).isEmpty();
    assertSameSession(store.findById(alice.id()).orElseThrow(), alice);
    assertSameSession(store.findByClientId(alice.clientId()).orElseThrow(), alice);
  }

  @Test
  void ofConcurrentInsertsForOneOwnerExactlyOneWins() throws Exception {
    int writers = 8;
    List<WalletSession> candidates = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      candidates.add(pendingSession(SessionOwner.http("alice"), T0.plusSeconds(300)));
    }
    java.util.concurrent.ConcurrentLinkedQueue<WalletSession> won =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    AtomicInteger stale = new AtomicInteger();
    Race.run(
        writers,
        writer -> {
          try {
            store.save(candidates.get(writer));
            won.add(candidates.get(writer));
          } catch (StaleSessionException e) {
            stale.incrementAndGet();
          }
        });
    assertThat(won).hasSize(1);
    assertThat(stale.get()).isEqualTo(writers - 1);
    assertSameSession(store.findByOwner(SessionOwner.http("alice")).orElseThrow(), won.peek());
    for (WalletSession loser : candidates) {
      if (loser != won.peek()) {
        assertThat(store.findById(loser.id())).isEmpty();
        assertThat(store.findByClientId(loser.clientId())).isEmpty();
      }
    }
  }
}
