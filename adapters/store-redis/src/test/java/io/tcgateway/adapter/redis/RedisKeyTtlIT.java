package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TTLs the layout promises (ADR 0009), read with {@code PTTL} right after each operation. The
 * upper bounds follow from the times the store was given (injected clock); the lower bounds are
 * half of what was set, so a slow machine cannot fail them.
 */
class RedisKeyTtlIT {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  private static final Duration GRACE = RedisStoreSettings.defaults().pendingGrace();
  private static final Duration RETENTION = RedisStoreSettings.defaults().retention();

  private final SplittableRandom random = new SplittableRandom(11);
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  @Test
  void aPendingSessionsKeysLiveUntilItsOfferExpiresPlusTheGraceAndLoseTheirTtlOnConnect() {
    RedisKeys keys = redis.newKeys();
    RedisSessionStore store = redis.sessionStore(keys, clock);
    Duration offer = Duration.ofSeconds(300);
    WalletSession pending =
        Fixtures.pending(
            random, SessionOwner.http("alice"), clock.instant(), clock.instant().plus(offer));
    store.save(pending);
    List<String> sessionKeys =
        List.of(
            keys.session(pending.id()),
            keys.sessionOwner(pending.owner()),
            keys.sessionClient(pending.clientId()));
    for (String key : sessionKeys) {
      assertThat(redis.pttl(key))
          .as(key)
          .isPositive()
          .isLessThanOrEqualTo(offer.plus(GRACE).toMillis())
          .isGreaterThan(offer.plus(GRACE).dividedBy(2).toMillis());
    }

    WalletSession connected = pending.connected(Fixtures.wallet(random), 1, clock.instant());
    store.save(connected);
    for (String key : sessionKeys) {
      assertThat(redis.pttl(key)).as(key).isEqualTo(-1);
    }
    assertThat(redis.pttl(keys.sessionWallet(connected.wallet().orElseThrow().walletClientId())))
        .isEqualTo(-1);
    assertThat(redis.admin().zscore(bytes(keys.pendingSessions()), bytes(pending.id().value())))
        .as("no longer listed as pending")
        .isNull();
  }

  @Test
  void anOfferThatRanOutKeepsTheGraceAndAFailedOrExpiredSessionKeepsTheRetention() {
    RedisKeys keys = redis.newKeys();
    RedisSessionStore store = redis.sessionStore(keys, clock);
    WalletSession late =
        Fixtures.pending(
            random, SessionOwner.http("late"), clock.instant(), clock.instant().minusSeconds(60));
    store.save(late);
    assertThat(redis.pttl(keys.session(late.id())))
        .isPositive()
        .isLessThanOrEqualTo(GRACE.toMillis());

    WalletSession failing =
        Fixtures.pending(
            random,
            SessionOwner.http("failing"),
            clock.instant(),
            clock.instant().plusSeconds(300));
    store.save(failing);
    store.save(failing.failed("wallet-300", "declined", clock.instant()));
    store.save(late.expired(clock.instant()));
    for (WalletSession ended : List.of(failing, late)) {
      for (String key :
          List.of(
              keys.session(ended.id()),
              keys.sessionOwner(ended.owner()),
              keys.sessionClient(ended.clientId()))) {
        assertThat(redis.pttl(key))
            .as(key)
            .isPositive()
            .isLessThanOrEqualTo(RETENTION.toMillis())
            .isGreaterThan(RETENTION.dividedBy(2).toMillis());
      }
    }
  }

  @Test
  void aPendingRequestHasNoTtlAndAFinishedOneKeepsTheRetentionFromWhenItFinished() {
    RedisKeys keys = redis.newKeys();
    RedisSessionStore sessions = redis.sessionStore(keys, clock);
    RedisWalletRequestStore requests = redis.requestStore(keys, clock);
    WalletSession pending =
        Fixtures.pending(
            random, SessionOwner.http("alice"), clock.instant(), clock.instant().plusSeconds(300));
    sessions.save(pending);
    WalletSession connected = pending.connected(Fixtures.wallet(random), 1, clock.instant());
    WalletRequest request =
        WalletRequest.pending(
            connected, Fixtures.transfer(0), clock.instant(), clock.instant().plusSeconds(300));
    requests.insert(request);
    assertThat(redis.pttl(keys.request(request.ref()))).isEqualTo(-1);

    Instant finishedAt = clock.instant().plusSeconds(5);
    clock.set(finishedAt);
    requests.replace(request.finish(new RequestStatus.Expired(finishedAt)));
    assertThat(redis.pttl(keys.request(request.ref())))
        .isPositive()
        .isLessThanOrEqualTo(RETENTION.toMillis())
        .isGreaterThan(RETENTION.dividedBy(2).toMillis());
  }

  @Test
  void aUsedPayloadIsRememberedUntilItsExpiryAndNoLongerThanTheMarginAfter() {
    RedisKeys keys = redis.newKeys();
    RedisProofPayloadStore payloads = redis.payloadStore(keys, clock);
    Duration left = Duration.ofMinutes(15);
    payloads.consume("ab".repeat(16), clock.instant().plus(left));
    assertThat(redis.pttl(keys.payload("ab".repeat(16))))
        .isPositive()
        .isLessThanOrEqualTo(left.plus(RedisProofPayloadStore.CLOCK_MARGIN).toMillis())
        .isGreaterThan(left.dividedBy(2).toMillis());
  }

  @Test
  void anEventAndItsOwnersKeysKeepTheRetentionFromTheEventsTime() {
    RedisKeys keys = redis.newKeys();
    RedisOwnerEventLog log = redis.eventLog(keys, clock);
    SessionOwner alice = SessionOwner.http("alice");
    WalletSession session =
        Fixtures.pending(random, alice, clock.instant(), clock.instant().plusSeconds(300));
    long sequence =
        log.append(alice, new Event.ConnectionExpired(session.id()), clock.instant()).sequence();
    for (String key :
        List.of(keys.event(sequence), keys.ownerEvents(alice), keys.ownerEventKeys(alice))) {
      assertThat(redis.pttl(key))
          .as(key)
          .isPositive()
          .isLessThanOrEqualTo(RETENTION.toMillis())
          .isGreaterThan(RETENTION.dividedBy(2).toMillis());
    }
    assertThat(redis.pttl(keys.eventSequence())).as("the counter never expires").isEqualTo(-1);
  }

  @Test
  void cursorsAndSharedSecretsHaveNoTtl() {
    RedisKeys keys = redis.newKeys();
    WalletSession session =
        Fixtures.pending(
            random, SessionOwner.http("alice"), clock.instant(), clock.instant().plusSeconds(300));
    redis
        .cursorStore(keys)
        .advance(Fixtures.BRIDGE, List.of(session.clientId()), BridgeEventId.of(5));
    redis.secretStore(keys).getOrCreate("proof-payload-key", () -> Bytes.fromHex("44".repeat(32)));
    assertThat(redis.pttl(keys.cursors(Fixtures.BRIDGE))).isEqualTo(-1);
    assertThat(redis.pttl(keys.secret("proof-payload-key"))).isEqualTo(-1);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
