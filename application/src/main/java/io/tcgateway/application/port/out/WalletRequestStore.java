package io.tcgateway.application.port.out;

import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where RPC requests wait for their answers: each is stored before it is sent, so a wallet's answer
 * that arrives later — after a restart, or at another gateway process — is matched to it.
 *
 * <p>Contract ({@code testkit}'s {@code WalletRequestStoreContract}, for every store):
 *
 * <ul>
 *   <li>{@link #insert} stores a version-0 request; a second request with the same {@link
 *       RequestRef} is refused with {@link DuplicateRequestException} and nothing is written.
 *   <li>{@link #replace} writes version {@code n} over stored version {@code n - 1} atomically and
 *       says whether it did: of two concurrent finishes (an answer and the expiry sweep) exactly
 *       one wins.
 *   <li>Reads return what was saved (equal values; instants kept to the microsecond at least).
 *   <li>Finished requests stay readable until {@link #purgeFinishedBefore} removes them.
 *   <li>Thread-safe; {@link io.tcgateway.application.error.StoreUnavailableException} when the
 *       store fails.
 * </ul>
 */
public interface WalletRequestStore {

  /** Stores a new request (version 0). */
  void insert(WalletRequest request);

  /**
   * Replaces the stored version {@code next.version() - 1} with {@code next}.
   *
   * @return false (and nothing written) if the stored request is at another version or missing
   */
  boolean replace(WalletRequest next);

  /** The request with this reference. */
  Optional<WalletRequest> find(RequestRef ref);

  /**
   * The session's requests still waiting for an answer, oldest first (by creation time, then by
   * request id).
   */
  List<WalletRequest> findPending(SessionId session);

  /**
   * Pending requests whose deadline is at or before {@code now}, oldest deadline first, at most
   * {@code limit}.
   */
  List<WalletRequest> findOverdue(Instant now, int limit);

  /**
   * Deletes finished requests last changed before {@code cutoff} (pending ones are kept).
   *
   * @return how many were deleted
   */
  int purgeFinishedBefore(Instant cutoff);
}
