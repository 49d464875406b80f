package io.tcgateway.adapter.bridgeserver.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryRelayStoreTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00.000123Z");
  private static final SessionPublicKey A = RelayTest.key(1);
  private static final SessionPublicKey B = RelayTest.key(2);
  private static final SessionPublicKey C = RelayTest.key(3);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryRelayStore store = new InMemoryRelayStore(clock, 3);

  private Envelope to(SessionPublicKey recipient, Duration ttl) {
    return new Envelope(A, recipient, "AAAA", Optional.empty(), clock.instant().plus(ttl));
  }

  private Envelope to(SessionPublicKey recipient) {
    return to(recipient, Duration.ofMinutes(5));
  }

  @Test
  void firstEventIdIsTheStartTimeInMicroseconds() {
    long micros = START.getEpochSecond() * 1_000_000 + 123;

    assertThat(store.append(to(B)).eventId()).isEqualTo(micros);
    assertThat(store.append(to(C)).eventId()).isEqualTo(micros + 1);
  }

  @Test
  void firstIdContinuesAfterTheLastIssuedWhenTheClockIsBehind() {
    assertThat(EventIds.firstId(START, 5)).isEqualTo(START.getEpochSecond() * 1_000_000 + 123);
    assertThat(EventIds.firstId(START, Long.MAX_VALUE - 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(EventIds.firstId(Instant.EPOCH, 0)).isEqualTo(1);
  }

  @Test
  void aFullRecipientBufferEvictsItsOldestMessage() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(store.append(to(B)).eventId());
    }
    store.append(to(C));

    assertThat(store.since(Set.of(B), OptionalLong.empty(), clock.instant()))
        .extracting(BufferedMessage::eventId)
        .containsExactlyElementsOf(ids.subList(2, 5));
    assertThat(store.bufferedCount()).isEqualTo(4);
  }

  @Test
  void sinceSkipsAndDropsExpiredMessages() {
    store.append(to(B, Duration.ofSeconds(1)));
    BufferedMessage kept = store.append(to(B, Duration.ofSeconds(10)));
    clock.advance(Duration.ofSeconds(1));

    assertThat(store.since(Set.of(B), OptionalLong.empty(), clock.instant())).containsExactly(kept);
    assertThat(store.bufferedCount()).isEqualTo(1);
  }

  @Test
  void listenersGetAppendsForTheirRecipientsUntilCancelled() {
    List<BufferedMessage> got = new ArrayList<>();
    RelayStore.Registration registration = store.listen(Set.of(B, C), got::add);
    BufferedMessage toB = store.append(to(B));
    store.append(to(A));
    BufferedMessage toC = store.append(to(C));
    registration.cancel();
    store.append(to(B));

    assertThat(got).containsExactly(toB, toC);
  }

  @Test
  void aSlowListenerDoesNotHoldUpAppendsForOtherListeners() throws Exception {
    CountDownLatch inSlowListener = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    store.listen(
        Set.of(B),
        message -> {
          inSlowListener.countDown();
          await(release);
        });
    List<BufferedMessage> got = new CopyOnWriteArrayList<>();
    store.listen(Set.of(C), got::add);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<BufferedMessage> slow = threads.submit(() -> store.append(to(B)));
      assertThat(inSlowListener.await(5, TimeUnit.SECONDS)).isTrue();

      BufferedMessage toC = threads.submit(() -> store.append(to(C))).get(5, TimeUnit.SECONDS);

      assertThat(got).containsExactly(toC);
      assertThat(slow).isNotDone();
      release.countDown();
      assertThat(slow.get(5, TimeUnit.SECONDS).eventId()).isLessThan(toC.eventId());
    }
  }

  @Test
  void aListenerGetsConcurrentAppendsOneAtATimeInEventIdOrder() throws Exception {
    List<Long> ids = new CopyOnWriteArrayList<>();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    store.listen(
        Set.of(B, C),
        message -> {
          if (inside.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          ids.add(message.eventId());
          Thread.yield();
          inside.decrementAndGet();
        });
    int perThread = 2_000;
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<Future<?>> posters = new ArrayList<>();
      for (SessionPublicKey recipient : List.of(B, C, B, C)) {
        posters.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    store.append(to(recipient));
                  }
                }));
      }
      for (Future<?> poster : posters) {
        poster.get(30, TimeUnit.SECONDS);
      }
    }

    assertThat(ids).hasSize(4 * perThread).isSorted();
    assertThat(overlaps).hasValue(0);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void rejectsANonPositiveBufferSize() {
    assertThatThrownBy(() -> new InMemoryRelayStore(clock, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxMessagesPerRecipient");
  }
}
