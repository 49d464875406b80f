package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.tcgateway.application.port.in.ReadEventsQuery;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.session.SessionOwner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/** One stream without a server: bounded memory for a slow client, order, the end. */
class OwnerEventStreamTest {
  static final SessionOwner ALICE = SessionOwner.http("alice");
  static ApplicationContext context;
  static JsonMapper json;

  @BeforeAll
  static void jsonMapper() {
    context = ApplicationContext.run(java.util.Map.of("gateway.api.enabled", "false"));
    json = context.getBean(JsonMapper.class);
  }

  @AfterAll
  static void close() {
    context.close();
  }

  /** A log of {@code size} events of Alice, counting how many events each read returned. */
  static final class Log implements ReadEventsUseCase {
    final List<LoggedEvent> events;
    final List<Integer> batches = new CopyOnWriteArrayList<>();

    Log(int size) {
      events =
          LongStream.rangeClosed(1, size)
              .mapToObj(
                  i ->
                      new LoggedEvent(
                          i,
                          ALICE,
                          Samples.NOW,
                          new Event.ConnectionExpired(Samples.sessionId((int) i)),
                          false))
              .toList();
    }

    @Override
    public List<LoggedEvent> readEvents(ReadEventsQuery query) {
      List<LoggedEvent> batch =
          events.stream()
              .filter(e -> e.sequence() > query.afterSequence())
              .limit(query.limit())
              .toList();
      batches.add(batch.size());
      return batch;
    }

    int delivered() {
      return batches.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A subscriber that takes frames only when told to. */
  static final class SlowClient extends BaseSubscriber<byte[]> {
    final List<String> frames = new CopyOnWriteArrayList<>();
    volatile boolean completed;

    @Override
    protected void hookOnSubscribe(Subscription subscription) {}

    @Override
    protected void hookOnNext(byte[] frame) {
      frames.add(new String(frame, StandardCharsets.UTF_8));
    }

    @Override
    protected void hookOnComplete() {
      completed = true;
    }
  }

  static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 5 s: " + what);
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void aSlowClientHoldsAtMostMaxQueuedFramesAndThenGetsTheRestInOrder() throws Exception {
    Log log = new Log(50);
    AtomicInteger ended = new AtomicInteger();
    EventStreamProperties properties =
        new EventStreamProperties(Duration.ofHours(1), Duration.ofHours(1), 8, 100);
    OwnerEventStream stream =
        new OwnerEventStream(
            ALICE, 0, log, json, Runnable::run, properties, ended::incrementAndGet);
    SlowClient client = new SlowClient();
    stream.body().subscribe(client);

    stream.wake();
    assertThat(log.delivered()).as("read no further than the queue allows").isEqualTo(8);
    stream.wake();
    stream.comment("heartbeat");
    assertThat(log.delivered()).isEqualTo(8);

    client.request(3);
    assertThat(client.frames).hasSize(3);
    assertThat(log.delivered()).as("not yet caught up to half the queue").isEqualTo(8);
    client.request(1);
    await("reading resumes", () -> log.delivered() > 8);

    client.request(Long.MAX_VALUE);
    await("everything delivered", () -> client.frames.size() == 50);
    List<String> ids = new ArrayList<>();
    for (String frame : client.frames) {
      ids.add(frame.substring(4, frame.indexOf('\n')));
    }
    assertThat(ids)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).mapToObj(Long::toString).toList());
    assertThat(client.frames.getFirst())
        .isEqualTo(
            "id: 1\nevent: connection.expired\ndata: {\"sessionId\":\"%s\",\"at\":\"2025-07-04T16:59:18Z\"}\n\n"
                .formatted(Samples.sessionId(1).value()));

    stream.close();
    assertThat(client.completed).isTrue();
    assertThat(ended.get()).isEqualTo(1);
    stream.wake();
    assertThat(client.frames).hasSize(50);
  }

  @Test
  void afterShutdownNoStreamOpensAndOpenOnesHaveEnded() {
    OwnerEventStreams streams =
        new OwnerEventStreams(
            new Log(2),
            json,
            new EventStreamProperties(Duration.ofHours(1), Duration.ofHours(1), 8, 100));
    OwnerEventStream open = streams.open(ALICE, 0).orElseThrow();
    SlowClient client = new SlowClient();
    open.body().subscribe(client);
    client.request(Long.MAX_VALUE);
    await("backlog delivered", () -> client.frames.size() == 3);

    streams.closeAll();

    assertThat(client.completed).isTrue();
    assertThat(streams.openCount()).isZero();
    assertThat(streams.open(ALICE, 0)).isEmpty();
  }

  @Test
  void aClientThatGoesAwayEndsTheStreamOnce() {
    AtomicInteger ended = new AtomicInteger();
    OwnerEventStream stream =
        new OwnerEventStream(
            ALICE,
            0,
            new Log(3),
            json,
            Runnable::run,
            new EventStreamProperties(Duration.ofHours(1), Duration.ofHours(1), 8, 100),
            ended::incrementAndGet);
    SlowClient client = new SlowClient();
    stream.body().subscribe(client);
    client.request(1);
    stream.wake();

    client.cancel();
    stream.close();

    assertThat(stream.isEnded()).isTrue();
    assertThat(ended.get()).isEqualTo(1);
  }
}
