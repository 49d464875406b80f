package io.tcgateway.adapter.bridgeserver.relay;

import io.tcgateway.domain.crypto.SessionPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bridge's relay (protocol.md §2): a posted message is buffered for its recipient until its TTL
 * runs out and delivered to the recipient's current subscribers; a new subscriber first gets the
 * buffered messages newer than its cursor, then live ones.
 *
 * <p>Replay and live delivery meet without a gap or a duplicate: the subscription listens first,
 * holding live messages back, then reads the buffer, delivers it, and then delivers the held-back
 * messages that the buffer did not already contain (by event id). The store guarantees that a
 * message is in at least one of the two (see {@link RelayStore}).
 */
public final class Relay {
  private final RelayStore store;
  private final Clock clock;
  private final int maxHeldBack;

  /**
   * @param store buffers and fans out
   * @param clock gives post and replay times (TTL expiry)
   * @param maxHeldBack how many live messages a subscription may hold back while it replays before
   *     it gives up ({@link RelayListener#onOverflow})
   */
  public Relay(RelayStore store, Clock clock, int maxHeldBack) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxHeldBack <= 0) {
      throw new IllegalArgumentException("maxHeldBack must be positive, was " + maxHeldBack);
    }
    this.maxHeldBack = maxHeldBack;
  }

  /**
   * Buffers a message for {@code to} for {@code ttl} and delivers it to {@code to}'s subscribers.
   *
   * @param message the posted body, standard base64 (the caller has checked it)
   * @return the message with its event id
   */
  public BufferedMessage post(
      SessionPublicKey from,
      SessionPublicKey to,
      Duration ttl,
      String message,
      Optional<String> traceId) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    return store.append(new Envelope(from, to, message, traceId, clock.instant().plus(ttl)));
  }

  /**
   * Subscribes {@code listener} to the messages for {@code clientIds}: the buffered ones with an
   * event id above {@code afterEventId} (all buffered ones when empty) in event-id order, then
   * every new one. Replayed messages reach the listener before this method returns.
   */
  public Subscription subscribe(
      Set<SessionPublicKey> clientIds, OptionalLong afterEventId, RelayListener listener) {
    Objects.requireNonNull(afterEventId, "afterEventId");
    Objects.requireNonNull(listener, "listener");
    if (clientIds.isEmpty()) {
      throw new IllegalArgumentException("clientIds is empty");
    }
    Set<SessionPublicKey> ids = Set.copyOf(clientIds);
    ReplayThenLive subscription = new ReplayThenLive(listener, maxHeldBack);
    subscription.attach(store.listen(ids, subscription));
    try {
      subscription.start(store.since(ids, afterEventId, clock.instant()));
    } catch (RuntimeException e) {
      subscription.cancel();
      throw e;
    }
    return subscription;
  }

  /**
   * Drops expired messages from the store.
   *
   * @return how many were dropped
   */
  public int purgeExpired() {
    return store.purgeExpired(clock.instant());
  }

  /**
   * One subscription: holds live messages back until the replay is delivered, then passes them
   * through. Lock order: store, then this subscription, then the listener; cancelling takes no
   * lock.
   */
  private static final class ReplayThenLive implements Subscription, Consumer<BufferedMessage> {
    private final RelayListener listener;
    private final int maxHeldBack;
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private volatile RelayStore.Registration registration;

    /** Live messages held back during the replay; null once live. Guarded by lock. */
    private List<BufferedMessage> heldBack = new ArrayList<>();

    /**
     * Ids delivered by the replay. A shared store may publish a message after a later replay
     * already returned it, so live messages are checked against these for as long as the
     * subscription lasts. Guarded by lock.
     */
    private Set<Long> replayed = Set.of();

    ReplayThenLive(RelayListener listener, int maxHeldBack) {
      this.listener = listener;
      this.maxHeldBack = maxHeldBack;
    }

    @Override
    public void accept(BufferedMessage message) {
      if (cancelled) {
        return;
      }
      boolean overflow = false;
      synchronized (lock) {
        if (cancelled) {
          return;
        }
        if (heldBack != null) {
          if (heldBack.size() < maxHeldBack) {
            heldBack.add(message);
          } else {
            overflow = true;
          }
        } else if (!replayed.contains(message.eventId())) {
          deliver(message);
        }
      }
      if (overflow) {
        cancel();
        listener.onOverflow();
      }
    }

    void attach(RelayStore.Registration registration) {
      this.registration = registration;
      if (cancelled) {
        registration.cancel();
      }
    }

    void start(List<BufferedMessage> replay) {
      synchronized (lock) {
        if (cancelled) {
          return;
        }
        Set<Long> ids = new HashSet<>();
        for (BufferedMessage message : replay) {
          if (ids.add(message.eventId())) {
            deliver(message);
          }
        }
        for (BufferedMessage message : heldBack) {
          if (!ids.contains(message.eventId())) {
            deliver(message);
          }
        }
        heldBack = null;
        replayed = ids.isEmpty() ? Set.of() : ids;
        if (!cancelled) {
          listener.onLive();
        }
      }
    }

    private void deliver(BufferedMessage message) {
      if (!cancelled) {
        listener.onMessage(message);
      }
    }

    @Override
    public void cancel() {
      cancelled = true;
      RelayStore.Registration current = registration;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
