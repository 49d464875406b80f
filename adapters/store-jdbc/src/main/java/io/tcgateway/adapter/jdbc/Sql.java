package io.tcgateway.adapter.jdbc;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import io.tcgateway.application.error.StoreUnavailableException;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs JDBC work on a connection of the gateway's data source (Micronaut Data's {@link
 * JdbcOperations}: one pooled connection per call, auto-commit, so every statement is its own
 * transaction) and turns any failure of the database or the pool into {@link
 * StoreUnavailableException}, keeping the cause. Every store statement is a single atomic SQL
 * statement, so no store needs a multi-statement transaction.
 */
@Singleton
final class Sql {
  /** SQLSTATE {@code unique_violation}. */
  static final String UNIQUE_VIOLATION = "23505";

  private final JdbcOperations jdbc;

  Sql(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The outcome of {@code work}, or {@link StoreUnavailableException} naming {@code operation}. */
  <T> T run(String operation, ConnectionCallback<T> work) {
    try {
      return jdbc.execute(work);
    } catch (RuntimeException e) {
      throw translate(operation, e);
    }
  }

  /**
   * {@code e} as the store exception if it is a database or pool failure; otherwise {@code e}
   * itself (a bug, or a port exception thrown on purpose).
   */
  static RuntimeException translate(String operation, RuntimeException e) {
    if (e instanceof StoreUnavailableException) {
      return e;
    }
    if (isStoreFailure(e)) {
      String state = sqlState(e).map(s -> " (SQLSTATE " + s + ")").orElse("");
      return new StoreUnavailableException("PostgreSQL: " + operation + " failed" + state, e);
    }
    return e;
  }

  /** Whether {@code e} is a failure of the database, the pool or Micronaut Data's connections. */
  static boolean isStoreFailure(Throwable e) {
    return e instanceof DataAccessException
        || e instanceof ConnectionException
        || e instanceof TransactionException
        || e
            instanceof io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException
        || e instanceof io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException
        || sqlException(e).isPresent();
  }

  /** The first {@link SQLException} in the cause chain of {@code e}. */
  static Optional<SQLException> sqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The SQLSTATE of the first {@link SQLException} in the cause chain, if any. */
  static Optional<String> sqlState(Throwable e) {
    return sqlException(e).map(SQLException::getSQLState);
  }

  /** Whether {@code e} is a unique violation ({@code 23505}). */
  static boolean isUniqueViolation(Throwable e) {
    return sqlState(e).filter(UNIQUE_VIOLATION::equals).isPresent();
  }

  // ---- instants: timestamptz keeps microseconds ----

  /**
   * {@code instant} as a timestamptz parameter, truncated to the microsecond (PostgreSQL's
   * precision; truncating here makes the stored value independent of the driver's rounding).
   */
  static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** Binds {@code instant} as a timestamptz. */
  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, timestamp(instant));
  }

  /** Reads a timestamptz column as an instant. */
  static Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code instant} as it comes back from a timestamptz column. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
