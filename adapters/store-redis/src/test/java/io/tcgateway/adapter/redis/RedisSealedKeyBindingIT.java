package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sealed secrets are bound to their record (associated data {@code session:<id>}, {@code
 * secret:<name>}): a ciphertext copied into another session's hash, or under another secret's name,
 * does not open.
 */
class RedisSealedKeyBindingIT {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  private final SplittableRandom random = new SplittableRandom(7);
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSealedKeyMovedToAnotherSessionDoesNotOpen() {
    RedisKeys keys = redis.newKeys();
    RedisSessionStore store = redis.sessionStore(keys, clock);
    WalletSession alice =
        Fixtures.pending(
            random, SessionOwner.http("alice"), Fixtures.T0, Fixtures.T0.plusSeconds(300));
    WalletSession bob =
        Fixtures.pending(
            random, SessionOwner.http("bob"), Fixtures.T0, Fixtures.T0.plusSeconds(300));
    store.save(alice);
    store.save(bob);
    // Read once, so the store has bob's key pair opened: the moved ciphertext must still fail.
    assertThat(store.findById(bob.id()).orElseThrow().keys()).isEqualTo(bob.keys());

    byte[] alicesSealedKey = redis.admin().hget(bytes(keys.session(alice.id())), bytes("key"));
    assertThat(alicesSealedKey).isNotNull();
    redis.admin().hset(bytes(keys.session(bob.id())), bytes("key"), alicesSealedKey);

    assertThatThrownBy(() -> store.findById(bob.id()))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("session:" + bob.id().value());
    assertThatThrownBy(() -> store.findByOwner(bob.owner()))
        .isInstanceOf(SecretUnreadableException.class);
    assertThatThrownBy(() -> store.findByClientId(bob.clientId()))
        .isInstanceOf(SecretUnreadableException.class);
    // The original still opens where it belongs, also for a store that never saw it.
    assertThat(store.findById(alice.id()).orElseThrow().keys()).isEqualTo(alice.keys());
    assertThat(redis.sessionStore(keys, clock).findById(alice.id()).orElseThrow().keys())
        .isEqualTo(alice.keys());
  }

  @Test
  void aSealedSharedSecretMovedToAnotherNameDoesNotOpen() {
    RedisKeys keys = redis.newKeys();
    RedisSharedSecretStore store = redis.secretStore(keys);
    Bytes first = Bytes.fromHex("11".repeat(32));
    store.getOrCreate("first", () -> first);
    byte[] sealed = redis.admin().get(bytes(keys.secret("first")));
    redis.admin().set(bytes(keys.secret("second")), sealed);

    assertThatThrownBy(() -> store.getOrCreate("second", () -> Bytes.fromHex("22".repeat(32))))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("secret:second");
    assertThat(store.getOrCreate("first", () -> Bytes.fromHex("33".repeat(32)))).isEqualTo(first);
  }
}
