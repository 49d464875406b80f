package io.tcgateway.adapter.redis;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import java.util.Objects;

/**
 * The names of every key the Redis stores write, all under one prefix ({@code
 * gateway.store.redis.key-prefix}, default {@code tcg:}). The layout is described in the package
 * documentation and in ADR 0009; the Lua scripts build a few of these names themselves from the
 * prefix and must agree with this class.
 */
public final class RedisKeys {
  private final String prefix;

  /**
   * @param prefix prepended to every key: printable ASCII without spaces, 1–64 characters
   */
  public RedisKeys(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty() || prefix.length() > 64) {
      throw new IllegalArgumentException(
          "gateway.store.redis.key-prefix must be 1-64 characters, was '" + prefix + "'");
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '*' || c == '?' || c == '[' || c == ']') {
        throw new IllegalArgumentException(
            "gateway.store.redis.key-prefix has a forbidden character at index " + i);
      }
    }
    this.prefix = prefix;
  }

  /** The prefix every key starts with. */
  public String prefix() {
    return prefix;
  }

  // ---- sessions ----

  /** Hash of one session: document, sealed key, version and its index values. */
  String session(SessionId id) {
    return prefix + "session:" + id.value();
  }

  /** String: the id of the owner's session. */
  String sessionOwner(SessionOwner owner) {
    return prefix + "session-owner:" + owner.key();
  }

  /** String: the id of the session with this client id. */
  String sessionClient(SessionPublicKey clientId) {
    return prefix + "session-client:" + clientId.clientId();
  }

  /** String: the id of the connected session whose wallet has this client id. */
  String sessionWallet(SessionPublicKey walletClientId) {
    return prefix + "session-wallet:" + walletClientId.clientId();
  }

  /** Sorted set: ids of pending sessions, scored by their offer's expiry (epoch µs). */
  String pendingSessions() {
    return prefix + "sessions-pending";
  }

  /** Sorted set: ids of failed or expired sessions, scored by their last change (epoch µs). */
  String endedSessions() {
    return prefix + "sessions-ended";
  }

  /**
   * Sorted set: ids of pending and connected sessions, all scored 0 so that {@code ZRANGEBYLEX}
   * reads them in id order.
   */
  String listeningSessions() {
    return prefix + "sessions-listening";
  }

  // ---- requests ----

  /** Hash of one request: document and version. */
  String request(RequestRef ref) {
    return prefix + "request:" + ref.value();
  }

  /** Set: references of the session's pending requests. */
  String pendingRequests(SessionId session) {
    return prefix + "requests-pending:" + session.value();
  }

  /** Sorted set: references of pending requests, scored by deadline (epoch µs). */
  String requestDeadlines() {
    return prefix + "requests-deadline";
  }

  /** Sorted set: references of finished requests, scored by when they finished (epoch µs). */
  String finishedRequests() {
    return prefix + "requests-finished";
  }

  // ---- owner events ----

  /** String: the last sequence handed out (INCR). */
  String eventSequence() {
    return prefix + "event-seq";
  }

  /** Hash of one entry: owner, event key, time and document. */
  String event(long sequence) {
    return prefix + "event:" + sequence;
  }

  /** Sorted set: the owner's sequences, scored by sequence. */
  String ownerEvents(SessionOwner owner) {
    return prefix + "events:" + owner.key();
  }

  /** Hash: event key → sequence, for the owner's idempotent appends. */
  String ownerEventKeys(SessionOwner owner) {
    return prefix + "event-keys:" + owner.key();
  }

  /** Sorted set: every sequence, scored by the entry's time (epoch µs), for the purge. */
  String eventsByTime() {
    return prefix + "events-time";
  }

  // ---- proof payloads, cursors, secrets ----

  /** String with a TTL: a used payload id. */
  String payload(String payloadId) {
    return prefix + "payload:" + payloadId;
  }

  /** Sorted set: used payload ids, scored by expiry (epoch µs), for the purge. */
  String payloadExpiries() {
    return prefix + "payloads-expiry";
  }

  /** Hash: client id → event id, the cursors on one bridge. */
  String cursors(BridgeUrl bridge) {
    return prefix + "cursors:" + bridge.value();
  }

  /** String: a shared secret, sealed. */
  String secret(String name) {
    return prefix + "secret:" + name;
  }

  @Override
  public String toString() {
    return "RedisKeys[" + prefix + "]";
  }
}
