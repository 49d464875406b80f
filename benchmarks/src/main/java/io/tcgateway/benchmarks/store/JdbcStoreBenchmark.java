package io.tcgateway.benchmarks.store;

import io.micronaut.context.ApplicationContext;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.adapter.json.JacksonStorageCodec;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.OwnerEventLog;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.application.port.out.SessionStore;
import io.tcgateway.application.port.out.WalletNotifier.Event;
import io.tcgateway.domain.bridge.BridgeEventId;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The PostgreSQL stores (issue 5 §5), through their ports as the application calls them, against a
 * real database: {@code tcg.bench.jdbc.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code tcg.bench.jdbc.username} = {@code postgres}, {@code tcg.bench.jdbc.password} empty)
 * in a schema of its own, made by the Flyway migrations and dropped at the end. Each operation
 * includes what the port does around SQL: the {@code StorageCodec} document, sealing or opening the
 * secret key (Tink AES-256-GCM), Hikari.
 *
 * <ul>
 *   <li>{@code saveSession}: a new pending session saved (INSERT, key sealed), then connected
 *       (UPDATE of version 1) — two statements per operation. Sessions come from a pool made in
 *       setup (X25519 key generation is not measured); the table is emptied before each iteration.
 *   <li>{@code findByClientId}: one of 10,000 stored sessions by its client id (index lookup, key
 *       opened, document decoded).
 *   <li>{@code consumePayload}: a new proof payload id consumed (INSERT ... ON CONFLICT).
 *   <li>{@code appendEvent}: a new event appended to one of 100 owners' logs (advisory lock +
 *       INSERT ... ON CONFLICT ... RETURNING).
 *   <li>{@code advanceCursor100}: the cursors of 100 client ids moved to the next event id (one
 *       upsert statement of 100 rows).
 * </ul>
 *
 * <p>Not part of the default {@code run-benchmarks.sh} run (it needs PostgreSQL); see
 * docs/benchmarks.md, "Stores (issue 5)".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcStoreBenchmark {
  private static final String URL =
      System.getProperty("tcg.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USERNAME = System.getProperty("tcg.bench.jdbc.username", "postgres");
  private static final String PASSWORD = System.getProperty("tcg.bench.jdbc.password", "");

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");
  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");

  /** Sessions saved per iteration at most; more than any iteration of a few seconds reaches. */
  private static final int SESSION_POOL = 40_000;

  private static final int STORED_SESSIONS = 10_000;
  private static final int OWNERS = 100;
  private static final int CURSOR_IDS = 100;

  private String schema;
  private ApplicationContext context;
  private SessionStore sessions;
  private ProofPayloadStore payloads;
  private OwnerEventLog log;
  private BridgeCursorStore cursors;

  private final List<WalletSession> toSave = new ArrayList<>();
  private final List<ConnectedWallet> wallets = new ArrayList<>();
  private final AtomicInteger nextToSave = new AtomicInteger();
  private final List<SessionPublicKey> storedClientIds = new ArrayList<>();
  private final AtomicInteger nextLookup = new AtomicInteger();
  private final AtomicLong counter = new AtomicLong();
  private final List<SessionOwner> owners = new ArrayList<>();
  private final List<SessionPublicKey> cursorIds = new ArrayList<>();
  private final AtomicLong nextEventId = new AtomicLong(1_763_805_600_000_000L);
  private SessionId eventSession;
  private String payloadPrefix;

  @Setup(Level.Trial)
  public void start() throws SQLException {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    schema = "tcg_bench_" + HexFormat.of().formatHex(suffix);
    payloadPrefix = HexFormat.of().formatHex(suffix) + "-";
    context =
        ApplicationContext.builder()
            .properties(
                Map.of(
                    "gateway.store.type",
                    "jdbc",
                    "gateway.crypto.keyset",
                    TinkKeysets.generate(),
                    "datasources.default.url",
                    URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "datasources.default.username",
                    USERNAME,
                    "datasources.default.password",
                    PASSWORD,
                    "datasources.default.driver-class-name",
                    "org.postgresql.Driver",
                    "flyway.datasources.default.enabled",
                    true,
                    "flyway.datasources.default.schemas",
                    schema))
            .singletons(new JacksonStorageCodec())
            .start();
    sessions = context.getBean(SessionStore.class);
    payloads = context.getBean(ProofPayloadStore.class);
    log = context.getBean(OwnerEventLog.class);
    cursors = context.getBean(BridgeCursorStore.class);

    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < SESSION_POOL; i++) {
      toSave.add(pending(random, "save-" + i));
      // A wallet client id is pinned by one connected session at a time (unique index).
      byte[] walletClientId = new byte[SessionPublicKey.LENGTH];
      random.nextBytes(walletClientId);
      wallets.add(
          new ConnectedWallet(
              SessionPublicKey.of(walletClientId),
              BRIDGE,
              new DeviceInfo("android", "tonkeeper", "5.1", 2, List.of()),
              new TonAddressReply(
                  Address.parse("0:" + "22".repeat(32)),
                  Network.MAINNET,
                  Optional.empty(),
                  Optional.empty()),
              Optional.empty()));
    }
    for (int i = 0; i < STORED_SESSIONS; i++) {
      WalletSession stored = pending(random, "stored-" + i);
      sessions.save(stored);
      storedClientIds.add(stored.clientId());
    }
    for (int i = 0; i < OWNERS; i++) {
      owners.add(SessionOwner.http("owner-" + i));
    }
    for (int i = 0; i < CURSOR_IDS; i++) {
      cursorIds.add(SessionKeyPair.generate(random).publicKey());
    }
    eventSession = SessionId.random(random);
  }

  private static WalletSession pending(SplittableRandom random, String user) {
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2&id="
                + "ab".repeat(32)
                + "&r=%7B%22manifestUrl%22%3A%22https%3A%2F%2Fa%22%7D",
            Map.of(),
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("AQAAAZrR0rHd" + "x".repeat(64)),
            Optional.empty(),
            Set.of("SendTransaction"),
            T0.plusSeconds(300));
    return WalletSession.pending(
        SessionId.random(random),
        SessionOwner.http(user),
        SessionKeyPair.generate(random),
        offer,
        T0);
  }

  /** Sessions saved by {@link #saveSession} are deleted, so the pool can be used again. */
  @Setup(Level.Iteration)
  public void emptySavedSessions() throws SQLException {
    try (Connection connection = connect(schema);
        Statement delete = connection.createStatement()) {
      delete.execute("DELETE FROM wallet_session WHERE owner_key LIKE 'http:save-%'");
    }
    nextToSave.set(0);
  }

  @TearDown(Level.Trial)
  public void stop() throws SQLException {
    try {
      context.close();
    } finally {
      try (Connection connection = connect(null);
          Statement drop = connection.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static Connection connect(String schema) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", USERNAME);
    credentials.setProperty("password", PASSWORD);
    String url =
        schema == null ? URL : URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return DriverManager.getConnection(url, credentials);
  }

  /** A new session saved pending (INSERT), then connected (UPDATE). */
  @Benchmark
  public WalletSession saveSession() {
    int next = nextToSave.getAndIncrement();
    if (next >= SESSION_POOL) {
      throw new IllegalStateException("session pool exhausted: make SESSION_POOL larger");
    }
    WalletSession pending = toSave.get(next);
    sessions.save(pending);
    WalletSession connected = pending.connected(wallets.get(next), 1, T0.plusSeconds(1));
    sessions.save(connected);
    return connected;
  }

  /** A stored session by its client id. */
  @Benchmark
  public Optional<WalletSession> findByClientId() {
    int next = Math.floorMod(nextLookup.getAndIncrement(), STORED_SESSIONS);
    return sessions.findByClientId(storedClientIds.get(next));
  }

  /** A new proof payload consumed. */
  @Benchmark
  public boolean consumePayload() {
    return payloads.consume(payloadPrefix + counter.incrementAndGet(), T0.plusSeconds(900));
  }

  /** A new event appended to one of the owners' logs. */
  @Benchmark
  public OwnerEventLog.LoggedEvent appendEvent() {
    long n = counter.incrementAndGet();
    SessionOwner owner = owners.get((int) (n % OWNERS));
    return log.append(
        owner,
        new Event.RequestCompleted(
            new RequestRef(eventSession, RequestId.of(n)), RpcMethod.SEND_TRANSACTION),
        T0);
  }

  /** The cursors of 100 client ids moved to the next event id. */
  @Benchmark
  public long advanceCursor100() {
    long eventId = nextEventId.incrementAndGet();
    cursors.advance(BRIDGE, cursorIds, BridgeEventId.of(eventId));
    return eventId;
  }
}
