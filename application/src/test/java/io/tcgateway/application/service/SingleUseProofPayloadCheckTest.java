package io.tcgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.domain.verify.ProofPayloads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SingleUseProofPayloadCheckTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final ProofPayloads payloads =
      new ProofPayloads("k".repeat(32).getBytes(StandardCharsets.US_ASCII));

  /** Single use in a map; can be switched to fail like a store that is down. */
  private static final class MapStore implements ProofPayloadStore {
    final Map<String, Instant> used = new HashMap<>();
    boolean down;

    @Override
    public boolean consume(String payloadId, Instant expiresAt) {
      if (down) {
        throw new StoreUnavailableException("down", null);
      }
      return used.putIfAbsent(payloadId, expiresAt) == null;
    }

    @Override
    public int purgeExpired(Instant now) {
      return 0;
    }
  }

  private final MapStore store = new MapStore();
  private final SingleUseProofPayloadCheck check = new SingleUseProofPayloadCheck(payloads, store);

  @Test
  void aGenuinePayloadIsAcceptedOnceAndThenRefused() {
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), new SplittableRandom(1)).payload();
    assertThat(check.accept(payload, NOW.plusSeconds(5))).isTrue();
    assertThat(check.accept(payload, NOW.plusSeconds(6))).isFalse();
  }

  @Test
  void aForeignOrExpiredPayloadIsRefusedWithoutTouchingTheStore() {
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), new SplittableRandom(1)).payload();
    assertThat(check.accept(payload, NOW.plus(Duration.ofMinutes(15)))).isFalse();
    assertThat(check.accept("made-up-payload", NOW)).isFalse();
    assertThat(store.used).isEmpty();
  }

  @Test
  void aStoreThatIsDownRefusesThePayload() {
    store.down = true;
    String payload = payloads.issue(NOW, Duration.ofMinutes(15), new SplittableRandom(2)).payload();
    assertThat(check.accept(payload, NOW)).isFalse();
  }
}
