package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link BridgeCursorStore} in a map; cursors never move backwards. Thread-safe. */
@Singleton
public final class InMemoryBridgeCursorStore implements BridgeCursorStore {
  private final Map<Key, BridgeEventId> cursors = new ConcurrentHashMap<>();

  @Override
  public Optional<BridgeEventId> find(BridgeUrl bridge, SessionPublicKey clientId) {
    return Optional.ofNullable(cursors.get(new Key(bridge, clientId)));
  }

  @Override
  public void advance(
      BridgeUrl bridge, Collection<SessionPublicKey> clientIds, BridgeEventId eventId) {
    for (SessionPublicKey clientId : clientIds) {
      cursors.merge(
          new Key(bridge, clientId),
          eventId,
          (stored, offered) ->
              stored.isNumeric() && offered.isNumeric() && stored.isAfter(offered)
                  ? stored
                  : offered);
    }
  }

  @Override
  public void remove(BridgeUrl bridge, SessionPublicKey clientId) {
    cursors.remove(new Key(bridge, clientId));
  }

  /** Sets a cursor directly (a session restored from an earlier run). */
  public void put(BridgeUrl bridge, SessionPublicKey clientId, BridgeEventId eventId) {
    cursors.put(new Key(bridge, clientId), eventId);
  }

  private record Key(BridgeUrl bridge, SessionPublicKey clientId) {}
}
