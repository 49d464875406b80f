package io.tcgateway.adapter.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The session lookups of {@link JdbcSessionStore}, each served by a unique or partial index. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRowRepository extends GenericRepository<SessionRow, String> {

  Optional<SessionRow> findById(String id);

  Optional<SessionRow> findByOwnerKey(String ownerKey);

  Optional<SessionRow> findByClientId(String clientId);

  Optional<SessionRow> findByWalletClientId(String walletClientId);

  /**
   * Pending sessions whose offer ran out at {@code now}: index {@code
   * wallet_session_pending_expiry}.
   */
  @Query(
      """
      SELECT id, owner_key, client_id, wallet_client_id, document, secret_key
      FROM wallet_session
      WHERE state = 'pending' AND pending_expires_at <= :now
      ORDER BY pending_expires_at, id
      LIMIT :limit""")
  List<SessionRow> findExpiredPending(Instant now, int limit);

  /** Pending and connected sessions with an id above {@code after}, in id order (primary key). */
  @Query(
      """
      SELECT id, owner_key, client_id, wallet_client_id, document, secret_key
      FROM wallet_session
      WHERE state IN ('pending', 'connected') AND id > :after
      ORDER BY id
      LIMIT :limit""")
  List<SessionRow> findListening(String after, int limit);
}
