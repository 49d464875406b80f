package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.tcgateway.adapter.bridgeserver.relay.Relay;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open SSE streams: opens them over the relay, sends every stream a heartbeat each {@code
 * heartbeat-interval}, purges expired messages each {@code purge-interval}, and closes all streams
 * cleanly when the application stops (on the server's shutdown event, while Netty still writes, and
 * as a {@link GracefulShutdownCapable} bean). Created with the context, so that the timer runs and
 * the shutdown events find it.
 */
@Context
final class EventStreams implements GracefulShutdownCapable {
  private static final Duration SHUTDOWN_FLUSH = Duration.ofSeconds(2);

  /**
   * A stream counts as ended when its body completes, but Netty writes the response's last chunk on
   * the event loop just after that; under load that write can still be queued when the server
   * closes the connections. This margin lets it out.
   */
  private static final Duration LAST_CHUNK_MARGIN = Duration.ofMillis(150);

  private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

  private final Relay relay;
  private final ClientLimits limits;
  private final BridgeServerProperties properties;
  private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong cutOff = new AtomicLong();
  private final ScheduledExecutorService timer;
  private final AtomicBoolean closing = new AtomicBoolean();

  EventStreams(Relay relay, ClientLimits limits, BridgeServerProperties properties) {
    this.relay = relay;
    this.limits = limits;
    this.properties = properties;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bridge-server-timer").daemon().factory());
    long heartbeat = properties.heartbeatInterval().toMillis();
    timer.scheduleAtFixedRate(this::heartbeatAll, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    long purge = properties.purgeInterval().toMillis();
    timer.scheduleAtFixedRate(this::purge, purge, purge, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens a stream: the buffered messages newer than the cursor, {@code queue_done} if asked, a
   * first heartbeat right away (so the client sees the stream open even without a backlog), then
   * live messages.
   *
   * @param permit the client's stream slot, released when the stream ends
   * @return the stream, or empty while the bridge is shutting down
   */
  Optional<EventStream> open(BridgeParams.Subscribe request, ClientLimits.StreamPermit permit) {
    if (closing.get()) {
      permit.release();
      return Optional.empty();
    }
    EventStream[] self = new EventStream[1];
    EventStream stream =
        new EventStream(
            request.heartbeat(),
            properties.streamQueueSize(),
            () -> {
              open.remove(self[0]);
              permit.release();
            },
            cutOff::incrementAndGet);
    self[0] = stream;
    open.add(stream);
    try {
      stream.attach(relay.subscribe(request.clientIds(), request.lastEventId(), stream));
    } catch (RuntimeException e) {
      stream.close();
      open.remove(stream);
      permit.release();
      throw e;
    }
    if (request.queueDoneEvent()) {
      stream.queueDone();
    }
    // After the replay, like the reference bridge: a client may take its first heartbeat as "the
    // backlog is over"; without a backlog it still opens the stream at once.
    stream.heartbeat();
    if (closing.get()) {
      stream.close();
    }
    return Optional.of(stream);
  }

  /** How many streams are open. */
  int openCount() {
    return open.size();
  }

  /** How many streams were cut because their client was too slow. */
  long cutOffCount() {
    return cutOff.get();
  }

  private void heartbeatAll() {
    try {
      for (EventStream stream : open) {
        stream.heartbeat();
      }
    } catch (RuntimeException e) {
      LOG.warn("heartbeat round failed", e);
    }
  }

  private void purge() {
    try {
      int dropped = relay.purgeExpired();
      limits.forgetIdle();
      if (dropped > 0) {
        LOG.debug("purged {} expired bridge messages", dropped);
      }
    } catch (RuntimeException e) {
      LOG.warn("purging expired bridge messages failed", e);
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
    return OptionalLong.of(open.size());
  }

  /** Ends every stream after its queued frames and refuses new ones. */
  @PreDestroy
  void closeAll() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    List<EventStream> streams = List.copyOf(open);
    for (EventStream stream : streams) {
      stream.close();
    }
    // Let the server write each stream's end before it closes the connections (bounded).
    long deadline = System.nanoTime() + SHUTDOWN_FLUSH.toNanos();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      if (!pause(Duration.ofMillis(5))) {
        break;
      }
    }
    if (!streams.isEmpty()) {
      pause(LAST_CHUNK_MARGIN);
    }
    if (!streams.isEmpty()) {
      LOG.info(
          "closed {} bridge streams for shutdown ({} not confirmed ended)",
          streams.size(),
          open.size());
    }
    timer.shutdownNow();
  }

  /** Sleeps; false when interrupted (the interrupt is kept). */
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
