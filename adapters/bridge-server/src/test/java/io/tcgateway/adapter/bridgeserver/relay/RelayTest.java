package io.tcgateway.adapter.bridgeserver.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RelayTest {
  private static final SessionPublicKey A = key(1);
  private static final SessionPublicKey B = key(2);
  private static final SessionPublicKey C = key(3);
  private static final Duration TTL = Duration.ofSeconds(300);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  static SessionPublicKey key(int n) {
    return SessionPublicKey.parse("%064x".formatted(n));
  }

  /** Records what a subscription delivers. */
  static final class Recorder implements RelayListener {
    final List<BufferedMessage> messages = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean live = new AtomicBoolean();
    final AtomicBoolean overflowed = new AtomicBoolean();

    @Override
    public void onMessage(BufferedMessage message) {
      messages.add(message);
    }

    @Override
    public void onLive() {
      live.set(true);
    }

    @Override
    public void onOverflow() {
      overflowed.set(true);
    }

    List<Long> ids() {
      synchronized (messages) {
        return messages.stream().map(BufferedMessage::eventId).toList();
      }
    }
  }

  private Relay relay(RelayStore store) {
    return new Relay(store, clock, 64);
  }

  private static BufferedMessage post(Relay relay, SessionPublicKey to, String text) {
    return relay.post(A, to, TTL, text, Optional.empty());
  }

  @Test
  void replaysBufferedMessagesThenDeliversLiveOnes() {
    Relay relay = relay(new InMemoryRelayStore(clock, 100));
    BufferedMessage first = post(relay, B, "AAAA");
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(B), OptionalLong.empty(), recorder);
    assertThat(recorder.live).isTrue();
    BufferedMessage second = post(relay, B, "BBBB");

    assertThat(recorder.messages).containsExactly(first, second);
  }

  @Test
  void replaysOnlyMessagesNewerThanTheCursor() {
    Relay relay = relay(new InMemoryRelayStore(clock, 100));
    BufferedMessage first = post(relay, B, "AAAA");
    BufferedMessage second = post(relay, B, "BBBB");
    BufferedMessage third = post(relay, B, "CCCC");
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(B), OptionalLong.of(first.eventId()), recorder);

    assertThat(recorder.messages).containsExactly(second, third);
  }

  @Test
  void doesNotReplayExpiredMessages() {
    Relay relay = relay(new InMemoryRelayStore(clock, 100));
    relay.post(A, B, Duration.ofSeconds(10), "AAAA", Optional.empty());
    BufferedMessage longer = relay.post(A, B, Duration.ofSeconds(60), "BBBB", Optional.empty());
    clock.advance(Duration.ofSeconds(10));
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(B), OptionalLong.empty(), recorder);

    assertThat(recorder.messages).containsExactly(longer);
  }

  @Test
  void aMultiIdSubscriptionGetsEveryListedIdInEventIdOrder() {
    Relay relay = relay(new InMemoryRelayStore(clock, 100));
    BufferedMessage toB = post(relay, B, "AAAA");
    BufferedMessage toC = post(relay, C, "BBBB");
    post(relay, A, "CCCC");
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(C, B), OptionalLong.empty(), recorder);
    BufferedMessage liveToC = post(relay, C, "DDDD");

    assertThat(recorder.messages).containsExactly(toB, toC, liveToC);
  }

  @Test
  void cancelledSubscriptionGetsNothingMore() {
    Relay relay = relay(new InMemoryRelayStore(clock, 100));
    Recorder recorder = new Recorder();
    Subscription subscription = relay.subscribe(Set.of(B), OptionalLong.empty(), recorder);

    subscription.cancel();
    post(relay, B, "AAAA");

    assertThat(recorder.messages).isEmpty();
  }

  @Test
  void postsWhileSubscribingArriveExactlyOnceAndInOrder() throws Exception {
    // Held-back room for the whole run: this test is about ordering, not overflow.
    Relay relay = new Relay(new InMemoryRelayStore(clock, 1_000_000), clock, 1_000_000);
    int messages = 20_000;
    int subscribers = 40;
    List<BufferedMessage> posted = Collections.synchronizedList(new ArrayList<>());
    AtomicLong lastId = new AtomicLong();
    // One list of pairs: two workers subscribe at once, so two lists could pair them wrongly.
    List<Map.Entry<Recorder, Long>> subscribed = new CopyOnWriteArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      pool.submit(
          () -> {
            started.countDown();
            for (int i = 0; i < messages; i++) {
              BufferedMessage message = post(relay, B, "AAAA");
              posted.add(message);
              lastId.set(message.eventId());
            }
          });
      for (int worker = 0; worker < 2; worker++) {
        pool.submit(
            () -> {
              started.await();
              for (int i = 0; i < subscribers / 2; i++) {
                Recorder recorder = new Recorder();
                long cursor = Math.max(0, lastId.get() - 50);
                relay.subscribe(Set.of(B), OptionalLong.of(cursor), recorder);
                subscribed.add(Map.entry(recorder, cursor));
                Thread.sleep(1);
              }
              return null;
            });
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    List<Long> all;
    synchronized (posted) {
      all = posted.stream().map(BufferedMessage::eventId).toList();
    }
    assertThat(all).isSorted().doesNotHaveDuplicates().hasSize(messages);
    assertThat(subscribed).hasSize(subscribers);
    for (int i = 0; i < subscribed.size(); i++) {
      long cursor = subscribed.get(i).getValue();
      List<Long> expected = all.stream().filter(id -> id > cursor).toList();
      assertThat(subscribed.get(i).getKey().ids())
          .as("subscriber %d after %d", i, cursor)
          .isEqualTo(expected);
    }
  }

  @Test
  void aMessageBothReplayedAndPublishedLateIsDeliveredOnce() {
    // A shared store may buffer a message before listen() and publish it after: both since() and
    // the listener report it.
    LatePublishingStore store = new LatePublishingStore(new InMemoryRelayStore(clock, 100));
    Relay relay = relay(store);
    BufferedMessage early = post(relay, B, "AAAA");
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(B), OptionalLong.empty(), recorder);
    store.publishPending();
    BufferedMessage later = post(relay, B, "BBBB");
    store.publishPending();

    assertThat(recorder.messages).containsExactly(early, later);
  }

  @Test
  void tooManyMessagesDuringTheReplayOverflowTheSubscription() {
    InMemoryRelayStore inner = new InMemoryRelayStore(clock, 100);
    RelayStore store =
        new ForwardingStore(inner) {
          @Override
          public java.util.List<BufferedMessage> since(
              Set<SessionPublicKey> recipients, OptionalLong after, Instant now) {
            for (int i = 0; i < 3; i++) {
              inner.append(new Envelope(A, B, "AAAA", Optional.empty(), now.plus(TTL)));
            }
            return inner.since(recipients, after, now);
          }
        };
    Relay relay = new Relay(store, clock, 2);
    Recorder recorder = new Recorder();

    relay.subscribe(Set.of(B), OptionalLong.empty(), recorder);
    post(relay, B, "BBBB");

    assertThat(recorder.overflowed).isTrue();
    assertThat(recorder.live).isFalse();
    assertThat(recorder.messages).isEmpty();
  }

  @Test
  void purgeDropsExpiredMessages() {
    InMemoryRelayStore store = new InMemoryRelayStore(clock, 100);
    Relay relay = relay(store);
    relay.post(A, B, Duration.ofSeconds(5), "AAAA", Optional.empty());
    relay.post(A, C, Duration.ofSeconds(50), "BBBB", Optional.empty());
    clock.advance(Duration.ofSeconds(6));

    assertThat(relay.purgeExpired()).isEqualTo(1);
    assertThat(store.bufferedCount()).isEqualTo(1);
  }

  /** Delegates everything; subclasses override what a test needs. */
  static class ForwardingStore implements RelayStore {
    final RelayStore inner;

    ForwardingStore(RelayStore inner) {
      this.inner = inner;
    }

    @Override
    public BufferedMessage append(Envelope envelope) {
      return inner.append(envelope);
    }

    @Override
    public List<BufferedMessage> since(
        Set<SessionPublicKey> recipients, OptionalLong afterEventId, Instant now) {
      return inner.since(recipients, afterEventId, now);
    }

    @Override
    public Registration listen(
        Set<SessionPublicKey> recipients, Consumer<BufferedMessage> listener) {
      return inner.listen(recipients, listener);
    }

    @Override
    public int purgeExpired(Instant now) {
      return inner.purgeExpired(now);
    }
  }

  /** Buffers at once but publishes only when told, like pub/sub lagging behind the buffer. */
  static final class LatePublishingStore extends ForwardingStore {
    private final List<BufferedMessage> pending = new ArrayList<>();
    private final List<Consumer<BufferedMessage>> listeners = new CopyOnWriteArrayList<>();

    LatePublishingStore(RelayStore inner) {
      super(inner);
    }

    @Override
    public BufferedMessage append(Envelope envelope) {
      BufferedMessage message = inner.append(envelope);
      pending.add(message);
      return message;
    }

    @Override
    public Registration listen(
        Set<SessionPublicKey> recipients, Consumer<BufferedMessage> listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }

    void publishPending() {
      for (BufferedMessage message : pending) {
        listeners.forEach(listener -> listener.accept(message));
      }
      pending.clear();
    }
  }
}
