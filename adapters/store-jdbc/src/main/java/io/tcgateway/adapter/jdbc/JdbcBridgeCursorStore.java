package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link BridgeCursorStore} on the {@code bridge_cursor} table. Beside the id as text the row keeps
 * its int64 value when the id is decimal ({@code event_number}), so the "never backwards" rule is
 * an exact {@code bigint} comparison inside the upsert:
 *
 * <pre>{@code
 * INSERT ... SELECT ?, unnest(?), ?, ? ON CONFLICT (bridge, client_id) DO UPDATE ...
 *   WHERE stored.event_number IS NULL OR offered.event_number IS NULL
 *      OR offered.event_number >= stored.event_number
 * }</pre>
 *
 * <p>All client ids of one call are advanced by that one statement, atomically. They are sorted
 * (and deduplicated) first, so concurrent advances lock the rows in the same order and cannot
 * deadlock.
 */
@Singleton
public final class JdbcBridgeCursorStore implements BridgeCursorStore {
  private static final String FIND =
      "SELECT event_id FROM bridge_cursor WHERE bridge = ? AND client_id = ?";
  private static final String ADVANCE =
      """
      INSERT INTO bridge_cursor AS stored (bridge, client_id, event_id, event_number)
      SELECT ?, client_id, ?, ? FROM unnest(?::text[]) AS ids (client_id)
      ON CONFLICT (bridge, client_id) DO UPDATE
      SET event_id = excluded.event_id, event_number = excluded.event_number
      WHERE stored.event_number IS NULL
         OR excluded.event_number IS NULL
         OR excluded.event_number >= stored.event_number""";
  private static final String REMOVE =
      "DELETE FROM bridge_cursor WHERE bridge = ? AND client_id = ?";

  private final Sql sql;

  JdbcBridgeCursorStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<BridgeEventId> find(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientId, "clientId");
    return sql.run(
        "find bridge cursor",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, bridge.value());
            find.setString(2, clientId.clientId());
            try (ResultSet row = find.executeQuery()) {
              return row.next()
                  ? Optional.of(new BridgeEventId(row.getString(1)))
                  : Optional.<BridgeEventId>empty();
            }
          }
        });
  }

  @Override
  public void advance(
      BridgeUrl bridge, Collection<SessionPublicKey> clientIds, BridgeEventId eventId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientIds, "clientIds");
    Objects.requireNonNull(eventId, "eventId");
    TreeSet<String> ids = new TreeSet<>();
    for (SessionPublicKey clientId : clientIds) {
      ids.add(clientId.clientId());
    }
    if (ids.isEmpty()) {
      return;
    }
    Long number = eventId.isNumeric() ? Long.parseLong(eventId.value()) : null;
    sql.run(
        "advance bridge cursors",
        connection -> {
          try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            Array array = connection.createArrayOf("text", ids.toArray());
            try {
              advance.setString(1, bridge.value());
              advance.setString(2, eventId.value());
              if (number != null) {
                advance.setLong(3, number);
              } else {
                advance.setNull(3, Types.BIGINT);
              }
              advance.setArray(4, array);
              return advance.executeUpdate();
            } finally {
              array.free();
            }
          }
        });
  }

  @Override
  public void remove(BridgeUrl bridge, SessionPublicKey clientId) {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(clientId, "clientId");
    sql.run(
        "remove bridge cursor",
        connection -> {
          try (PreparedStatement remove = connection.prepareStatement(REMOVE)) {
            remove.setString(1, bridge.value());
            remove.setString(2, clientId.clientId());
            return remove.executeUpdate();
          }
        });
  }
}
