package io.tcgateway.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProofPayloadStore} must do: single use, atomically, until expiry.
 *
 * <p>The tests' times lie in the past of the wall clock: a store that needs the time (to set TTLs,
 * say) must take {@link #clock}, which the tests keep at the instant they act at.
 */
public abstract class ProofPayloadStoreContract {
  protected static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  /** The time a store that needs one must use. */
  protected final MutableClock clock = new MutableClock(T0);

  protected ProofPayloadStore store;

  /** A fresh store that has seen no payload. */
  protected abstract ProofPayloadStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void aPayloadIsAcceptedOnce() {
    assertThat(store.consume("aa01", T0.plusSeconds(600))).isTrue();
    assertThat(store.consume("aa01", T0.plusSeconds(600))).isFalse();
    assertThat(store.consume("aa02", T0.plusSeconds(600))).isTrue();
  }

  @Test
  void ofConcurrentConsumersExactlyOneWins() throws Exception {
    int consumers = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(consumers);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < consumers; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.consume("race", T0.plusSeconds(600));
                }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void purgingForgetsOnlyExpiredIds() {
    store.consume("old", T0.plusSeconds(10));
    store.consume("live", T0.plusSeconds(600));
    clock.set(T0.plusSeconds(11));
    assertThat(store.purgeExpired(T0.plusSeconds(11))).isEqualTo(1);
    assertThat(store.consume("live", T0.plusSeconds(600))).isFalse();
  }

  @Test
  void anIdIsRememberedUntilItsExpiryInstantIncluded() {
    store.consume("edge", T0.plusSeconds(10));
    clock.set(T0.plusSeconds(10));
    assertThat(store.purgeExpired(T0.plusSeconds(10))).isZero();
    assertThat(store.consume("edge", T0.plusSeconds(10))).isFalse();
  }
}
