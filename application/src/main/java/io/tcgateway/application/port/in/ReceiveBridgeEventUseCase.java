package io.tcgateway.application.port.in;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * Accepts the events the bridge client reads from SSE streams. The bridge client calls it for each
 * event in stream order, one at a time per stream, and advances that stream's cursor only after it
 * returns.
 *
 * <p>Contract: returns only once the event is durably stored or deliberately dropped; is idempotent
 * (the same event again, from a replay or from an overlapping stream, gives {@link
 * Receipt.Duplicate}); may be called concurrently for different streams; throws {@link
 * StoreUnavailableException} when it cannot store — the caller must then not move its cursor past
 * the event — and nothing else for any content of the event.
 */
public interface ReceiveBridgeEventUseCase {

  Receipt receive(ReceiveBridgeEventCommand command);

  /** What the application did with an event. Every variant lets the cursor move past it. */
  sealed interface Receipt {

    /**
     * Stored durably.
     *
     * @param releases subscriptions the application no longer needs because of this event (a
     *     session that ended, the other bridges of a universal offer once one wallet answered); the
     *     bridge client stops them and forgets their cursors
     */
    record Stored(List<Release> releases) implements Receipt {
      public Stored {
        releases = List.copyOf(releases);
      }

      /** Stored, releasing nothing. */
      public Stored() {
        this(List.of());
      }
    }

    /** Seen before (same bridge event id, or a wallet message already handled). */
    record Duplicate() implements Receipt {}

    /**
     * Dropped for good and counted: no addressee can open it, or it is malformed after decryption.
     *
     * @param reason a stable kebab-case code, e.g. {@code no-addressee}
     */
    record Dropped(String reason) implements Receipt {}
  }

  /** A client id to stop listening for on a bridge, for good. */
  record Release(BridgeUrl bridge, SessionPublicKey clientId) {
    public Release {
      Objects.requireNonNull(bridge, "bridge");
      Objects.requireNonNull(clientId, "clientId");
    }
  }
}
