package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.port.out.ProofPayloadStore;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link ProofPayloadStore} on the {@code used_proof_payload} table: consuming is {@code INSERT ...
 * ON CONFLICT (id) DO NOTHING}, so of concurrent consumers (in any process) exactly one inserts the
 * row and gets {@code true}. The row stays until {@link #purgeExpired} passes its expiry.
 */
@Singleton
public final class JdbcProofPayloadStore implements ProofPayloadStore {
  private static final String CONSUME =
      "INSERT INTO used_proof_payload (id, expires_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING";
  private static final String PURGE = "DELETE FROM used_proof_payload WHERE expires_at < ?";

  private final Sql sql;

  JdbcProofPayloadStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public boolean consume(String payloadId, Instant expiresAt) {
    Objects.requireNonNull(payloadId, "payloadId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    return sql.run(
            "consume proof payload",
            connection -> {
              try (PreparedStatement consume = connection.prepareStatement(CONSUME)) {
                consume.setString(1, payloadId);
                Sql.setInstant(consume, 2, expiresAt);
                return consume.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public int purgeExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    return sql.run(
        "purge proof payloads",
        connection -> {
          try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            Sql.setInstant(purge, 1, now);
            return purge.executeUpdate();
          }
        });
  }
}
