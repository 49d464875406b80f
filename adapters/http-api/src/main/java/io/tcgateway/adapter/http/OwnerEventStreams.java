package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.domain.session.SessionOwner;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open event streams by owner: opens them (backlog after the client's last id, then live),
 * wakes an owner's streams when {@link SseWalletNotifier} is told of an event, wakes every stream
 * each {@code poll-interval} (events another gateway process logged), writes a comment heartbeat
 * each {@code heartbeat-interval}, and ends every stream cleanly when the application stops. Log
 * reads run on virtual threads, never on the event loop.
 */
@Context
final class OwnerEventStreams implements GracefulShutdownCapable {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerEventStreams.class);
  private static final Duration SHUTDOWN_FLUSH = Duration.ofSeconds(2);
  // Netty writes a response's last chunk just after its body completes (see the bridge server).
  private static final Duration LAST_CHUNK_MARGIN = Duration.ofMillis(150);

  private final ReadEventsUseCase events;
  private final JsonMapper json;
  private final EventStreamProperties properties;
  private final ConcurrentHashMap<SessionOwner, Set<OwnerEventStream>> open =
      new ConcurrentHashMap<>();
  private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timer;
  private final AtomicBoolean closing = new AtomicBoolean();

  OwnerEventStreams(ReadEventsUseCase events, JsonMapper json, EventStreamProperties properties) {
    this.events = events;
    this.json = json;
    this.properties = properties;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("api-event-streams").daemon().factory());
    long heartbeat = properties.heartbeatInterval().toMillis();
    timer.scheduleAtFixedRate(this::heartbeatAll, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    long poll = properties.pollInterval().toMillis();
    timer.scheduleAtFixedRate(this::pollAll, poll, poll, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens a stream of {@code owner}'s events after {@code afterSequence}: a first comment right
   * away (the client sees the stream open), the backlog, then live events.
   *
   * @return the stream, or empty while the application is stopping
   */
  Optional<OwnerEventStream> open(SessionOwner owner, long afterSequence) {
    if (closing.get()) {
      return Optional.empty();
    }
    OwnerEventStream[] self = new OwnerEventStream[1];
    OwnerEventStream stream =
        new OwnerEventStream(
            owner, afterSequence, events, json, readers, properties, () -> remove(self[0]));
    self[0] = stream;
    open.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(stream);
    stream.comment("connected");
    stream.wake();
    if (closing.get()) {
      stream.close();
    }
    return Optional.of(stream);
  }

  /** Wakes {@code owner}'s open streams; cheap and never blocks. */
  void wake(SessionOwner owner) {
    Set<OwnerEventStream> streams = open.get(owner);
    if (streams != null) {
      streams.forEach(OwnerEventStream::wake);
    }
  }

  /** How many streams are open. */
  int openCount() {
    return open.values().stream().mapToInt(Set::size).sum();
  }

  private void remove(OwnerEventStream stream) {
    open.computeIfPresent(
        stream.owner(),
        (owner, streams) -> {
          streams.remove(stream);
          return streams.isEmpty() ? null : streams;
        });
  }

  private List<OwnerEventStream> all() {
    return open.values().stream().flatMap(Set::stream).toList();
  }

  private void heartbeatAll() {
    try {
      all().forEach(stream -> stream.comment("heartbeat"));
    } catch (RuntimeException e) {
      LOG.warn("event stream heartbeat round failed", e);
    }
  }

  private void pollAll() {
    try {
      all().forEach(OwnerEventStream::wake);
    } catch (RuntimeException e) {
      LOG.warn("event stream poll round failed", e);
    }
  }

  @EventListener
  void onServerShutdown(ServerShutdownEvent event) {
    closeAll();
  }

  @EventListener
  void onShutdown(ShutdownEvent event) {
    closeAll();
  }

  @Override
  public CompletionStage<?> shutdownGracefully() {
    closeAll();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public OptionalLong reportActiveTasks() {
    return OptionalLong.of(openCount());
  }

  /** Ends every stream after its queued frames and refuses new ones. */
  @PreDestroy
  void closeAll() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    timer.shutdownNow();
    List<OwnerEventStream> streams = all();
    streams.forEach(OwnerEventStream::close);
    long deadline = System.nanoTime() + SHUTDOWN_FLUSH.toNanos();
    while (streams.stream().anyMatch(s -> !s.isEnded()) && System.nanoTime() < deadline) {
      if (!pause(Duration.ofMillis(5))) {
        break;
      }
    }
    if (!streams.isEmpty()) {
      pause(LAST_CHUNK_MARGIN);
      LOG.info("closed {} API event streams for shutdown", streams.size());
    }
    readers.shutdownNow();
  }

  private static boolean pause(Duration duration) {
    try {
      Thread.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
