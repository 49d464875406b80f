package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.StorageCodec;
import io.tcgateway.application.port.out.StoredDocumentException;
import io.tcgateway.application.port.out.WalletNotifier;
import io.tcgateway.domain.session.SessionOwner;
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
 * {@link OwnerEventLog} on the {@code owner_event} table; the identity column is the sequence.
 *
 * <p>An append is one statement: it takes a transaction-scoped advisory lock on the owner, then
 * {@code INSERT ... ON CONFLICT (owner_key, event_key) DO NOTHING RETURNING sequence}. The lock
 * makes an owner's appends take their sequence and commit one after the other, so a reader never
 * sees a sequence while a smaller one of the same owner is still uncommitted (a client resuming
 * from the larger one would skip it). The sequence is drawn after the lock, inside the statement.
 * When the key is logged already, nothing is inserted and the stored entry is read and returned. A
 * duplicate append may use up a sequence number: sequences are unique and increasing, not dense.
 *
 * <p>Instants are kept to the microsecond; {@code at} comes back as stored, also from a fresh
 * append.
 */
@Singleton
public final class JdbcOwnerEventLog implements OwnerEventLog {
  private static final String APPEND =
      """
      WITH owner_lock AS (SELECT pg_advisory_xact_lock(hashtextextended(?, 0)))
      INSERT INTO owner_event (owner_key, event_key, at, document)
      SELECT ?, ?, ?, ?::json FROM owner_lock
      ON CONFLICT (owner_key, event_key) DO NOTHING
      RETURNING sequence""";
  private static final String FIND_BY_KEY =
      "SELECT sequence, at, document FROM owner_event WHERE owner_key = ? AND event_key = ?";
  private static final String READ_AFTER =
      """
      SELECT sequence, at, document FROM owner_event
      WHERE owner_key = ? AND sequence > ?
      ORDER BY sequence
      LIMIT ?""";
  private static final String PURGE = "DELETE FROM owner_event WHERE at < ?";

  /** Appends retried when the logged entry was purged between the insert and the read. */
  private static final int APPEND_ATTEMPTS = 3;

  private final Sql sql;
  private final StorageCodec codec;

  JdbcOwnerEventLog(Sql sql, StorageCodec codec) {
    this.sql = sql;
    this.codec = codec;
  }

  @Override
  public LoggedEvent append(SessionOwner owner, WalletNotifier.Event event, Instant at) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
    String document = codec.encodeEvent(event);
    Instant storedAt = Sql.stored(at);
    for (int attempt = 1; ; attempt++) {
      Optional<Long> inserted = insert(owner, event.key(), storedAt, document);
      if (inserted.isPresent()) {
        return new LoggedEvent(inserted.get(), owner, storedAt, event, true);
      }
      Optional<LoggedEvent> stored = findByKey(owner, event.key());
      if (stored.isPresent()) {
        return stored.get();
      }
      if (attempt == APPEND_ATTEMPTS) {
        throw new StoreUnavailableException(
            "PostgreSQL: the event " + event.key() + " of " + owner + " is neither new nor logged",
            null);
      }
    }
  }

  private Optional<Long> insert(SessionOwner owner, String key, Instant at, String document) {
    return sql.run(
        "append event",
        connection -> {
          try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setString(1, owner.key());
            append.setString(2, owner.key());
            append.setString(3, key);
            Sql.setInstant(append, 4, at);
            append.setString(5, document);
            try (ResultSet row = append.executeQuery()) {
              return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  private Optional<LoggedEvent> findByKey(SessionOwner owner, String key) {
    return sql
        .run(
            "find event",
            connection -> {
              try (PreparedStatement find = connection.prepareStatement(FIND_BY_KEY)) {
                find.setString(1, owner.key());
                find.setString(2, key);
                return rows(find);
              }
            })
        .stream()
        .findFirst()
        .map(row -> entry(owner, row));
  }

  @Override
  public List<LoggedEvent> readAfter(SessionOwner owner, long afterSequence, int limit) {
    Objects.requireNonNull(owner, "owner");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return sql
        .run(
            "read events",
            connection -> {
              try (PreparedStatement read = connection.prepareStatement(READ_AFTER)) {
                read.setString(1, owner.key());
                read.setLong(2, afterSequence);
                read.setInt(3, limit);
                return rows(read);
              }
            })
        .stream()
        .map(row -> entry(owner, row))
        .toList();
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return sql.run(
        "purge events",
        connection -> {
          try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            Sql.setInstant(purge, 1, cutoff);
            return purge.executeUpdate();
          }
        });
  }

  /** One row as read, before its document is decoded. */
  private record EventRow(long sequence, Instant at, String document) {}

  private static List<EventRow> rows(PreparedStatement query) throws SQLException {
    List<EventRow> rows = new ArrayList<>();
    try (ResultSet row = query.executeQuery()) {
      while (row.next()) {
        rows.add(
            new EventRow(
                row.getLong("sequence"), Sql.getInstant(row, "at"), row.getString("document")));
      }
    }
    return rows;
  }

  private LoggedEvent entry(SessionOwner owner, EventRow row) {
    WalletNotifier.Event event;
    try {
      event = codec.decodeEvent(row.document());
    } catch (StoredDocumentException e) {
      throw new StoreUnavailableException(
          "PostgreSQL: event " + row.sequence() + " of " + owner + " cannot be read", e);
    }
    return new LoggedEvent(row.sequence(), owner, row.at(), event, false);
  }
}
