package io.tcgateway.testkit.fake;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.in.ReceiveBridgeEventCommand;
import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A {@link ReceiveBridgeEventUseCase} that stores events in memory, deduplicating by bridge and
 * event id, and records every call. {@link #failWhen} makes it throw {@link
 * StoreUnavailableException} like a store that is down. Thread-safe.
 */
public final class RecordingBridgeEventReceiver implements ReceiveBridgeEventUseCase {
  private final Set<Key> stored = ConcurrentHashMap.newKeySet();
  private final List<ReceiveBridgeEventCommand> accepted = new ArrayList<>();
  private final List<ReceiveBridgeEventCommand> calls = new ArrayList<>();
  private volatile Predicate<ReceiveBridgeEventCommand> failure = command -> false;

  @Override
  public Receipt receive(ReceiveBridgeEventCommand command) {
    synchronized (calls) {
      calls.add(command);
    }
    if (failure.test(command)) {
      throw new StoreUnavailableException("store is down (test)", null);
    }
    if (!stored.add(new Key(command.bridge(), command.eventId()))) {
      return new Receipt.Duplicate();
    }
    synchronized (accepted) {
      accepted.add(command);
    }
    return new Receipt.Stored();
  }

  /** Fail (as an unavailable store) every call for which {@code condition} holds. */
  public void failWhen(Predicate<ReceiveBridgeEventCommand> condition) {
    this.failure = condition;
  }

  /** Whether the event was stored. */
  public boolean isStored(BridgeUrl bridge, BridgeEventId eventId) {
    return stored.contains(new Key(bridge, eventId));
  }

  /** Events stored, in the order they were first accepted. */
  public List<ReceiveBridgeEventCommand> accepted() {
    synchronized (accepted) {
      return List.copyOf(accepted);
    }
  }

  /** Every call, duplicates and failures included. */
  public List<ReceiveBridgeEventCommand> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  private record Key(BridgeUrl bridge, BridgeEventId eventId) {}
}
