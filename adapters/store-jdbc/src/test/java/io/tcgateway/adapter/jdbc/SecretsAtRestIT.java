package io.tcgateway.adapter.jdbc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.SharedSecretStore;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secrets at rest (issue 5 §2): after sessions were connected, no session secret key and no shared
 * secret appears anywhere in the database in any usual encoding; a sealed key copied to another row
 * does not open there.
 */
class SecretsAtRestIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");

  private final SecureRandom random = new SecureRandom();
  private SessionStore sessions;

  @BeforeEach
  void emptyStore() {
    DATABASE.truncateAll();
    sessions = DATABASE.bean(SessionStore.class);
  }

  private WalletSession pending(String user) {
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2&id=" + "ab".repeat(32),
            Map.of("tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2"),
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("payload-" + user),
            Optional.of(Network.MAINNET),
            Set.of("SendTransaction"),
            T0.plusSeconds(300));
    return WalletSession.pending(
        SessionId.random(random),
        SessionOwner.http(user),
        SessionKeyPair.generate(random),
        offer,
        T0);
  }

  private ConnectedWallet wallet() {
    byte[] walletKey = new byte[32];
    random.nextBytes(walletKey);
    return new ConnectedWallet(
        SessionPublicKey.of(walletKey),
        BRIDGE,
        new DeviceInfo("android", "tonkeeper", "5.1", 2, List.of()),
        new TonAddressReply(
            Address.parse("0:" + "22".repeat(32)),
            Network.MAINNET,
            Optional.empty(),
            Optional.empty()),
        Optional.empty());
  }

  @Test
  void noSecretKeyAppearsInAnyRowInHexBase64OrRawForm() throws SQLException {
    List<WalletSession> stored = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      WalletSession session = pending("user-" + i);
      sessions.save(session);
      if (i % 2 == 0) {
        WalletSession connected = session.connected(wallet(), 1, T0.plusSeconds(5));
        sessions.save(connected);
        WalletSession withRequest = connected.issueRequestId(T0.plusSeconds(6)).session();
        sessions.save(withRequest);
        session = withRequest;
      }
      stored.add(session);
      DATABASE
          .bean(OwnerEventLog.class)
          .append(session.owner(), new Event.ConnectionExpired(session.id()), T0);
    }
    Bytes proofKey =
        DATABASE
            .bean(SharedSecretStore.class)
            .getOrCreate(
                "proof-payload-key",
                () -> {
                  byte[] key = new byte[32];
                  random.nextBytes(key);
                  return Bytes.wrap(key);
                });

    Dump dump = dumpEveryTable();

    // The dump is real: it holds every session's public key, and the sealed key of each.
    for (WalletSession session : stored) {
      assertThat(dump.text).contains(session.clientId().clientId());
      assertThat(sessions.findById(session.id()).orElseThrow().keys()).isEqualTo(session.keys());
    }
    assertThat(dump.binaries).hasSizeGreaterThanOrEqualTo(stored.size() + 1);

    List<byte[]> secrets = new ArrayList<>();
    stored.forEach(session -> secrets.add(session.keys().secretKey()));
    secrets.add(proofKey.toByteArray());
    for (byte[] secret : secrets) {
      for (String form : textForms(secret)) {
        assertThat(dump.text).as("a secret in the form %s", form).doesNotContain(form);
      }
      for (byte[] value : dump.binaries) {
        assertThat(indexOf(value, secret)).as("a secret's raw bytes in a bytea").isEqualTo(-1);
      }
      assertThat(indexOf(dump.text.getBytes(UTF_8), secret)).isEqualTo(-1);
      assertThat(indexOf(dump.text.getBytes(ISO_8859_1), secret)).isEqualTo(-1);
    }
  }

  @Test
  void aSealedKeyCopiedIntoAnotherRowDoesNotOpenThere() throws SQLException {
    WalletSession alice = pending("alice");
    WalletSession bob = pending("bob");
    sessions.save(alice);
    sessions.save(bob);
    try (Connection connection = DATABASE.connect();
        PreparedStatement copy =
            connection.prepareStatement(
                "UPDATE wallet_session SET secret_key ="
                    + " (SELECT secret_key FROM wallet_session WHERE id = ?) WHERE id = ?")) {
      copy.setString(1, alice.id().value());
      copy.setString(2, bob.id().value());
      assertThat(copy.executeUpdate()).isEqualTo(1);
    }
    for (Runnable read :
        List.<Runnable>of(
            () -> sessions.findById(bob.id()),
            () -> sessions.findByOwner(bob.owner()),
            () -> sessions.findByClientId(bob.clientId()))) {
      assertThatThrownBy(read::run)
          .isInstanceOf(StoreUnavailableException.class)
          .hasCauseInstanceOf(SecretUnreadableException.class)
          .hasMessageContaining(bob.id().value())
          .satisfies(
              e -> {
                for (String form : textForms(alice.keys().secretKey())) {
                  assertThat(messages(e)).doesNotContain(form);
                }
              });
    }
    assertThat(sessions.findById(alice.id()).orElseThrow().keys()).isEqualTo(alice.keys());
  }

  /** The hex, base64 and base64url forms a leaked 32-byte key would most likely take. */
  private static List<String> textForms(byte[] secret) {
    String hex = HexFormat.of().formatHex(secret);
    Base64.Encoder standard = Base64.getEncoder();
    Base64.Encoder url = Base64.getUrlEncoder();
    return List.of(
        hex,
        hex.toUpperCase(Locale.ROOT),
        "\\x" + hex,
        standard.encodeToString(secret),
        standard.withoutPadding().encodeToString(secret),
        url.encodeToString(secret),
        url.withoutPadding().encodeToString(secret),
        new String(secret, ISO_8859_1));
  }

  /** Every value of every table: text as text, bytea as hex and base64 (and kept raw). */
  private record Dump(String text, List<byte[]> binaries) {}

  private static Dump dumpEveryTable() throws SQLException {
    StringBuilder text = new StringBuilder();
    List<byte[]> binaries = new ArrayList<>();
    try (Connection connection = DATABASE.connect()) {
      List<String> tables = new ArrayList<>();
      try (Statement list = connection.createStatement();
          ResultSet rows =
              list.executeQuery(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                      + DATABASE.schema()
                      + "'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      assertThat(tables).containsAll(TestDatabase.TABLES);
      for (String table : tables) {
        try (Statement select = connection.createStatement();
            ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            text.append(table).append(':');
            for (int c = 1; c <= columns.getColumnCount(); c++) {
              text.append(' ').append(columns.getColumnName(c)).append('=');
              if (columns.getColumnType(c) == Types.BINARY) {
                byte[] value = rows.getBytes(c);
                if (value != null) {
                  binaries.add(value);
                  text.append(HexFormat.of().formatHex(value))
                      .append(' ')
                      .append(Base64.getEncoder().encodeToString(value))
                      .append(' ')
                      .append(Base64.getUrlEncoder().encodeToString(value));
                }
              } else {
                text.append(rows.getString(c));
              }
            }
            text.append('\n');
          }
        }
      }
    }
    return new Dump(text.toString(), binaries);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
