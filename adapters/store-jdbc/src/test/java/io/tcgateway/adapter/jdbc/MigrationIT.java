package io.tcgateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.OwnerEventLog.LoggedEvent;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Flyway migrations: they build the whole schema in an empty schema, and a restart (a new
 * gateway process on the same database) applies nothing again and finds everything stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");

  @Test
  @Order(1)
  void theMigrationsBuildEveryTableAndIndexInAnEmptySchema() throws SQLException {
    assertThat(successfulMigrations()).containsExactly("1");
    assertThat(
            query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + DATABASE.schema()
                    + "' AND table_name <> 'flyway_schema_history' ORDER BY table_name"))
        .containsExactlyInAnyOrderElementsOf(TestDatabase.TABLES);
    assertThat(
            query(
                "SELECT indexname FROM pg_indexes WHERE schemaname = '" + DATABASE.schema() + "'"))
        .contains(
            "wallet_session_pkey",
            "wallet_session_owner_key_key",
            "wallet_session_client_id_key",
            "wallet_session_wallet_client_id_key",
            "wallet_session_pending_expiry",
            "wallet_session_ended_updated_at",
            "wallet_request_pkey",
            "wallet_request_pending_by_session",
            "wallet_request_pending_deadline",
            "wallet_request_finished_changed_at",
            "owner_event_pkey",
            "owner_event_owner_key_event_key_key",
            "owner_event_owner_sequence",
            "owner_event_at",
            "used_proof_payload_pkey",
            "used_proof_payload_expires_at",
            "bridge_cursor_pkey",
            "shared_secret_pkey");
  }

  @Test
  @Order(2)
  void aRestartAppliesNothingAgainAndFindsWhatWasStored() throws SQLException {
    WalletSession session = pendingSession();
    DATABASE.bean(SessionStore.class).save(session);
    LoggedEvent before =
        DATABASE
            .bean(OwnerEventLog.class)
            .append(session.owner(), new Event.ConnectionExpired(session.id()), T0);
    List<String> historyBefore = history();

    for (int restart = 0; restart < 2; restart++) {
      try (ApplicationContext restarted = DATABASE.start()) {
        assertThat(history()).isEqualTo(historyBefore);
        WalletSession found =
            restarted.getBean(SessionStore.class).findById(session.id()).orElseThrow();
        assertThat(found).isEqualTo(session);
        assertThat(found.keys().secretKey()).isEqualTo(session.keys().secretKey());
        OwnerEventLog log = restarted.getBean(OwnerEventLog.class);
        assertThat(log.readAfter(session.owner(), 0, 10)).endsWith(before.asStored());
        LoggedEvent next =
            log.append(
                session.owner(),
                new Event.RequestExpired(
                    new RequestRef(session.id(), RequestId.of(restart)), RpcMethod.SIGN_DATA),
                T0.plusSeconds(1));
        assertThat(next.fresh()).isTrue();
        assertThat(next.sequence()).isGreaterThan(before.sequence());
        before = next.asStored();
      }
    }
    assertThat(successfulMigrations()).containsExactly("1");
  }

  @Test
  @Order(3)
  void aProcessWithAnotherKeysetCannotOpenTheStoredKeysAndSaysSo() {
    WalletSession session = pendingSession();
    DATABASE.bean(SessionStore.class).save(session);
    try (ApplicationContext otherKeys =
        DATABASE.start(Map.of("gateway.crypto.keyset", TinkKeysets.generate()))) {
      SessionStore other = otherKeys.getBean(SessionStore.class);
      assertThatThrownBy(() -> other.findById(session.id()))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining(session.id().value());
    }
  }

  private static WalletSession pendingSession() {
    SecureRandom random = new SecureRandom();
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2&id=x",
            Map.of(),
            List.of(BridgeUrl.parse("https://bridge.example/bridge")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            T0.plusSeconds(300));
    return WalletSession.pending(
        SessionId.random(random),
        SessionOwner.http("user-" + random.nextInt(1_000_000)),
        SessionKeyPair.generate(random),
        offer,
        T0);
  }

  private static List<String> successfulMigrations() throws SQLException {
    return query(
        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
            + " ORDER BY installed_rank");
  }

  private static List<String> history() throws SQLException {
    return query(
        "SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || checksum || ' '"
            + " || installed_on FROM flyway_schema_history ORDER BY installed_rank");
  }

  private static List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = DATABASE.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
