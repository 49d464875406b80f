package io.tcgateway.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts racers together: each thread waits on one latch, so they hit the store at once. */
final class Race {
  private Race() {}

  /** What one racer does; {@code racer} is 0, 1, ... */
  @FunctionalInterface
  interface Racer {
    void run(int racer) throws Exception;
  }

  /**
   * Runs {@code racers} threads released by one start latch and waits for all of them; a failure in
   * any racer fails the caller.
   */
  static void run(int racers, Racer body) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        int racer = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  body.run(racer);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES); // a safety net against a store that deadlocks
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
