package io.tcgateway.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5 §2: after sessions were saved pending and connected (real key pairs from a secure
 * random), no key or value under the store's prefix — strings, hashes, sets, sorted sets, lists —
 * contains a secret key in raw bytes (or any 8 bytes of it), hex or base64; the same for a shared
 * secret.
 */
class RedisSecretsAtRestIT {
  @RegisterExtension static final RedisTestSupport redis = new RedisTestSupport();

  private final SecureRandom random = new SecureRandom();
  private final MutableClock clock = new MutableClock(Fixtures.T0);

  @Test
  void noSecretKeyAppearsInAnyKeyOrValueInAnyEncoding() {
    RedisKeys keys = redis.newKeys();
    RedisSessionStore sessions = redis.sessionStore(keys, clock);
    List<byte[]> secrets = new ArrayList<>();
    List<WalletSession> saved = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      WalletSession pending =
          Fixtures.pending(
              random,
              SessionOwner.http("pending-" + i),
              clock.instant(),
              clock.instant().plusSeconds(300));
      sessions.save(pending);
      secrets.add(pending.keys().secretKey());
      saved.add(pending);
    }
    for (int i = 0; i < 4; i++) {
      WalletSession pending =
          Fixtures.pending(
              random,
              SessionOwner.telegram(1000 + i),
              clock.instant(),
              clock.instant().plusSeconds(300));
      sessions.save(pending);
      WalletSession connected = pending.connected(Fixtures.wallet(random), 3, clock.instant());
      sessions.save(connected);
      WalletSession withRequest = connected.issueRequestId(clock.instant()).session();
      sessions.save(withRequest);
      secrets.add(pending.keys().secretKey());
      saved.add(withRequest);
    }
    byte[] shared = new byte[32];
    random.nextBytes(shared);
    redis.secretStore(keys).getOrCreate("proof-payload-key", () -> Bytes.wrap(shared));
    secrets.add(shared);

    // The keys are really stored (sealed): every session reads back with its secret key, also in
    // a store that has opened none of them yet.
    RedisSessionStore fresh = redis.sessionStore(keys, clock);
    for (WalletSession session : saved) {
      assertThat(fresh.findById(session.id()).orElseThrow().keys()).isEqualTo(session.keys());
    }

    Map<String, List<byte[]>> dump = redis.dump(keys.prefix());
    assertThat(dump.keySet())
        .anyMatch(k -> k.startsWith(keys.prefix() + "session:"))
        .anyMatch(k -> k.startsWith(keys.prefix() + "secret:"));
    int checked = 0;
    for (byte[] secret : secrets) {
      List<byte[]> forms = encodings(secret);
      for (Map.Entry<String, List<byte[]>> entry : dump.entrySet()) {
        for (byte[] part : entry.getValue()) {
          for (byte[] form : forms) {
            assertThat(indexOf(part, form))
                .as("a secret key in some encoding inside %s", entry.getKey())
                .isEqualTo(-1);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isPositive();
  }

  /**
   * Raw (the whole key and every 8-byte window of it), hex (both cases) and base64 (standard and
   * URL-safe, with and without padding).
   */
  private static List<byte[]> encodings(byte[] secret) {
    List<String> texts =
        List.of(
            HexFormat.of().formatHex(secret),
            HexFormat.of().withUpperCase().formatHex(secret),
            Base64.getEncoder().encodeToString(secret),
            Base64.getEncoder().withoutPadding().encodeToString(secret),
            Base64.getUrlEncoder().encodeToString(secret),
            Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    List<byte[]> forms = new ArrayList<>();
    forms.add(secret);
    for (int i = 0; i + 8 <= secret.length; i++) {
      forms.add(java.util.Arrays.copyOfRange(secret, i, i + 8));
    }
    texts.forEach(t -> forms.add(t.getBytes(StandardCharsets.US_ASCII)));
    return forms;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
