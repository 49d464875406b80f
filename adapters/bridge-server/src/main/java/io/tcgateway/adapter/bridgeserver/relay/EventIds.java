package io.tcgateway.adapter.bridgeserver.relay;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The event id scheme, shared by every {@link RelayStore}: int64 ids that start at the bridge's
 * start time in microseconds since the epoch (as the reference bridge does, protocol.md §2.2) or
 * right after the last id issued, whichever is larger, and then grow by one per message. Ids
 * therefore keep growing across restarts as long as the clock does not go back by more than the
 * number of messages issued meanwhile, and a store that remembers its last id never goes back.
 */
public final class EventIds {
  private EventIds() {}

  /**
   * The first id to issue after a start at {@code now}.
   *
   * @param lastIssued the last id issued before, or 0 if the store remembers none
   */
  public static long firstId(Instant now, long lastIssued) {
    long micros =
        Math.addExact(
            TimeUnit.SECONDS.toMicros(now.getEpochSecond()),
            TimeUnit.NANOSECONDS.toMicros(now.getNano()));
    return Math.max(Math.max(micros, 1), Math.addExact(lastIssued, 1));
  }
}
