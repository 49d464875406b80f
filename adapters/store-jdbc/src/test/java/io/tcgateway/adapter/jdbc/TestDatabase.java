package io.tcgateway.adapter.jdbc;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.crypto.TinkKeysets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL schema of its own for one test class, and the gateway's jdbc beans on it: a
 * Micronaut context with {@code gateway.store.type=jdbc}, Flyway migrating the schema {@code
 * tcg_test_<random>} and a fresh Tink keyset. Register it as a static extension; the schema is
 * dropped after the class, so parallel runs (CI, other checkouts) on the same database never meet.
 *
 * <p>The database is {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres} unless
 * {@code tcg.test.jdbc.url}, {@code .username}, {@code .password} (system properties) or {@code
 * TCG_TEST_JDBC_URL}, {@code _USERNAME}, {@code _PASSWORD} (environment) say otherwise. An
 * unreachable database fails the class; nothing is skipped.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  static final String URL =
      setting("tcg.test.jdbc.url", "TCG_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USERNAME =
      setting("tcg.test.jdbc.username", "TCG_TEST_JDBC_USERNAME", "postgres");
  static final String PASSWORD = setting("tcg.test.jdbc.password", "TCG_TEST_JDBC_PASSWORD", "");

  /** Every table of the schema, children first (none references another anyway). */
  static final List<String> TABLES =
      List.of(
          "wallet_session",
          "wallet_request",
          "owner_event",
          "used_proof_payload",
          "bridge_cursor",
          "shared_secret");

  private final String schema;
  private final String keyset = TinkKeysets.generate();
  private ApplicationContext context;

  TestDatabase() {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    this.schema = "tcg_test_" + HexFormat.of().formatHex(suffix);
  }

  private static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void beforeAll(ExtensionContext extension) {
    requireReachable();
    context = start();
  }

  @Override
  public void afterAll(ExtensionContext extension) throws SQLException {
    try {
      if (context != null) {
        context.close();
      }
    } finally {
      try (Connection connection = connectToDatabase();
          Statement drop = connection.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** The running context of this class. */
  ApplicationContext context() {
    return context;
  }

  /** The bean of {@code type} in the running context. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** This class's schema. */
  String schema() {
    return schema;
  }

  /** The keyset the context seals with (Tink JSON). */
  String keyset() {
    return keyset;
  }

  /** The jdbc store's properties for this schema and keyset. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("gateway.store.type", "jdbc");
    properties.put("gateway.crypto.keyset", keyset);
    properties.put("datasources.default.url", schemaUrl());
    properties.put("datasources.default.username", USERNAME);
    properties.put("datasources.default.password", PASSWORD);
    properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    properties.put("datasources.default.maximum-pool-size", 10);
    properties.put("flyway.datasources.default.enabled", true);
    properties.put("flyway.datasources.default.schemas", schema);
    return properties;
  }

  /** A new context on this schema with {@link #properties()} changed by {@code overrides}. */
  ApplicationContext start(Map<String, Object> overrides) {
    Map<String, Object> properties = properties();
    properties.putAll(overrides);
    return ApplicationContext.run(properties);
  }

  /** A new context on this schema: what a restarted gateway process sees. */
  ApplicationContext start() {
    return start(Map.of());
  }

  /** Empties every table (sequences keep counting, as they would in production). */
  void truncateAll() {
    try (Connection connection = connect();
        Statement truncate = connection.createStatement()) {
      truncate.execute("TRUNCATE " + String.join(", ", TABLES));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the tables of " + schema, e);
    }
  }

  /** A plain JDBC connection whose search path is this class's schema. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(schemaUrl(), credentials());
  }

  private String schemaUrl() {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static Connection connectToDatabase() throws SQLException {
    return DriverManager.getConnection(URL, credentials());
  }

  private static Properties credentials() {
    Properties credentials = new Properties();
    credentials.setProperty("user", USERNAME);
    credentials.setProperty("password", PASSWORD);
    return credentials;
  }

  private static void requireReachable() {
    try (Connection connection = connectToDatabase()) {
      connection.isValid(5);
    } catch (SQLException e) {
      throw new AssertionError(
          "PostgreSQL is not reachable at "
              + URL
              + " as "
              + USERNAME
              + " ("
              + e.getMessage()
              + "). These tests need it: start it (pg_ctlcluster --skip-systemctl-redirect"
              + " $(ls /etc/postgresql) main start) or point tcg.test.jdbc.url /"
              + " TCG_TEST_JDBC_URL at one.",
          e);
    }
  }
}
