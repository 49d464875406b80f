package io.tcgateway.adapter.redis;

import io.lettuce.core.ScriptOutputType;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.EncodingException;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link SessionStore} in Redis. A session is a hash ({@code session:<id>}: the codec's document,
 * the secret key sealed with associated data {@code session:<id>}, the version and the values its
 * indexes are keyed by); the owner, client id and wallet client id indexes are strings naming the
 * id. {@code session-save.lua} checks the version and the taken indexes and writes the hash and
 * every index in one atomic step.
 *
 * <p>TTLs: a pending session's keys live until its offer expires plus {@link
 * RedisStoreSettings#pendingGrace()}; a connected session's keys have none (the TTL is removed on
 * connect); a failed or expired session's keys live {@link RedisStoreSettings#retention()} after
 * its last change (a sorted set of ended sessions serves {@link #purgeEndedBefore}). The wallet
 * index exists only while connected and has no TTL. Indexes that name a session whose keys have
 * expired count as free.
 */
public final class RedisSessionStore implements SessionStore {
  private static final RedisScript SAVE = RedisScript.load("session-save");
  private static final RedisScript DELETE = RedisScript.load("session-delete");
  private static final RedisScript LOOKUP = RedisScript.load("session-lookup");
  private static final RedisScript EXPIRED = RedisScript.load("sessions-expired");
  private static final RedisScript PURGE = RedisScript.load("sessions-purge");
  private static final RedisScript LISTENING = RedisScript.load("sessions-listening");

  private final RedisConnector redis;
  private final RedisKeys keys;
  private final StorageCodec codec;
  private final SecretSealer sealer;
  private final RedisStoreSettings settings;
  private final Clock clock;
  private final OpenedKeys opened = new OpenedKeys(OPENED_KEYS);

  /** Key pairs of recently read sessions kept opened (see {@link OpenedKeys}). */
  static final int OPENED_KEYS = 10_000;

  public RedisSessionStore(
      RedisConnector redis,
      RedisKeys keys,
      StorageCodec codec,
      SecretSealer sealer,
      RedisStoreSettings settings,
      Clock clock) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The associated data a session's secret key is sealed with. */
  static String associatedData(SessionId id) {
    return "session:" + id.value();
  }

  @Override
  public void save(WalletSession session) {
    Objects.requireNonNull(session, "session");
    boolean insert = session.version() == 0;
    String sealedKey = insert ? seal(session) : "";
    Optional<SessionPublicKey> wallet = session.wallet().map(ConnectedWallet::walletClientId);
    Optional<Instant> offerExpiry = session.pendingConnection().map(c -> c.expiresAt());
    List<String> scriptKeys =
        List.of(
            keys.session(session.id()),
            keys.sessionOwner(session.owner()),
            keys.sessionClient(session.clientId()),
            wallet.map(keys::sessionWallet).orElse(keys.prefix() + "session-wallet:-"),
            keys.pendingSessions(),
            keys.endedSessions(),
            keys.listeningSessions());
    List<String> args =
        List.of(
            keys.prefix(),
            session.id().value(),
            Long.toString(session.version()),
            insert ? "" : Long.toString(session.version() - 1),
            codec.encodeSession(session),
            sealedKey,
            session.owner().key(),
            session.clientId().clientId(),
            wallet.map(SessionPublicKey::clientId).orElse(""),
            offerExpiry.map(RedisTimes::score).orElse(""),
            ttlOf(session),
            isEnded(session) ? RedisTimes.score(session.updatedAt()) : "");
    Long written = redis.run(SAVE, ScriptOutputType.INTEGER, scriptKeys, args);
    if (written == null || written != 1) {
      throw new StaleSessionException(session.id(), session.version() - 1);
    }
    if (insert) {
      opened.put(session.id(), sealedKey, session.keys());
    }
  }

  /** The keys' TTL in milliseconds for the session's state, {@code "0"} for none. */
  private String ttlOf(WalletSession session) {
    return switch (session.state()) {
      case SessionState.Pending pending -> {
        Duration left = Duration.between(clock.instant(), pending.connection().expiresAt());
        yield RedisTimes.ttlMillis(RedisTimes.atLeastZero(left).plus(settings.pendingGrace()));
      }
      case SessionState.Connected connected -> "0";
      case SessionState.Failed failed -> retentionOf(session);
      case SessionState.Expired expired -> retentionOf(session);
    };
  }

  /** An ended session's keys live until retention after its last change. */
  private String retentionOf(WalletSession session) {
    Duration left =
        Duration.between(clock.instant(), session.updatedAt().plus(settings.retention()));
    return RedisTimes.ttlMillis(RedisTimes.atLeast(left, RedisTimes.MIN_TTL));
  }

  private static boolean isEnded(WalletSession session) {
    return session.state() instanceof SessionState.Failed
        || session.state() instanceof SessionState.Expired;
  }

  private String seal(WalletSession session) {
    byte[] secret = session.keys().secretKey();
    try {
      Bytes sealed = sealer.seal(Bytes.wrap(secret), associatedData(session.id()));
      return Base64s.encodeStandard(sealed.toByteArray());
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  @Override
  public Optional<WalletSession> findByOwner(SessionOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return lookup(keys.sessionOwner(owner), s -> s.owner().equals(owner));
  }

  @Override
  public Optional<WalletSession> findById(SessionId id) {
    Objects.requireNonNull(id, "id");
    List<String> stored =
        redis.call(
            "read session",
            c ->
                c.hmget(keys.session(id), "doc", "key").stream()
                    .map(kv -> kv.getValueOrElse(null))
                    .toList());
    String doc = stored.get(0);
    String key = stored.get(1);
    return doc == null || key == null ? Optional.empty() : Optional.of(decode(id, doc, key));
  }

  @Override
  public Optional<WalletSession> findByClientId(SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return lookup(keys.sessionClient(clientId), s -> s.clientId().equals(clientId));
  }

  @Override
  public Optional<WalletSession> findByWalletClientId(SessionPublicKey walletClientId) {
    Objects.requireNonNull(walletClientId, "walletClientId");
    return lookup(
        keys.sessionWallet(walletClientId),
        s -> s.wallet().map(w -> w.walletClientId().equals(walletClientId)).orElse(false));
  }

  /**
   * Follows an index; {@code matches} re-checks the session found, so a stale index can never hand
   * out another owner's session.
   */
  private Optional<WalletSession> lookup(String index, Predicate<WalletSession> matches) {
    List<Object> found =
        redis.run(LOOKUP, ScriptOutputType.MULTI, List.of(index), List.of(keys.prefix()));
    if (found == null || found.size() < 3 || found.get(1) == null || found.get(2) == null) {
      return Optional.empty();
    }
    WalletSession session =
        decode(new SessionId((String) found.get(0)), (String) found.get(1), (String) found.get(2));
    return matches.test(session) ? Optional.of(session) : Optional.empty();
  }

  @Override
  public List<WalletSession> findExpiredPending(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit <= 0) {
      return List.of();
    }
    List<Object> found =
        redis.run(
            EXPIRED,
            ScriptOutputType.MULTI,
            List.of(keys.pendingSessions()),
            List.of(keys.prefix(), RedisTimes.score(now), Integer.toString(limit)));
    List<WalletSession> expired = new ArrayList<>();
    for (int i = 0; i + 2 < found.size(); i += 3) {
      WalletSession session =
          decode(
              new SessionId((String) found.get(i)),
              (String) found.get(i + 1),
              (String) found.get(i + 2));
      // Scores are whole microseconds; the exact instant decides.
      if (session.state() instanceof SessionState.Pending pending
          && pending.connection().isExpiredAt(now)) {
        expired.add(session);
      }
    }
    return expired;
  }

  @Override
  public List<WalletSession> findListening(Optional<SessionId> after, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit <= 0) {
      return List.of();
    }
    List<Object> found =
        redis.run(
            LISTENING,
            ScriptOutputType.MULTI,
            List.of(keys.listeningSessions()),
            List.of(
                keys.prefix(), after.map(SessionId::value).orElse(""), Integer.toString(limit)));
    List<WalletSession> listening = new ArrayList<>(found.size() / 3);
    for (int i = 0; i + 2 < found.size(); i += 3) {
      WalletSession session =
          decode(
              new SessionId((String) found.get(i)),
              (String) found.get(i + 1),
              (String) found.get(i + 2));
      if (session.pendingConnection().isPresent() || session.wallet().isPresent()) {
        listening.add(session);
      }
    }
    return listening;
  }

  @Override
  public boolean delete(SessionId id) {
    Objects.requireNonNull(id, "id");
    Long deleted =
        redis.run(
            DELETE,
            ScriptOutputType.INTEGER,
            List.of(
                keys.session(id),
                keys.pendingSessions(),
                keys.endedSessions(),
                keys.listeningSessions()),
            List.of(keys.prefix(), id.value()));
    opened.forget(id);
    return deleted != null && deleted == 1;
  }

  @Override
  public int purgeEndedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    String batch = Integer.toString(settings.purgeBatchSize());
    int purged = 0;
    while (true) {
      Long deleted =
          redis.run(
              PURGE,
              ScriptOutputType.INTEGER,
              List.of(keys.endedSessions(), keys.listeningSessions()),
              List.of(keys.prefix(), RedisTimes.score(cutoff), batch));
      int count = deleted == null ? 0 : deleted.intValue();
      purged += count;
      if (count < settings.purgeBatchSize()) {
        return purged;
      }
    }
  }

  private WalletSession decode(SessionId id, String document, String sealedKey) {
    SessionKeyPair pair = opened.get(id, sealedKey, () -> open(id, sealedKey));
    return codec.decodeSession(document, pair);
  }

  private SessionKeyPair open(SessionId id, String sealedKey) {
    byte[] ciphertext;
    try {
      ciphertext = Base64s.decodeStandard(sealedKey);
    } catch (EncodingException e) {
      throw new StoredDocumentException(
          "key", "the sealed key of session " + id + " is not base64", e);
    }
    Bytes secret = sealer.open(Bytes.wrap(ciphertext), associatedData(id));
    return SessionKeyPair.fromSecretKey(secret);
  }

  @Override
  public String toString() {
    return "RedisSessionStore[" + keys.prefix() + "]";
  }
}
