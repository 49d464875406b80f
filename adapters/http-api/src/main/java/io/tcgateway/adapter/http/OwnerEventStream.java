package io.tcgateway.adapter.http;

import io.micronaut.json.JsonMapper;
import io.tcgateway.application.port.in.ReadEventsQuery;
import io.tcgateway.application.port.in.ReadEventsUseCase;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.domain.session.SessionOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One open {@code GET /v1/users/{userId}/events} response. The owner's event log is the only
 * source: a wake-up (from {@link SseWalletNotifier}, the poll timer or the client catching up)
 * makes the stream read the log after the last sequence it wrote, and write those events as {@code
 * id: <sequence>}, {@code event: <type>}, {@code data: <json>} frames. One reader at a time per
 * stream (a wake-up during a read runs the read again), so frames come in log order and none twice,
 * whatever the mix of notifications and polls.
 *
 * <p>Memory is bounded: at most {@code max-queued-frames} frames wait for a slow client; then the
 * stream stops reading until the client has taken half of them, and goes on from the log.
 */
final class OwnerEventStream {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerEventStream.class);

  private final SessionOwner owner;
  private final ReadEventsUseCase events;
  private final JsonMapper json;
  private final Executor executor;
  private final int maxQueued;
  private final int batchSize;
  private final Runnable onEnd;
  private final Sinks.Many<byte[]> frames = Sinks.many().unicast().onBackpressureBuffer();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final AtomicBoolean ended = new AtomicBoolean();

  /** The last sequence written; only the reader (one at a time) changes it. */
  private volatile long lastSequence;

  /** The reader stopped because the queue was full. */
  private volatile boolean blocked;

  /** The last read failed (logged once per failure streak). */
  private volatile boolean failing;

  /** No more frames will be emitted. Guarded by this. */
  private boolean closed;

  OwnerEventStream(
      SessionOwner owner,
      long afterSequence,
      ReadEventsUseCase events,
      JsonMapper json,
      Executor executor,
      EventStreamProperties properties,
      Runnable onEnd) {
    this.owner = owner;
    this.lastSequence = afterSequence;
    this.events = events;
    this.json = json;
    this.executor = executor;
    this.maxQueued = properties.maxQueuedFrames();
    this.batchSize = properties.readBatchSize();
    this.onEnd = onEnd;
  }

  SessionOwner owner() {
    return owner;
  }

  /** The response body. Subscribe once. */
  Flux<byte[]> body() {
    return frames.asFlux().doOnNext(frame -> taken()).doFinally(signal -> end());
  }

  /** Reads the log after the last event written, now or right after the read in progress. */
  void wake() {
    if (wakeUps.getAndIncrement() == 0) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        wakeUps.set(0); // shutting down
      }
    }
  }

  /** Writes a comment line ({@code : text}), unless the client is behind. */
  void comment(String text) {
    if (queued.get() < maxQueued) {
      emit(": " + text + "\n\n");
    }
  }

  /** Ends the stream after the frames already queued. */
  void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      frames.tryEmitComplete();
    }
  }

  boolean isEnded() {
    return ended.get();
  }

  private void drain() {
    int missed = 1;
    do {
      try {
        readAvailable();
        if (failing) {
          failing = false;
          LOG.info("event stream of {} reads its log again", owner);
        }
      } catch (RuntimeException e) {
        if (!failing) {
          failing = true;
          LOG.warn("event stream of {} cannot read its log (retried on the next poll)", owner, e);
        }
      }
      missed = wakeUps.addAndGet(-missed);
    } while (missed != 0);
  }

  private void readAvailable() {
    while (!isClosed()) {
      int room = maxQueued - queued.get();
      if (room <= 0) {
        blocked = true;
        if (queued.get() >= maxQueued) {
          return; // taken() wakes the stream once the client has caught up
        }
        blocked = false;
        continue;
      }
      int limit = Math.min(room, batchSize);
      List<LoggedEvent> batch = events.readEvents(new ReadEventsQuery(owner, lastSequence, limit));
      for (LoggedEvent event : batch) {
        if (event.sequence() <= lastSequence || !event.owner().equals(owner)) {
          continue;
        }
        emit(frame(event));
        lastSequence = event.sequence();
      }
      if (batch.size() < limit) {
        return;
      }
    }
  }

  private String frame(LoggedEvent event) {
    String data;
    try {
      data = json.writeValueAsString(EventMapper.toResponse(event));
    } catch (IOException e) {
      throw new UncheckedIOException("event " + event.sequence() + " cannot be written", e);
    }
    return "id: "
        + event.sequence()
        + "\nevent: "
        + event.event().type()
        + "\ndata: "
        + data
        + "\n\n";
  }

  private void taken() {
    int waiting = queued.decrementAndGet();
    if (blocked && waiting <= maxQueued / 2) {
      blocked = false;
      wake();
    }
  }

  private void emit(String frame) {
    synchronized (this) {
      if (closed) {
        return;
      }
      queued.incrementAndGet();
      if (frames.tryEmitNext(frame.getBytes(StandardCharsets.UTF_8)).isFailure()) {
        queued.decrementAndGet();
        closed = true;
      }
    }
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  private void end() {
    if (ended.compareAndSet(false, true)) {
      synchronized (this) {
        closed = true;
      }
      onEnd.run();
    }
  }
}
