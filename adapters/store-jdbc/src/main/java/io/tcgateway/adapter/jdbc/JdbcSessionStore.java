package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.StaleSessionException;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.CryptoException;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.SessionState;
import io.tcgateway.domain.session.WalletSession;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link SessionStore} on the {@code wallet_session} table. The row holds the session's {@link
 * StorageCodec} document and, beside it, the secret key sealed by {@link SecretSealer} with the
 * associated data {@code session:<id>}: a sealed key copied into another row does not open there.
 *
 * <p>Writes are single statements: a version-0 session is {@code INSERT ... ON CONFLICT DO NOTHING}
 * (the primary key and the unique owner and client id refuse a taken one); version {@code n} is
 * {@code UPDATE ... WHERE id = ? AND version = n - 1} (and the same owner and client id), so of
 * concurrent writers from one version exactly one updates a row. A wallet client id is pinned by at
 * most one connected session (unique index): connecting a second session with a wallet client id
 * another connected session holds is refused with {@link StaleSessionException} as well. The sealed
 * key is written once, at insert: later versions have the same key pair (same client id).
 *
 * <p>Reads go through {@link SessionRowRepository}. A row whose key does not open or whose document
 * cannot be read gives {@link StoreUnavailableException} naming the session, never key material.
 */
@Singleton
public final class JdbcSessionStore implements SessionStore {
  private static final String INSERT =
      """
      INSERT INTO wallet_session (id, owner_key, client_id, wallet_client_id, state,
          pending_expires_at, version, created_at, updated_at, document, secret_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?)
      ON CONFLICT DO NOTHING""";
  private static final String UPDATE =
      """
      UPDATE wallet_session
      SET wallet_client_id = ?, state = ?, pending_expires_at = ?, version = ?, updated_at = ?,
          document = ?::json
      WHERE id = ? AND version = ? AND owner_key = ? AND client_id = ?""";
  private static final String DELETE = "DELETE FROM wallet_session WHERE id = ?";
  private static final String PURGE_ENDED =
      "DELETE FROM wallet_session WHERE state IN ('failed', 'expired') AND updated_at < ?";

  /** What an update that hit the unique wallet client id index returns instead of a count. */
  private static final int WALLET_CLIENT_ID_TAKEN = -1;

  private final Sql sql;
  private final SessionRowRepository rows;
  private final StorageCodec codec;
  private final SecretSealer sealer;

  JdbcSessionStore(Sql sql, SessionRowRepository rows, StorageCodec codec, SecretSealer sealer) {
    this.sql = sql;
    this.rows = rows;
    this.codec = codec;
    this.sealer = sealer;
  }

  /** The associated data the secret key of session {@code id} is sealed with. */
  static String associatedData(String id) {
    return "session:" + id;
  }

  @Override
  public void save(WalletSession session) {
    Objects.requireNonNull(session, "session");
    String document = codec.encodeSession(session);
    if (session.version() == 0) {
      insert(session, document);
    } else {
      update(session, document);
    }
  }

