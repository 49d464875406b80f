package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeMessage;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DeliveryLanesTest {
  private static final SessionPublicKey ALICE = SessionPublicKey.parse("%064x".formatted(1));
  private static final SessionPublicKey BOB = SessionPublicKey.parse("%064x".formatted(2));

  private final List<BridgeEventId> watermarks = new CopyOnWriteArrayList<>();

  private static BridgeSignal.Delivery delivery(long id, SessionPublicKey from) {
    return new BridgeSignal.Delivery(
        BridgeEventId.of(id),
        new BridgeMessage(from, Bytes.of(new byte[] {1, 2, 3}), java.util.Optional.empty()));
  }

  private DeliveryLanes lanes(int maxInFlight, Predicate<BridgeSignal.Delivery> handler) {
    return new DeliveryLanes(maxInFlight, handler, watermarks::add);
  }

  private BridgeEventId lastWatermark() {
    return watermarks.isEmpty() ? null : watermarks.get(watermarks.size() - 1);
  }

  @Test
  void aSlowSenderDoesNotHoldUpAnotherButTheWatermarkWaitsForIt() throws Exception {
    CountDownLatch aliceMayFinish = new CountDownLatch(1);
    List<Long> handled = new CopyOnWriteArrayList<>();
    DeliveryLanes lanes =
        lanes(
            8,
            d -> {
              if (d.message().from().equals(ALICE) && d.eventId().value().equals("1")) {
                await(aliceMayFinish);
              }
              handled.add(Long.parseLong(d.eventId().value()));
              return true;
            });

    lanes.submit(delivery(1, ALICE));
    lanes.submit(delivery(2, BOB));
    lanes.submit(delivery(3, BOB));
    waitUntil(() -> handled.containsAll(List.of(2L, 3L)));

    assertThat(handled).containsExactly(2L, 3L); // Bob ran while Alice's first was still running
    assertThat(watermarks).isEmpty(); // but nothing is passed before event 1 is accepted

    aliceMayFinish.countDown();
    lanes.drain();
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(3));
  }

  @Test
  void oneSendersDeliveriesRunInStreamOrder() throws Exception {
    Map<SessionPublicKey, List<Long>> bySender = new ConcurrentHashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    DeliveryLanes lanes =
        lanes(
            4,
            d -> {
              sleepMicros(random.split().nextInt(200));
              bySender
                  .computeIfAbsent(
                      d.message().from(), k -> Collections.synchronizedList(new ArrayList<>()))
                  .add(Long.parseLong(d.eventId().value()));
              return true;
            });
    List<SessionPublicKey> senders = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      senders.add(SessionPublicKey.parse("%064x".formatted(100 + s)));
    }
    for (long id = 1; id <= 500; id++) {
      lanes.submit(delivery(id, senders.get((int) (id * 7 % senders.size()))));
    }
    lanes.drain();

    assertThat(bySender.values().stream().mapToInt(List::size).sum()).isEqualTo(500);
    for (List<Long> ids : bySender.values()) {
      assertThat(ids).isSorted();
    }
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(500));
    List<Long> reported = watermarks.stream().map(w -> Long.parseLong(w.value())).toList();
    assertThat(reported).isSorted(); // reported one at a time, never backwards
  }

  @Test
  void aRefusedDeliveryStopsTheWatermarkAndItsSendersLaterOnes() throws Exception {
    List<Long> handled = new CopyOnWriteArrayList<>();
    CountDownLatch bobMayRun = new CountDownLatch(1);
    AtomicInteger attemptsOf3 = new AtomicInteger();
    DeliveryLanes lanes =
        lanes(
            8,
            d -> {
              long id = Long.parseLong(d.eventId().value());
              if (d.message().from().equals(BOB)) {
                await(bobMayRun);
              }
              handled.add(id);
              return id != 3 || attemptsOf3.incrementAndGet() > 1; // the store fails once on 3
            });

    lanes.submit(delivery(1, ALICE));
    lanes.submit(delivery(2, BOB));
    lanes.submit(delivery(3, ALICE));
    waitUntil(lanes::refused);
    lanes.submit(delivery(4, ALICE)); // after the refusal: left for the replay
    bobMayRun.countDown();
    lanes.drain();

    assertThat(handled).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(2)); // never past the refused 3

    lanes.reset();
    assertThat(lanes.refused()).isFalse();
    lanes.submit(delivery(3, ALICE)); // the replay
    lanes.submit(delivery(4, ALICE));
    lanes.drain();
    assertThat(handled).endsWith(3L, 4L).filteredOn(id -> id == 3L).hasSize(2);
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(4));
  }

  @Test
  void withOneInFlightEveryDeliveryRunsOnTheCallersThreadInOrder() throws Exception {
    List<String> threads = new ArrayList<>();
    List<Long> handled = new ArrayList<>();
    DeliveryLanes lanes =
        lanes(
            1,
            d -> {
              threads.add(Thread.currentThread().getName());
              handled.add(Long.parseLong(d.eventId().value()));
              return true;
            });
    for (long id = 1; id <= 5; id++) {
      lanes.submit(delivery(id, id % 2 == 0 ? ALICE : BOB));
      assertThat(handled).hasSize((int) id); // done when submit returns
    }
    assertThat(Set.copyOf(threads)).containsExactly(Thread.currentThread().getName());
    assertThat(handled).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(5));
  }

  @Test
  void submitBlocksWhileTheLimitIsInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    DeliveryLanes lanes =
        lanes(
            2,
            d -> {
              running.incrementAndGet();
              await(release);
              return true;
            });
    lanes.submit(delivery(1, ALICE));
    lanes.submit(delivery(2, BOB));
    Thread third =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    lanes.submit(delivery(3, SessionPublicKey.parse("%064x".formatted(3))));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    waitUntil(() -> running.get() == 2);
    assertThat(third.join(Duration.ofMillis(200))).isFalse(); // still blocked in submit
    release.countDown();
    assertThat(third.join(Duration.ofSeconds(5))).isTrue();
    lanes.drain();
    assertThat(running.get()).isEqualTo(3);
    assertThat(lastWatermark()).isEqualTo(BridgeEventId.of(3));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepMicros(int micros) {
    try {
      Thread.sleep(Duration.ofNanos(micros * 1_000L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(5);
    }
  }
}
