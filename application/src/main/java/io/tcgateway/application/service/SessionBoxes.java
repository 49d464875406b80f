package io.tcgateway.application.service;

import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The NaCl boxes between connected sessions and their pinned wallets, each derived once (X25519 +
 * HSalsa20, ~0.2 ms) and shared by the path that opens wallet messages and the one that seals
 * requests. Least recently used boxes are dropped beyond the capacity and derived again when
 * needed. Thread-safe.
 */
public final class SessionBoxes {
  /** Default capacity: one box is ~200 bytes, so 200,000 boxes are ~40 MB. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private record CachedBox(SessionPublicKey wallet, NaclBox box) {}

  private final Map<SessionId, CachedBox> boxes;

  /** A cache of {@link #DEFAULT_CAPACITY} boxes. */
  public SessionBoxes() {
    this(DEFAULT_CAPACITY);
  }

  public SessionBoxes(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.boxes =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<SessionId, CachedBox> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The box between {@code session} and {@code peer}: cached when the peer is the session's pinned
   * wallet, derived afresh (and not kept) otherwise, e.g. to try a pending session's key.
   */
  public NaclBox between(WalletSession session, SessionPublicKey peer) {
    Objects.requireNonNull(peer, "peer");
    boolean pinned =
        session.wallet().map(ConnectedWallet::walletClientId).map(peer::equals).orElse(false);
    if (!pinned) {
      return NaclBox.between(session.keys(), peer);
    }
    synchronized (boxes) {
      CachedBox cached = boxes.get(session.id());
      if (cached != null && cached.wallet().equals(peer)) {
        return cached.box();
      }
    }
    NaclBox box = NaclBox.between(session.keys(), peer);
    synchronized (boxes) {
      boxes.put(session.id(), new CachedBox(peer, box));
    }
    return box;
  }

  /** The box between a connected session and its wallet. */
  public NaclBox forWallet(WalletSession session) {
    ConnectedWallet wallet =
        session
            .wallet()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("session " + session.id() + " is not connected"));
    return between(session, wallet.walletClientId());
  }

  /** Drops the box of a session that ended. */
  public void forget(SessionId id) {
    synchronized (boxes) {
      boxes.remove(id);
    }
  }

  /** How many boxes are cached. */
  public int size() {
    synchronized (boxes) {
      return boxes.size();
    }
  }
}
