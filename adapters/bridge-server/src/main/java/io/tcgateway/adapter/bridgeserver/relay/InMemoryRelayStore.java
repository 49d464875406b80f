package io.tcgateway.adapter.bridgeserver.relay;

import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The {@link RelayStore} of a single bridge process. One lock orders appends: the id is taken, the
 * message buffered and the recipient's listeners looked up under it, so {@link #since} never misses
 * an appended message. The listeners are called after that lock is released (a call may write to a
 * socket), each under its own delivery lock taken while the store's lock was still held: a listener
 * therefore gets all its messages in event-id order, one at a time, while appends for other
 * listeners go on. Listener (de)registration takes no lock. Ids start at {@link EventIds#firstId}
 * with nothing remembered.
 */
public final class InMemoryRelayStore implements RelayStore {
  private final int maxMessagesPerRecipient;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<SessionPublicKey, ArrayDeque<BufferedMessage>> buffers = new HashMap<>();
  private static final Listener[] NO_LISTENERS = new Listener[0];

  private final Map<SessionPublicKey, List<Listener>> listeners = new ConcurrentHashMap<>();
  private long nextEventId;

  /**
   * @param clock gives the start time the first event id is derived from
   * @param maxMessagesPerRecipient how many unexpired messages one recipient's buffer holds before
   *     the oldest is evicted
   */
  public InMemoryRelayStore(Clock clock, int maxMessagesPerRecipient) {
    Objects.requireNonNull(clock, "clock");
    if (maxMessagesPerRecipient <= 0) {
      throw new IllegalArgumentException(
          "maxMessagesPerRecipient must be positive, was " + maxMessagesPerRecipient);
    }
    this.maxMessagesPerRecipient = maxMessagesPerRecipient;
    this.nextEventId = EventIds.firstId(clock.instant(), 0);
  }

  @Override
  public BufferedMessage append(Envelope envelope) {
    Objects.requireNonNull(envelope, "envelope");
    BufferedMessage message;
    Listener[] recipientListeners;
    lock.lock();
    try {
      message = new BufferedMessage(nextEventId++, envelope);
      ArrayDeque<BufferedMessage> buffer =
          buffers.computeIfAbsent(envelope.to(), key -> new ArrayDeque<>());
      buffer.addLast(message);
      while (buffer.size() > maxMessagesPerRecipient) {
        buffer.removeFirst();
      }
      List<Listener> registered = listeners.get(envelope.to());
      recipientListeners = registered == null ? NO_LISTENERS : registered.toArray(NO_LISTENERS);
      // Taken in event-id order (under the store's lock), released after the call: a listener's
      // messages stay in order although they are delivered outside the store's lock.
      for (Listener listener : recipientListeners) {
        listener.delivery.lock();
      }
    } finally {
      lock.unlock();
    }
    // Every lock taken above is released, even if a listener breaks its contract and throws.
    RuntimeException failure = null;
    for (Listener listener : recipientListeners) {
      try {
        listener.consumer.accept(message);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      } finally {
        listener.delivery.unlock();
      }
    }
    if (failure != null) {
      throw failure;
    }
    return message;
  }

  @Override
  public List<BufferedMessage> since(
      Set<SessionPublicKey> recipients, OptionalLong afterEventId, Instant now) {
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(afterEventId, "afterEventId");
    Objects.requireNonNull(now, "now");
    long after = afterEventId.orElse(Long.MIN_VALUE);
    List<BufferedMessage> found = new ArrayList<>();
    lock.lock();
    try {
      for (SessionPublicKey recipient : recipients) {
        ArrayDeque<BufferedMessage> buffer = buffers.get(recipient);
        if (buffer == null) {
          continue;
        }
        buffer.removeIf(message -> message.envelope().isExpiredAt(now));
        if (buffer.isEmpty()) {
          buffers.remove(recipient);
          continue;
        }
        for (BufferedMessage message : buffer) {
          if (message.eventId() > after) {
            found.add(message);
          }
        }
      }
    } finally {
      lock.unlock();
    }
    found.sort(Comparator.comparingLong(BufferedMessage::eventId));
    return found;
  }

  @Override
  public Registration listen(Set<SessionPublicKey> recipients, Consumer<BufferedMessage> listener) {
    Objects.requireNonNull(listener, "listener");
    Set<SessionPublicKey> keys = Set.copyOf(recipients);
    Listener registered = new Listener(listener);
    for (SessionPublicKey recipient : keys) {
      listeners.compute(
          recipient,
          (key, list) -> {
            List<Listener> updated = list == null ? new CopyOnWriteArrayList<>() : list;
            updated.add(registered);
            return updated;
          });
    }
    return () -> {
      for (SessionPublicKey recipient : keys) {
        listeners.computeIfPresent(
            recipient,
            (key, list) -> {
              list.remove(registered);
              return list.isEmpty() ? null : list;
            });
      }
    };
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    int dropped = 0;
    lock.lock();
    try {
      Iterator<ArrayDeque<BufferedMessage>> it = buffers.values().iterator();
      while (it.hasNext()) {
        ArrayDeque<BufferedMessage> buffer = it.next();
        int before = buffer.size();
        buffer.removeIf(message -> message.envelope().isExpiredAt(now));
        dropped += before - buffer.size();
        if (buffer.isEmpty()) {
          it.remove();
        }
      }
    } finally {
      lock.unlock();
    }
    return dropped;
  }

  /** How many messages are buffered, expired or not (for tests and metrics). */
  public int bufferedCount() {
    lock.lock();
    try {
      return buffers.values().stream().mapToInt(ArrayDeque::size).sum();
    } finally {
      lock.unlock();
    }
  }

  /** A registered listener and the lock that keeps its deliveries one at a time and in order. */
  private static final class Listener {
    final Consumer<BufferedMessage> consumer;
    final ReentrantLock delivery = new ReentrantLock();

    Listener(Consumer<BufferedMessage> consumer) {
      this.consumer = consumer;
    }
  }
}
