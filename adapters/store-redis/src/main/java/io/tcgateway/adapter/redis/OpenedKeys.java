package io.tcgateway.adapter.redis;

import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.session.SessionId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The key pairs of recently read sessions, so that reading a session again costs neither the AEAD
 * open nor the X25519 scalar multiplication that rebuilds the public key (about 200 µs, most of a
 * read). An entry serves only the session id <em>and</em> the sealed ciphertext it was opened from,
 * so a ciphertext moved to another session's record is never served from here: it goes through
 * {@code open} with that session's associated data and fails. Bounded (least recently used out);
 * thread-safe.
 */
final class OpenedKeys {
  private final Map<SessionId, Opened> entries;

  /** A key pair and the ciphertext it was opened from. */
  private record Opened(String sealedKey, SessionKeyPair keys) {}

  OpenedKeys(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<SessionId, Opened> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The key pair sealed as {@code sealedKey} in session {@code id}, opened once. */
  SessionKeyPair get(SessionId id, String sealedKey, Supplier<SessionKeyPair> open) {
    synchronized (entries) {
      Opened known = entries.get(id);
      if (known != null && known.sealedKey().equals(sealedKey)) {
        return known.keys();
      }
    }
    SessionKeyPair opened = open.get();
    synchronized (entries) {
      entries.put(id, new Opened(sealedKey, opened));
    }
    return opened;
  }

  /** Remembers the key pair just sealed as {@code sealedKey} for session {@code id}. */
  void put(SessionId id, String sealedKey, SessionKeyPair keys) {
    synchronized (entries) {
      entries.put(id, new Opened(sealedKey, keys));
    }
  }

  /** Forgets the session's key pair (it was deleted). */
  void forget(SessionId id) {
    synchronized (entries) {
      entries.remove(id);
    }
  }

  @Override
  public String toString() {
    synchronized (entries) {
      return "OpenedKeys[" + entries.size() + " entries]";
    }
  }
}
