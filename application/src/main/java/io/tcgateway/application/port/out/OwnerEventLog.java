package io.tcgateway.application.port.out;

import io.tcgateway.domain.session.SessionOwner;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every owner's events ({@code connection.connected}, {@code request.completed}, ...), in order,
 * for the API's resumable event stream ({@code Last-Event-ID}) and for channels that were offline.
 *
 * <p>Contract ({@code testkit}'s {@code OwnerEventLogContract}):
 *
 * <ul>
 *   <li>{@link #append} is idempotent by {@link WalletNotifier.Event#key()}: appending an event
 *       whose key the owner's log already holds writes nothing and returns the stored entry. A
 *       wallet answer handled twice (a replay after a crash) therefore gives one event.
 *   <li>Sequences are positive, unique across all owners and increase in append order, so an
 *       owner's entries read in sequence order are in append order. They are never reused, not even
 *       after a purge: clients resume from them.
 *   <li>{@link #readAfter} returns only the given owner's entries, equal to what {@link #append}
 *       returned ({@link LoggedEvent#asStored()}; instants kept to the microsecond at least).
 *   <li>Thread-safe; {@link io.tcgateway.application.error.StoreUnavailableException} when the
 *       store fails.
 * </ul>
 */
public interface OwnerEventLog {

  /** Appends {@code event} to {@code owner}'s log, unless its key is there already. */
  LoggedEvent append(SessionOwner owner, WalletNotifier.Event event, Instant at);

  /**
   * The owner's entries with a sequence above {@code afterSequence}, oldest first, at most limit.
   */
  List<LoggedEvent> readAfter(SessionOwner owner, long afterSequence, int limit);

  /**
   * Deletes entries logged before {@code cutoff}.
   *
   * @return how many were deleted
   */
  int purgeBefore(Instant cutoff);

  /**
   * One entry of the log.
   *
   * @param sequence its position (the SSE {@code id})
   * @param fresh whether this append wrote it (false: it was logged before)
   */
  record LoggedEvent(
      long sequence, SessionOwner owner, Instant at, WalletNotifier.Event event, boolean fresh) {
    public LoggedEvent {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(event, "event");
      if (sequence <= 0) {
        throw new IllegalArgumentException("sequence must be positive, was " + sequence);
      }
    }

    /** The same entry as read back later (not fresh). */
    public LoggedEvent asStored() {
      return fresh ? new LoggedEvent(sequence, owner, at, event, false) : this;
    }
  }
}