  private void insert(WalletSession session, String document) {
    byte[] sealed = seal(session);
    int inserted =
        sql.run(
            "insert session",
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, session.id().value());
                insert.setString(2, session.owner().key());
                insert.setString(3, session.clientId().clientId());
                bindState(insert, 4, session);
                insert.setLong(7, session.version());
                Sql.setInstant(insert, 8, session.createdAt());
                Sql.setInstant(insert, 9, session.updatedAt());
                insert.setString(10, document);
                insert.setBytes(11, sealed);
                return insert.executeUpdate();
              }
            });
    if (inserted != 1) {
      throw new StaleSessionException(session.id(), -1);
    }
  }

  private void update(WalletSession session, String document) {
    int updated =
        sql.run(
            "update session",
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                bindState(update, 1, session);
                update.setLong(4, session.version());
                Sql.setInstant(update, 5, session.updatedAt());
                update.setString(6, document);
                update.setString(7, session.id().value());
                update.setLong(8, session.version() - 1);
                update.setString(9, session.owner().key());
                update.setString(10, session.clientId().clientId());
                return update.executeUpdate();
              } catch (SQLException e) {
                if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                  return WALLET_CLIENT_ID_TAKEN;
                }
                throw e;
              }
            });
    if (updated != 1) {
      throw new StaleSessionException(session.id(), session.version() - 1);
    }
  }

  /** Binds wallet_client_id, state and pending_expires_at at {@code first}, +1, +2. */
  private static void bindState(PreparedStatement statement, int first, WalletSession session)
      throws SQLException {
    Optional<String> walletClientId = session.wallet().map(w -> w.walletClientId().clientId());
    if (walletClientId.isPresent()) {
      statement.setString(first, walletClientId.get());
    } else {
      statement.setNull(first, Types.VARCHAR);
    }
    statement.setString(first + 1, stateName(session.state()));
    Optional<Instant> expiry = session.pendingConnection().map(p -> p.expiresAt());
    if (expiry.isPresent()) {
      Sql.setInstant(statement, first + 2, expiry.get());
    } else {
      statement.setNull(first + 2, Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  private static String stateName(SessionState state) {
    return switch (state) {
      case SessionState.Pending pending -> "pending";
      case SessionState.Connected connected -> "connected";
      case SessionState.Failed failed -> "failed";
      case SessionState.Expired expired -> "expired";
    };
  }

  private byte[] seal(WalletSession session) {
    byte[] secret = session.keys().secretKey();
    try {
      return sealer.seal(Bytes.of(secret), associatedData(session.id().value())).toByteArray();
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  @Override
  public Optional<WalletSession> findByOwner(SessionOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return read("find session by owner", () -> rows.findByOwnerKey(owner.key())).map(this::session);
  }

  @Override
  public Optional<WalletSession> findById(SessionId id) {
    Objects.requireNonNull(id, "id");
    return read("find session by id", () -> rows.findById(id.value())).map(this::session);
  }

  @Override
  public Optional<WalletSession> findByClientId(SessionPublicKey clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return read("find session by client id", () -> rows.findByClientId(clientId.clientId()))
        .map(this::session);
  }

  @Override
  public Optional<WalletSession> findByWalletClientId(SessionPublicKey walletClientId) {
    Objects.requireNonNull(walletClientId, "walletClientId");
    return read(
            "find session by wallet client id",
            () -> rows.findByWalletClientId(walletClientId.clientId()))
        .map(this::session);
  }

  @Override
  public List<WalletSession> findExpiredPending(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return read(
            "find expired pending sessions", () -> rows.findExpiredPending(Sql.stored(now), limit))
        .stream()
        .map(this::session)
        .toList();
  }

  @Override
  public List<WalletSession> findListening(Optional<SessionId> after, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    // Session ids are 32 lowercase hex characters, so "" sorts before every one of them.
    String from = after.map(SessionId::value).orElse("");
    return read("find listening sessions", () -> rows.findListening(from, limit)).stream()
        .map(this::session)
        .toList();
  }

  @Override
  public int purgeEndedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return sql.run(
        "purge ended sessions",
        connection -> {
          try (PreparedStatement purge = connection.prepareStatement(PURGE_ENDED)) {
            Sql.setInstant(purge, 1, cutoff);
            return purge.executeUpdate();
          }
        });
  }

  @Override
  public boolean delete(SessionId id) {
    Objects.requireNonNull(id, "id");
    return sql.run(
            "delete session",
            connection -> {
              try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, id.value());
                return delete.executeUpdate();
              }
            })
        > 0;
  }

  private static <T> T read(String operation, Supplier<T> query) {
    try {
      return query.get();
    } catch (RuntimeException e) {
      throw Sql.translate(operation, e);
    }
  }

  /** The session of a row: its key opened for this row's id, its document decoded with it. */
  private WalletSession session(SessionRow row) {
    SessionKeyPair keys;
    byte[] secret = null;
    try {
      secret =
          sealer.open(Bytes.wrap(row.sealedSecretKey()), associatedData(row.id())).toByteArray();
      keys = SessionKeyPair.fromSecretKey(secret);
    } catch (SecretUnreadableException | CryptoException e) {
      throw new StoreUnavailableException(
          "PostgreSQL: the secret key of session " + row.id() + " cannot be opened", e);
    } finally {
      if (secret != null) {
        Arrays.fill(secret, (byte) 0);
      }
    }
    WalletSession session;
    try {
      session = codec.decodeSession(row.document(), keys);
    } catch (StoredDocumentException e) {
      throw new StoreUnavailableException(
          "PostgreSQL: the document of session " + row.id() + " cannot be read", e);
    }
    if (!session.id().value().equals(row.id())
        || !session.owner().key().equals(row.ownerKey())
        || !session.clientId().clientId().equals(row.clientId())) {
      throw new StoreUnavailableException(
          "PostgreSQL: the document of session " + row.id() + " does not match its row", null);
    }
    return session;
  }
}
