package io.tcgateway.benchmarks.store;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The Redis stores (issue 5 §5), through their ports as the application calls them, against a real
 * Redis: {@code tcg.bench.redis.uri} (default {@code redis://127.0.0.1:6379}), under a key prefix
 * of its own ({@code tcg-bench:<random>:}) whose keys are deleted at the end. Each operation
 * includes what the port does around Redis: the {@code StorageCodec} document, sealing or opening
 * the secret key (Tink AES-256-GCM), the Lua script ({@code EVALSHA}) and the round trip over one
 * Lettuce connection.
 *
 * <ul>
 *   <li>{@code saveSession}: a new pending session saved (insert script, key sealed), then
 *       connected (update script of version 1) — two round trips per operation. Sessions come from
 *       a pool made in setup (X25519 key generation is not measured); the ones saved are deleted
 *       after each iteration.
 *   <li>{@code findByClientId}: one of 10,000 stored sessions by its client id (lookup script:
 *       index → hash, key opened, document decoded).
 *   <li>{@code consumePayload}: a new proof payload id consumed ({@code SET NX PX} + expiry set).
 *   <li>{@code appendEvent}: a new event appended to one of 100 owners' logs (key check, {@code
 *       INCR}, entry hash, two sorted sets).
 *   <li>{@code advanceCursor100}: the cursors of 100 client ids moved to the next event id (one
 *       script comparing 100 stored ids as int64 digit strings).
 * </ul>
 *
 * <p>Not part of the default {@code run-benchmarks.sh} run (it needs Redis); see
 * docs/benchmarks.md, "Stores (issue 5)".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedisStoreBenchmark {
  private static final String URI =
      System.getProperty("tcg.bench.redis.uri", "redis://127.0.0.1:6379");

  private static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");

  /** Sessions saved per iteration at most; more than any iteration of a few seconds reaches. */
  private static final int SESSION_POOL = 80_000;

  private static final int STORED_SESSIONS = 10_000;
  private static final int OWNERS = 100;
  private static final int CURSOR_IDS = 100;

  private String prefix;
  private ApplicationContext context;
  private SessionStore sessions;
  private ProofPayloadStore payloads;
  private OwnerEventLog log;
  private BridgeCursorStore cursors;

  private final List<WalletSession> toSave = new ArrayList<>();
  private final AtomicInteger nextToSave = new AtomicInteger();
  private ConnectedWallet wallet;
  private final List<SessionPublicKey> storedClientIds = new ArrayList<>();
  private final AtomicInteger nextLookup = new AtomicInteger();
  private final AtomicLong counter = new AtomicLong();
  private final List<SessionOwner> owners = new ArrayList<>();
  private final List<SessionPublicKey> cursorIds = new ArrayList<>();
  private final AtomicLong nextEventId = new AtomicLong(1_763_805_600_000_000L);
  private SessionId eventSession;
  private Instant now;

  @Setup(Level.Trial)
  public void start() {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    prefix = "tcg-bench:" + HexFormat.of().formatHex(suffix) + ":";
    now = Instant.now();
    context =
        ApplicationContext.builder()
            .properties(
                Map.of(
                    "gateway.store.type",
                    "redis",
                    "redis.uri",
                    URI,
                    "gateway.store.redis.key-prefix",
                    prefix,
                    "gateway.crypto.keyset",
                    TinkKeysets.generate()))
            .singletons(new JacksonStorageCodec())
            .start();
    sessions = context.getBean(SessionStore.class);
    payloads = context.getBean(ProofPayloadStore.class);
    log = context.getBean(OwnerEventLog.class);
    cursors = context.getBean(BridgeCursorStore.class);

    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < SESSION_POOL; i++) {
      toSave.add(pending(random, "save-" + i));
    }
    wallet =
        new ConnectedWallet(
            SessionPublicKey.parse("cd".repeat(32)),
            BRIDGE,
            new DeviceInfo("android", "tonkeeper", "5.1", 2, List.of()),
            new TonAddressReply(
                Address.parse("0:" + "22".repeat(32)),
                Network.MAINNET,
                Optional.empty(),
                Optional.empty()),
            Optional.empty());
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

  private WalletSession pending(SplittableRandom random, String user) {
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
            now.plusSeconds(300));
    return WalletSession.pending(
        SessionId.random(random),
        SessionOwner.http(user),
        SessionKeyPair.generate(random),
        offer,
        now);
  }

  /** Sessions saved by {@link #saveSession} are deleted, so the pool can be used again. */
  @Setup(Level.Iteration)
  public void deleteSavedSessions() {
    int used = Math.min(nextToSave.get(), SESSION_POOL);
    for (int i = 0; i < used; i++) {
      sessions.delete(toSave.get(i).id());
    }
    nextToSave.set(0);
  }

  @TearDown(Level.Trial)
  public void stop() {
    try {
      context.close();
    } finally {
      deleteKeysUnder(prefix);
    }
  }

  private static void deleteKeysUnder(String prefix) {
    try (RedisClient client = RedisClient.create(URI);
        StatefulRedisConnection<String, String> connection = client.connect()) {
      ScanCursor cursor = ScanCursor.INITIAL;
      do {
        KeyScanCursor<String> page =
            connection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
        if (!page.getKeys().isEmpty()) {
          connection.sync().unlink(page.getKeys().toArray(String[]::new));
        }
        cursor = page;
      } while (!cursor.isFinished());
    }
  }

  /** A new session saved pending (insert), then connected (update). */
  @Benchmark
  public WalletSession saveSession() {
    int next = nextToSave.getAndIncrement();
    if (next >= SESSION_POOL) {
      throw new IllegalStateException("session pool exhausted: make SESSION_POOL larger");
    }
    WalletSession pending = toSave.get(next);
    sessions.save(pending);
    WalletSession connected = pending.connected(wallet, 1, now.plusSeconds(1));
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
    return payloads.consume("bench-" + counter.incrementAndGet(), now.plusSeconds(900));
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
        now);
  }

  /** The cursors of 100 client ids moved to the next event id. */
  @Benchmark
  public long advanceCursor100() {
    long eventId = nextEventId.incrementAndGet();
    cursors.advance(BRIDGE, cursorIds, BridgeEventId.of(eventId));
    return eventId;
  }
}
