package io.tcgateway.adapter.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.adapter.memory.InMemoryBridgeCursorStore;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.testkit.Eventually;
import io.tcgateway.testkit.fake.RecordingBridgeEventReceiver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: across random stream drops (some mid-frame), store outages and subscription changes,
 * every message posted for a subscribed client id is stored exactly once, and no cursor is ever
 * moved past an event of that client id that is not stored yet.
 */
class RandomDisconnectsPropertyTest {
  /** Several senders, so that a stream's events run in parallel lanes (one lane per sender). */
  private static final List<String> WALLETS =
      List.of("55".repeat(32), "56".repeat(32), "57".repeat(32), "58".repeat(32));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void everyMessageIsStoredExactlyOnceAndNoCursorSkipsAnUnstoredEvent(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    RecordingBridgeEventReceiver receiver = new RecordingBridgeEventReceiver();
    AtomicInteger calls = new AtomicInteger();
    receiver.failWhen(c -> calls.incrementAndGet() % 10 == 3);
    Map<Long, String> published = new ConcurrentHashMap<>();
    List<String> violations = new CopyOnWriteArrayList<>();
    BridgeCursorStore checking =
        new CheckingCursorStore(new InMemoryBridgeCursorStore(), receiver, published, violations);
    try (FakeBridge bridge = new FakeBridge();
        SseWalletBridge client =
            new SseWalletBridge(
                SseWalletBridgeTest.fastSettings(7),
                receiver,
                checking,
                new RecordingTelemetry(),
                Clock.systemUTC(),
                new java.util.Random(seed))) {
      BridgeUrl url = bridge.url();
      List<SessionPublicKey> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(SseWalletBridgeTest.clientId(i));
      }
      for (SessionPublicKey id : ids) {
        client.subscribe(url, id);
      }
      for (SessionPublicKey id : ids) {
        client.subscribe(url, id).toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
      for (int round = 0; round < 150; round++) {
        SessionPublicKey to = ids.get(random.nextInt(ids.size()));
        String from = WALLETS.get(random.nextInt(WALLETS.size()));
        long id = bridge.publish(from, to.clientId(), new byte[] {(byte) round, 9});
        published.put(id, to.clientId());
        switch (random.nextInt(12)) {
          case 0 -> bridge.dropAllStreams("event: message\nid: 1\ndata: {\"from\":");
          case 1 -> bridge.dropAllStreams("");
          case 2 -> {
            // a client id leaves and comes back (resumes from its cursor through catch-up)
            SessionPublicKey moving = ids.get(random.nextInt(ids.size()));
            client.unsubscribe(url, moving);
            Thread.sleep(30);
            client.resume(url, moving);
          }
          default -> {}
        }
        Thread.sleep(random.nextInt(8));
      }
      Eventually.await(
          "all " + published.size() + " messages stored",
          Duration.ofSeconds(30),
          () ->
              published.keySet().stream()
                  .allMatch(id -> receiver.isStored(url, BridgeEventId.of(id))));
      Map<String, Integer> storedTimes = new HashMap<>();
      receiver.accepted().forEach(c -> storedTimes.merge(c.eventId().value(), 1, Integer::sum));
      assertThat(storedTimes)
          .hasSize(published.size())
          .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
      assertThat(violations).isEmpty();
    }
  }

  /** Checks, at every advance, that all events of those client ids up to the cursor are stored. */
  private record CheckingCursorStore(
      BridgeCursorStore delegate,
      RecordingBridgeEventReceiver receiver,
      Map<Long, String> published,
      List<String> violations)
      implements BridgeCursorStore {

    @Override
    public Optional<BridgeEventId> find(BridgeUrl bridge, SessionPublicKey clientId) {
      return delegate.find(bridge, clientId);
    }

    @Override
    public void advance(
        BridgeUrl bridge, Collection<SessionPublicKey> clientIds, BridgeEventId eventId) {
      long cursor = Long.parseLong(eventId.value());
      for (SessionPublicKey clientId : clientIds) {
        published.forEach(
            (id, to) -> {
              if (id <= cursor
                  && to.equals(clientId.clientId())
                  && !receiver.isStored(bridge, BridgeEventId.of(id))) {
                violations.add(
                    "cursor of " + to + " moved to " + cursor + " before " + id + " was stored");
              }
            });
      }
      delegate.advance(bridge, clientIds, eventId);
    }

    @Override
    public void remove(BridgeUrl bridge, SessionPublicKey clientId) {
      delegate.remove(bridge, clientId);
    }
  }
}
