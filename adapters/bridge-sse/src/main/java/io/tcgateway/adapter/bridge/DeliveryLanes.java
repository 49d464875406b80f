package io.tcgateway.adapter.bridge;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Hands one stream's deliveries to the application in parallel across senders and in stream order
 * per sender, and reports the watermark: the last event id up to which every delivery has been
 * accepted.
 *
 * <p>Why: one session's messages all come from one sender (the wallet's client id it pinned at
 * connect), so they keep their order, while the sessions sharing a stream no longer wait for each
 * other's store round trips. With a durable store an event costs a few milliseconds, and a stream
 * carrying 100 sessions one event at a time topped out at 100–300 events/s.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>At most {@code maxInFlight} deliveries are submitted and not finished; {@link #submit}
 *       blocks the reading thread beyond that (back-pressure onto the bridge connection).
 *   <li>The watermark only moves over a contiguous run of accepted deliveries (in submission
 *       order). A delivery the handler refuses (the store failed) is never passed: the stream must
 *       reconnect from the watermark, and the bridge replays it and everything after it (the
 *       application deduplicates what it already stored).
 *   <li>After a refusal, the refused sender's later deliveries are skipped (they come again with
 *       the replay, in order); other senders' run to completion.
 * </ul>
 *
 * <p>With {@code maxInFlight = 1} deliveries run one at a time, as before lanes existed.
 * Thread-safe; {@link #drain()} before reconnecting, so no delivery of the old connection overlaps
 * the replay.
 */
final class DeliveryLanes {
  private final int maxInFlight;
  private final Predicate<BridgeSignal.Delivery> handler;
  private final Consumer<BridgeEventId> onAccepted;
  private final Object lock = new Object();

  // Guarded by lock.
  private final ArrayDeque<Entry> inOrder = new ArrayDeque<>();
  private final Map<SessionPublicKey, ArrayDeque<Entry>> waitingBySender = new HashMap<>();
  private int inFlight;
  private int reporting; // lanes between passing the watermark and reporting it
  private boolean refused;
  private long submitted;

  private final Object reportLock = new Object();
  private long lastReported = -1; // guarded by reportLock

  /** One submitted delivery; {@code accepted} once the handler took it. Guarded by lock. */
  private static final class Entry {
    final BridgeSignal.Delivery delivery;
    final long sequence;
    boolean finished;
    boolean accepted;

    Entry(BridgeSignal.Delivery delivery, long sequence) {
      this.delivery = delivery;
      this.sequence = sequence;
    }
  }

  /**
   * @param handler true when the application accepted the delivery (stored or dropped for good),
   *     false when it must be replayed
   * @param onAccepted called with each new watermark, one call at a time and in stream order
   */
  DeliveryLanes(
      int maxInFlight,
      Predicate<BridgeSignal.Delivery> handler,
      Consumer<BridgeEventId> onAccepted) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be positive");
    }
    this.maxInFlight = maxInFlight;
    this.handler = Objects.requireNonNull(handler, "handler");
    this.onAccepted = Objects.requireNonNull(onAccepted, "onAccepted");
  }

  /**
   * Queues {@code delivery} behind its sender's earlier ones; blocks while {@code maxInFlight} are
   * unfinished. Runs it on the caller's thread when only one may be in flight.
   */
  void submit(BridgeSignal.Delivery delivery) throws InterruptedException {
    SessionPublicKey sender = delivery.message().from();
    Entry entry;
    boolean startLane;
    synchronized (lock) {
      while (inFlight >= maxInFlight) {
        lock.wait();
      }
      if (refused) {
        return; // the connection is being abandoned: this comes again with the replay
      }
      entry = new Entry(delivery, submitted++);
      inFlight++;
      inOrder.addLast(entry);
      ArrayDeque<Entry> waiting = waitingBySender.get(sender);
      startLane = waiting == null;
      if (startLane) {
        waiting = new ArrayDeque<>();
        waitingBySender.put(sender, waiting);
      }
      waiting.addLast(entry);
    }
    if (!startLane) {
      return; // the sender's lane is running and will take it
    }
    if (maxInFlight == 1) {
      runLane(sender);
    } else {
      Thread.ofVirtual().name("bridge-lane").start(() -> runLane(sender));
    }
  }

  /** Whether a delivery was refused since the last {@link #reset()}. */
  boolean refused() {
    synchronized (lock) {
      return refused;
    }
  }

  /**
   * Waits until every submitted delivery has finished (or was skipped) and the watermark they
   * passed has been reported; an interrupt is kept for the caller, not obeyed.
   */
  void drain() {
    boolean interrupted = false;
    synchronized (lock) {
      while (inFlight > 0 || reporting > 0) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: a reset or replay must not overlap a running lane
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** After {@link #drain()}: forgets the refusal and the deliveries left behind it. */
  void reset() {
    synchronized (lock) {
      if (inFlight > 0 || reporting > 0) {
        throw new IllegalStateException("reset while deliveries are in flight");
      }
      inOrder.clear();
      refused = false;
    }
  }

  private void runLane(SessionPublicKey sender) {
    while (true) {
      Entry entry;
      synchronized (lock) {
        ArrayDeque<Entry> waiting = waitingBySender.get(sender);
        entry = waiting.peekFirst();
        if (entry == null) {
          waitingBySender.remove(sender);
          return;
        }
      }
      boolean accepted;
      try {
        accepted = handler.test(entry.delivery);
      } catch (RuntimeException e) {
        accepted = false;
      }
      Entry passed = null;
      synchronized (lock) {
        ArrayDeque<Entry> waiting = waitingBySender.get(sender);
        waiting.removeFirst();
        finish(entry, accepted);
        if (!accepted) {
          refused = true;
          for (Entry skipped : waiting) {
            finish(skipped, false); // replayed after the reconnect, in order
          }
          waiting.clear();
        }
        while (!inOrder.isEmpty() && inOrder.peekFirst().finished) {
          Entry head = inOrder.peekFirst();
          if (!head.accepted) {
            break; // never past a refused delivery
          }
          inOrder.removeFirst();
          passed = head;
        }
        if (passed != null) {
          reporting++;
        }
        lock.notifyAll();
      }
      if (passed != null) {
        try {
          report(passed);
        } finally {
          synchronized (lock) {
            reporting--;
            lock.notifyAll();
          }
        }
      }
    }
  }

  /** Reports {@code passed} unless a later one was reported already (lanes race to here). */
  private void report(Entry passed) {
    synchronized (reportLock) {
      if (passed.sequence > lastReported) {
        lastReported = passed.sequence;
        onAccepted.accept(passed.delivery.eventId());
      }
    }
  }

  private void finish(Entry entry, boolean accepted) {
    entry.finished = true;
    entry.accepted = accepted;
    inFlight--;
  }
}
