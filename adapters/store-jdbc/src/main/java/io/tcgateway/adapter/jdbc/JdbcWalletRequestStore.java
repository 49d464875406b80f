package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.DuplicateRequestException;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.application.port.out.WalletRequestStore;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.WalletRequest;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WalletRequestStore} on the {@code wallet_request} table: the {@link StorageCodec} document
 * plus the columns the queries need (status, creation time, deadline, last change). A new request
 * is {@code INSERT ... ON CONFLICT DO NOTHING} on the primary key (session id, request id); a
 * finish is {@code UPDATE ... WHERE version = n - 1}, so of concurrent finishers exactly one wins.
 * The pending and overdue queries and the purge use partial indexes on the status.
 */
@Singleton
public final class JdbcWalletRequestStore implements WalletRequestStore {
  private static final String INSERT =
      """
      INSERT INTO wallet_request (session_id, request_id, owner_key, status, created_at, deadline,
          changed_at, version, document)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::json)
      ON CONFLICT (session_id, request_id) DO NOTHING""";
  private static final String REPLACE =
      """
      UPDATE wallet_request
      SET owner_key = ?, status = ?, created_at = ?, deadline = ?, changed_at = ?, version = ?,
          document = ?::json
      WHERE session_id = ? AND request_id = ? AND version = ?""";
  private static final String FIND =
      "SELECT document FROM wallet_request WHERE session_id = ? AND request_id = ?";
  private static final String FIND_PENDING =
      """
      SELECT document FROM wallet_request
      WHERE session_id = ? AND status = 'pending'
      ORDER BY created_at, request_id""";
  private static final String FIND_OVERDUE =
      """
      SELECT document FROM wallet_request
      WHERE status = 'pending' AND deadline <= ?
      ORDER BY deadline, session_id, request_id
      LIMIT ?""";
  private static final String PURGE =
      "DELETE FROM wallet_request WHERE status <> 'pending' AND changed_at < ?";

  private final Sql sql;
  private final StorageCodec codec;

  JdbcWalletRequestStore(Sql sql, StorageCodec codec) {
    this.sql = sql;
    this.codec = codec;
  }

  @Override
  public void insert(WalletRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.version() != 0) {
      throw new IllegalArgumentException("a new request has version 0, was " + request.version());
    }
    String document = codec.encodeRequest(request);
    int inserted =
        sql.run(
            "insert request",
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, request.ref().sessionId().value());
                insert.setLong(2, request.ref().requestId().value());
                insert.setString(3, request.owner().key());
                insert.setString(4, request.status().name());
                Sql.setInstant(insert, 5, request.createdAt());
                Sql.setInstant(insert, 6, request.deadline());
                Sql.setInstant(insert, 7, request.changedAt());
                insert.setLong(8, request.version());
                insert.setString(9, document);
                return insert.executeUpdate();
              }
            });
    if (inserted != 1) {
      throw new DuplicateRequestException(request.ref());
    }
  }

  @Override
  public boolean replace(WalletRequest next) {
    Objects.requireNonNull(next, "next");
    String document = codec.encodeRequest(next);
    return sql.run(
            "replace request",
            connection -> {
              try (PreparedStatement replace = connection.prepareStatement(REPLACE)) {
                replace.setString(1, next.owner().key());
                replace.setString(2, next.status().name());
                Sql.setInstant(replace, 3, next.createdAt());
                Sql.setInstant(replace, 4, next.deadline());
                Sql.setInstant(replace, 5, next.changedAt());
                replace.setLong(6, next.version());
                replace.setString(7, document);
                replace.setString(8, next.ref().sessionId().value());
                replace.setLong(9, next.ref().requestId().value());
                replace.setLong(10, next.version() - 1);
                return replace.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public Optional<WalletRequest> find(RequestRef ref) {
    Objects.requireNonNull(ref, "ref");
    List<String> documents =
        sql.run(
            "find request",
            connection -> {
              try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, ref.sessionId().value());
                find.setLong(2, ref.requestId().value());
                return documents(find);
              }
            });
    return documents.stream().findFirst().map(this::request);
  }

  @Override
  public List<WalletRequest> findPending(SessionId session) {
    Objects.requireNonNull(session, "session");
    return sql
        .run(
            "find pending requests",
            connection -> {
              try (PreparedStatement find = connection.prepareStatement(FIND_PENDING)) {
                find.setString(1, session.value());
                return documents(find);
              }
            })
        .stream()
        .map(this::request)
        .toList();
  }

  @Override
  public List<WalletRequest> findOverdue(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return sql
        .run(
            "find overdue requests",
            connection -> {
              try (PreparedStatement find = connection.prepareStatement(FIND_OVERDUE)) {
                Sql.setInstant(find, 1, now);
                find.setInt(2, limit);
                return documents(find);
              }
            })
        .stream()
        .map(this::request)
        .toList();
  }

  @Override
  public int purgeFinishedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return sql.run(
        "purge finished requests",
        connection -> {
          try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            Sql.setInstant(purge, 1, cutoff);
            return purge.executeUpdate();
          }
        });
  }

  private static List<String> documents(PreparedStatement query) throws SQLException {
    List<String> documents = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        documents.add(rows.getString(1));
      }
    }
    return documents;
  }

  private WalletRequest request(String document) {
    try {
      return codec.decodeRequest(document);
    } catch (StoredDocumentException e) {
      throw new StoreUnavailableException("PostgreSQL: a stored request cannot be read", e);
    }
  }
}
