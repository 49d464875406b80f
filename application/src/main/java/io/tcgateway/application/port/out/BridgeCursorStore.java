package io.tcgateway.application.port.out;

import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.Collection;
import java.util.Optional;

/**
 * Where each client id's bridge cursor ({@code last_event_id}) is kept, so that a restarted gateway
 * or a resumed session asks the bridge only for what it has not stored yet.
 *
 * <p>A cursor is moved only after every event up to it has been accepted by the application; moving
 * it earlier could skip an event after a crash. Implementations are thread-safe; they throw {@link
 * io.tcgateway.application.error.StoreUnavailableException} when the store fails.
 */
public interface BridgeCursorStore {

  /** The cursor of {@code clientId} on {@code bridge}, if one was ever stored. */
  Optional<BridgeEventId> find(BridgeUrl bridge, SessionPublicKey clientId);

  /**
   * Moves the cursors of {@code clientIds} on {@code bridge} to {@code eventId}. A cursor never
   * moves backwards: where the stored id and {@code eventId} are both decimal and the stored one is
   * greater, it is kept. Idempotent.
   */
  void advance(BridgeUrl bridge, Collection<SessionPublicKey> clientIds, BridgeEventId eventId);

  /** Forgets the cursor of a client id whose session is gone. Idempotent. */
  void remove(BridgeUrl bridge, SessionPublicKey clientId);
}
