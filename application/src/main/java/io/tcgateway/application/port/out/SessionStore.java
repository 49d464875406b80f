package io.tcgateway.application.port.out;

import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where wallet sessions live, with their secret session keys (encrypted at rest by durable stores).
 * At most one session per owner; versions make writes optimistic.
 *
 * <p>Contract (pinned by {@code testkit}'s {@code SessionStoreContract} for every store):
 *
 * <ul>
 *   <li>{@link #save} of a version-0 session inserts it, replacing nothing: if the owner already
 *       has a session, or the id or client id is taken, it throws {@link StaleSessionException}.
 *   <li>{@link #save} of version {@code n > 0} replaces the stored version {@code n - 1} and only
 *       that; otherwise (changed meanwhile, or deleted) it throws {@link StaleSessionException}.
 *   <li>Reads return exactly what was saved (equal values, the same key pair bytes, instants kept
 *       to the microsecond at least).
 *   <li>Implementations are thread-safe; they throw {@link
 *       io.tcgateway.application.error.StoreUnavailableException} when the store fails.
 * </ul>
 */
public interface SessionStore {

  /** Saves a new session (version 0) or the next version of a stored one. */
  void save(WalletSession session);

  /** The session of {@code owner}, if it has one. */
  Optional<WalletSession> findByOwner(SessionOwner owner);

  /** The session with this id. */
  Optional<WalletSession> findById(SessionId id);

  /** The session whose bridge client id (public key) this is: routes incoming bridge events. */
  Optional<WalletSession> findByClientId(SessionPublicKey clientId);

  /**
   * The connected session whose wallet has this client id (the {@code from} of the wallet's
   * messages, pinned at connect): routes an event without trying keys.
   */
  Optional<WalletSession> findByWalletClientId(SessionPublicKey walletClientId);

  /**
   * Pending sessions whose connection offer ran out at {@code now} (expiry at or before it), oldest
   * expiry first, at most {@code limit}.
   */
  List<WalletSession> findExpiredPending(Instant now, int limit);

  /**
   * Sessions that listen on a bridge — pending or connected — with an id above {@code after} (all
   * when empty), in id order, at most {@code limit}: a restarted gateway pages through them to
   * listen again.
   */
  List<WalletSession> findListening(Optional<SessionId> after, int limit);

  /**
   * Deletes sessions that ended without a connection — failed or expired — and were last changed
   * before {@code cutoff} (their secret keys go with them); pending and connected sessions stay.
   *
   * @return how many were deleted
   */
  int purgeEndedBefore(Instant cutoff);

  /** Deletes the session; returns whether it existed. Idempotent. */
  boolean delete(SessionId id);
}
