package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
public abstract class SessionStoreContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");

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
    return new ConnectedWallet(
        SessionPublicKey.parse("cd".repeat(32)),
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
}
