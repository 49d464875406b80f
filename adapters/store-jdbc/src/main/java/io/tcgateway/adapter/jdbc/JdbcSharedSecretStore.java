package io.tcgateway.adapter.jdbc;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.domain.bytes.Bytes;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link SharedSecretStore} on the {@code shared_secret} table, values sealed by {@link
 * SecretSealer} with the associated data {@code secret:<name>}. {@link #getOrCreate} reads the
 * secret; if there is none it seals the candidate and inserts it with {@code ON CONFLICT (name) DO
 * NOTHING}, then reads again: of concurrent first calls in any processes, one insert wins and every
 * caller returns the winner.
 */
@Singleton
public final class JdbcSharedSecretStore implements SharedSecretStore {
  private static final String FIND = "SELECT sealed_value FROM shared_secret WHERE name = ?";
  private static final String INSERT =
      "INSERT INTO shared_secret (name, sealed_value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";

  private final Sql sql;
  private final SecretSealer sealer;

  JdbcSharedSecretStore(Sql sql, SecretSealer sealer) {
    this.sql = sql;
    this.sealer = sealer;
  }

  /** The associated data the secret {@code name} is sealed with. */
  static String associatedData(String name) {
    return "secret:" + name;
  }

  @Override
  public Bytes getOrCreate(String name, Supplier<Bytes> candidate) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(candidate, "candidate");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("secret names are [a-z0-9-]+, was " + name);
    }
    Optional<byte[]> stored = find(name);
    if (stored.isPresent()) {
      return open(name, stored.get());
    }
    Bytes fresh = Objects.requireNonNull(candidate.get(), "candidate");
    byte[] sealed = sealer.seal(fresh, associatedData(name)).toByteArray();
    sql.run(
        "store shared secret",
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, name);
            insert.setBytes(2, sealed);
            return insert.executeUpdate();
          }
        });
    return open(
        name,
        find(name)
            .orElseThrow(
                () ->
                    new StoreUnavailableException(
                        "PostgreSQL: the shared secret " + name + " vanished after its insert",
                        null)));
  }

  private Optional<byte[]> find(String name) {
    return sql.run(
        "find shared secret",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, name);
            try (ResultSet row = find.executeQuery()) {
              return row.next() ? Optional.of(row.getBytes(1)) : Optional.<byte[]>empty();
            }
          }
        });
  }

  private Bytes open(String name, byte[] sealed) {
    try {
      return sealer.open(Bytes.wrap(sealed), associatedData(name));
    } catch (SecretUnreadableException e) {
      throw new StoreUnavailableException(
          "PostgreSQL: the shared secret " + name + " cannot be opened", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcSharedSecretStore";
  }
}
