package io.tcgateway.domain.session;

import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.RequestId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One owner's wallet connection: its session key pair (the app side of the NaCl box; the public key
 * is the bridge client id), its state, the next RPC request id and the last wallet event id seen.
 * Immutable: each transition returns the next value with {@code version + 1}, which stores use for
 * optimistic writes.
 *
 * <p>Request ids per session strictly increase and are issued from the stored value, so a restart
 * or a second gateway never reuses one (protocol.md §13 item 1). Wallet events whose id is not
 * greater than the last one seen are replays and are ignored (§2.6).
 *
 * @param lastWalletEventId the id of the last wallet event accepted, -1 before the first
 */
public record WalletSession(
    SessionId id,
    SessionOwner owner,
    SessionKeyPair keys,
    SessionState state,
    long nextRequestId,
    long lastWalletEventId,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public WalletSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (nextRequestId < 0) {
      throw new IllegalArgumentException("nextRequestId must not be negative");
    }
    if (lastWalletEventId < -1) {
      throw new IllegalArgumentException("lastWalletEventId must be -1 or more");
    }
  }

  /** A new session whose link has just been handed out. */
  public static WalletSession pending(
      SessionId id,
      SessionOwner owner,
      SessionKeyPair keys,
      PendingConnection connection,
      Instant now) {
    return new WalletSession(
        id, owner, keys, new SessionState.Pending(connection), 0, -1, now, now, 0);
  }

  /** The session's bridge client id (its public key). */
  public SessionPublicKey clientId() {
    return keys.publicKey();
  }

  /** The connected wallet, if the session is connected. */
  public Optional<ConnectedWallet> wallet() {
    return state instanceof SessionState.Connected connected
        ? Optional.of(connected.wallet())
        : Optional.empty();
  }

  /** The pending connection, if the session is still waiting for an answer. */
  public Optional<PendingConnection> pendingConnection() {
    return state instanceof SessionState.Pending pending
        ? Optional.of(pending.connection())
        : Optional.empty();
  }

  /** Whether a wallet event with this id is new (not a replay). */
  public boolean isNewWalletEvent(long walletEventId) {
    return walletEventId > lastWalletEventId;
  }

  /** Pending → connected, remembering the connect event's id. */
  public WalletSession connected(ConnectedWallet wallet, long connectEventId, Instant now) {
    requirePending("connect");
    return next(
        new SessionState.Connected(wallet),
        nextRequestId,
        Math.max(connectEventId, lastWalletEventId),
        now);
  }

  /** Pending → failed (the wallet refused, or its answer did not pass the checks). */
  public WalletSession failed(String code, String message, Instant now) {
    requirePending("fail");
    return next(new SessionState.Failed(code, message, now), nextRequestId, lastWalletEventId, now);
  }

  /** Pending → expired. */
  public WalletSession expired(Instant now) {
    requirePending("expire");
    return next(new SessionState.Expired(now), nextRequestId, lastWalletEventId, now);
  }

  /** Remembers a wallet event (other than connect) as seen. */
  public WalletSession walletEventSeen(long walletEventId, Instant now) {
    return next(state, nextRequestId, Math.max(walletEventId, lastWalletEventId), now);
  }

  /**
   * Takes the next RPC request id. The caller stores the returned session before the request
   * leaves, so the id is never issued twice.
   */
  public IssuedRequestId issueRequestId(Instant now) {
    if (!(state instanceof SessionState.Connected)) {
      throw new SessionStateException("request ids are issued only to connected sessions");
    }
    RequestId issued = new RequestId(nextRequestId);
    return new IssuedRequestId(next(state, nextRequestId + 1, lastWalletEventId, now), issued);
  }

  /** A session after {@link #issueRequestId}, and the id it issued. */
  public record IssuedRequestId(WalletSession session, RequestId requestId) {}

  private void requirePending(String transition) {
    if (!(state instanceof SessionState.Pending)) {
      throw new SessionStateException(
          "cannot " + transition + " a session that is " + state.getClass().getSimpleName());
    }
  }

  private WalletSession next(
      SessionState nextState, long requestId, long walletEventId, Instant now) {
    return new WalletSession(
        id, owner, keys, nextState, requestId, walletEventId, createdAt, now, version + 1);
  }

  @Override
  public String toString() {
    return "WalletSession["
        + id
        + ", "
        + owner
        + ", "
        + state.getClass().getSimpleName()
        + ", v"
        + version
        + "]";
  }
}
