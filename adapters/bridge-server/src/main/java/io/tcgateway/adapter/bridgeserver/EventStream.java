package io.tcgateway.adapter.bridgeserver;

import io.tcgateway.adapter.bridgeserver.relay.BufferedMessage;
import io.tcgateway.adapter.bridgeserver.relay.RelayListener;
import io.tcgateway.adapter.bridgeserver.relay.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One open {@code GET /events} response: the frames written to it (heartbeats and messages), in
 * order, as a {@link Flux} that Micronaut writes as the client reads.
 *
 * <p>Memory is bounded: frames wait in the stream's queue only while the client is slow; once more
 * than the replay plus {@code stream-queue-size} frames wait, the stream is cut (queued frames are
 * dropped, the response ends) and the client reconnects with its cursor, getting the messages again
 * from the buffer. {@link #close} ends the stream after the queued frames, for shutdown.
 *
 * <p>Emissions are serialized on this object. Lock order: relay store, relay subscription, this
 * stream. What may run under this stream's lock when the stream ends (cancelling the relay
 * subscription, leaving the stream registry, releasing the IP slot) takes neither the store's nor a
 * subscription's lock, so the order cannot be inverted.
 */
final class EventStream implements RelayListener {
  private final HeartbeatForm heartbeat;
  private final int queueSize;
  private final Runnable onEnd;
  private final Runnable onOverflow;

  /**
   * The frames not yet written. Reactor's default unicast queue starts with a 257-slot array (~1
   * KiB per stream, a tenth of an idle stream's heap); frames rarely wait, so it grows by 32.
   */
  private final Sinks.Many<byte[]> frames =
      Sinks.many()
          .unicast()
          .onBackpressureBuffer(Queues.<byte[]>unbounded(Queues.XS_BUFFER_SIZE).get());

  private final Sinks.One<Boolean> cut = Sinks.one();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile Subscription subscription;

  /** Frames allowed to wait; unlimited during the replay. Guarded by this. */
  private int limit = Integer.MAX_VALUE;

  /** No more frames will be emitted. Guarded by this. */
  private boolean closed;

  /**
   * @param onEnd runs once when the stream ends for any reason (client gone, cut, closed)
   * @param onOverflow runs when the stream is cut because the client is too slow
   */
  EventStream(HeartbeatForm heartbeat, int queueSize, Runnable onEnd, Runnable onOverflow) {
    this.heartbeat = heartbeat;
    this.queueSize = queueSize;
    this.onEnd = onEnd;
    this.onOverflow = onOverflow;
  }

  /** The response body. Subscribe once. */
  Flux<byte[]> body() {
    return frames
        .asFlux()
        .doOnNext(frame -> queued.decrementAndGet())
        .takeUntilOther(cut.asMono())
        .doFinally(signal -> end());
  }

  /** Ties the relay subscription to this stream: it is cancelled when the stream ends. */
  void attach(Subscription relaySubscription) {
    this.subscription = relaySubscription;
    if (ended.get()) {
      relaySubscription.cancel();
    }
  }

  /**
   * Writes the reference bridge's end-of-replay marker {@code event: message}, {@code data:
   * queue_done}, for clients that asked with {@code enable_queue_done_event=true}.
   */
  void queueDone() {
    emit("event: message\ndata: queue_done\n\n");
  }

  /** Writes one heartbeat in the stream's form. */
  void heartbeat() {
    emit(heartbeat.frame());
  }

  @Override
  public void onMessage(BufferedMessage message) {
    emit(BridgeWire.messageFrame(message));
  }

  @Override
  public void onLive() {
    synchronized (this) {
      limit = queued.get() + queueSize;
    }
  }

  @Override
  public void onOverflow() {
    cutOff();
  }

  /** Ends the stream after the frames already queued (shutdown). */
  void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      frames.tryEmitComplete();
    }
    cancelSubscription();
  }

  /** Whether the stream has ended (the client has seen its last frame or is gone). */
  boolean isEnded() {
    return ended.get();
  }

  private void emit(String frame) {
    boolean overflow = false;
    synchronized (this) {
      if (closed) {
        return;
      }
      if (queued.get() >= limit) {
        overflow = true;
      } else {
        queued.incrementAndGet();
        if (frames.tryEmitNext(frame.getBytes(StandardCharsets.UTF_8)).isFailure()) {
          closed = true;
        }
      }
    }
    if (overflow) {
      cutOff();
    }
  }

  private void cutOff() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    onOverflow.run();
    cancelSubscription();
    cut.tryEmitValue(Boolean.TRUE);
  }

  private void cancelSubscription() {
    Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }

  private void end() {
    if (ended.compareAndSet(false, true)) {
      synchronized (this) {
        closed = true;
      }
      cancelSubscription();
      onEnd.run();
    }
  }
}
