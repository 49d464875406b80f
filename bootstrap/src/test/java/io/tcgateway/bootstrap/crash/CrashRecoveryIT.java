package io.tcgateway.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.adapter.crypto.TinkKeysets;
import io.tcgateway.bootstrap.crash.GatewayProcess.Answer;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.IncomingRequest;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.SimulatedWalletsList;
import io.tcgateway.testkit.wallet.WalletConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Restarts and crashes with real processes (issue 5 §4): the bridge in one process (the gateway jar
 * with only its built-in bridge in use), the gateway in another on PostgreSQL or Redis, SIGKILLed
 * and started again on the same store; the simulated wallet keeps its bridge connection throughout.
 * Fails when PostgreSQL (127.0.0.1:5432) or Redis (127.0.0.1:6379) is not reachable.
 */
class CrashRecoveryIT {
  private static final String JDBC_URL =
      System.getProperty("tcg.test.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String REDIS_URI =
      System.getProperty("tcg.test.redis.uri", "redis://127.0.0.1:6379");

  @TempDir Path dir;

  private GatewayProcess bridgeProcess;
  private BridgeUrl bridge;
  private Path walletsList;
  private Path keyset;
  private String isolation;
  private final java.util.List<GatewayProcess> gateways = new java.util.ArrayList<>();

  @BeforeEach
  void startBridge() throws Exception {
    isolation = "tcg_crash_" + HexFormat.of().formatHex(randomBytes(5));
    int bridgePort = GatewayProcess.freePort();
    bridgeProcess =
        new GatewayProcess(
                bridgePort,
                Map.of(
                    "gateway.bridge-server.enabled", "true",
                    "gateway.wallets.source", "bundled"),
                dir.resolve("bridge.log"))
            .start();
    bridge = BridgeUrl.parse(bridgeProcess.origin + "/bridge");
    walletsList = SimulatedWalletsList.write(dir.resolve("wallets.json"), bridge.toString());
    keyset = dir.resolve("keyset.json");
    Files.writeString(keyset, TinkKeysets.generate(), StandardCharsets.UTF_8);
  }

  @AfterEach
  void stopEverything() throws Exception {
    gateways.forEach(GatewayProcess::close);
    bridgeProcess.close();
    try (Connection connection = DriverManager.getConnection(JDBC_URL, "postgres", "");
        Statement drop = connection.createStatement()) {
      drop.execute("DROP SCHEMA IF EXISTS " + isolation + " CASCADE");
    }
  }

  /** A gateway process on {@code store} ("jdbc" or "redis"), sharing this test's data. */
  private GatewayProcess gateway(String store, String name) {
    Map<String, String> properties = new HashMap<>();
    properties.put("micronaut.environments", store);
    properties.put("gateway.wallets.source", walletsList.toString());
    properties.put("gateway.crypto.keyset-file", keyset.toString());
    properties.put("gateway.bridge.heartbeat-interval", "2s");
    properties.put("gateway.bridge.reconnect-min-delay", "100ms");
    if (store.equals("jdbc")) {
      properties.put("datasources.default.url", JDBC_URL + "?currentSchema=" + isolation);
      properties.put("flyway.datasources.default.schemas", isolation);
    } else {
      properties.put("redis.uri", REDIS_URI);
      properties.put("gateway.store.redis.key-prefix", isolation + ":");
    }
    int port = GatewayProcess.freePort();
    // the app URL is the manifest's, so the proof domain: the same for every process and restart
    properties.put("gateway.app.url", "http://app.example");
    GatewayProcess process = new GatewayProcess(port, properties, dir.resolve(name + ".log"));
    gateways.add(process);
    return process;
  }

  private SimulatedWallet wallet(int seedByte) {
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) seedByte);
    return SimulatedWallet.builder(seed, WalletContract.V4R2).bridge(bridge).build();
  }

  private static String offer(GatewayProcess gateway, String user) {
    Answer offer = gateway.post("v1/users/" + user + "/connection", Map.of("wallet", "simwallet"));
    assertThat(offer.status()).as(offer.body().toString()).isEqualTo(201);
    return offer.body().path("universalLink").asText();
  }

  private static JsonNode awaitConnected(GatewayProcess gateway, String user) {
    return gateway.await(
        "v1/users/" + user + "/connection",
        body -> "connected".equals(body.path("status").asText()),
        user + " connected");
  }

  private static String sendTransaction(GatewayProcess gateway, String user, SimulatedWallet to) {
    Answer sent =
        gateway.post(
            "v1/users/" + user + "/transactions",
            Map.of("to", to.userFriendlyAddress().format(), "amount", "1000"));
    assertThat(sent.status()).as(sent.body().toString()).isEqualTo(202);
    return sent.body().path("requestId").asText();
  }

  private static JsonNode awaitCompleted(GatewayProcess gateway, String user, String requestId) {
    JsonNode done =
        gateway.await(
            "v1/users/" + user + "/requests/" + requestId,
            body -> !"pending".equals(body.path("status").asText()) && !body.isNull(),
            "request " + requestId + " answered");
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
    BagOfCells.deserializeSingleRoot(
        Base64s.decodeStandard(done.path("result").path("boc").asText()));
    return done;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc", "redis"})
  void aConnectedSessionSurvivesSigkillAndATransactionWorksAfterTheRestart(String store) {
    GatewayProcess gateway = gateway(store, "gateway").start();
    SimulatedWallet wallet = wallet(21);
    try (WalletConnection connection =
        wallet.connect(offer(gateway, "alice"), ConnectAnswer.approve())) {
      awaitConnected(gateway, "alice");

      gateway.kill();
      gateway.start();

      JsonNode after = gateway.get("v1/users/alice/connection").body();
      assertThat(after.path("status").asText()).isEqualTo("connected");
      assertThat(after.path("proof").path("verified").asBoolean()).isTrue();
      String id = sendTransaction(gateway, "alice", wallet);
      IncomingRequest request = connection.nextRequest(GatewayProcess.WAIT).orElseThrow();
      connection.approve(request);
      awaitCompleted(gateway, "alice", id);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc", "redis"})
  void aWalletAnswerSentWhileTheGatewayIsDownCompletesTheRequestOnceAfterTheRestart(String store) {
    GatewayProcess gateway = gateway(store, "gateway").start();
    SimulatedWallet wallet = wallet(22);
    try (WalletConnection connection =
        wallet.connect(offer(gateway, "bob"), ConnectAnswer.approve())) {
      awaitConnected(gateway, "bob");
      String id = sendTransaction(gateway, "bob", wallet);
      IncomingRequest request = connection.nextRequest(GatewayProcess.WAIT).orElseThrow();

      gateway.kill();
      connection.approve(request); // the bridge keeps the answer while nobody listens
      gateway.start();

      awaitCompleted(gateway, "bob", id);
      List<String[]> events = gateway.events("bob", Duration.ofSeconds(3));
      assertThat(events.stream().filter(e -> e[1].equals("request.completed")).toList())
          .singleElement()
          .satisfies(e -> assertThat(e[2]).contains(id));
      assertThat(events.stream().filter(e -> e[1].equals("connection.connected")).count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc", "redis"})
  void aConnectAnsweredWhileTheGatewayIsDownConnectsAfterTheRestart(String store) {
    GatewayProcess gateway = gateway(store, "gateway").start();
    String link = offer(gateway, "carol");

    gateway.kill();
    try (WalletConnection connection = wallet(23).connect(link, ConnectAnswer.approve())) {
      gateway.start();
      JsonNode connected = awaitConnected(gateway, "carol");
      assertThat(connected.path("proof").path("verified").asBoolean()).isTrue();
    }
  }

  @Test
  void twoGatewaysOnOnePostgresqlNeverReuseARequestIdForASession() throws Exception {
    GatewayProcess first = gateway("jdbc", "first").start();
    GatewayProcess second = gateway("jdbc", "second").start();
    SimulatedWallet wallet = wallet(24);
    try (WalletConnection connection =
        wallet.connect(offer(first, "dave"), ConnectAnswer.approve())) {
      awaitConnected(first, "dave");
      awaitConnected(second, "dave");
      Set<String> ids = ConcurrentHashMap.newKeySet();
      int perGateway = 15;
      Thread[] senders = new Thread[2];
      for (int g = 0; g < 2; g++) {
        GatewayProcess via = g == 0 ? first : second;
        senders[g] =
            Thread.ofVirtual()
                .start(
                    () -> {
                      for (int i = 0; i < perGateway; i++) {
                        ids.add(
                            via.post(
                                    "v1/users/dave/sign-data",
                                    Map.of("type", "text", "text", "n" + i))
                                .body()
                                .path("requestId")
                                .asText());
                      }
                    });
      }
      for (Thread sender : senders) {
        sender.join();
      }
      assertThat(ids).hasSize(2 * perGateway).doesNotContain("");
      // The wallet never sees an id twice. (A wallet ignores an id not above the last one it
      // processed, so of two gateways' requests racing over the bridge it may drop the lower one;
      // that is the protocol, not a reuse.)
      List<Long> seen = new java.util.ArrayList<>();
      java.util.Optional<IncomingRequest> next;
      while ((next = connection.nextRequest(Duration.ofSeconds(3))).isPresent()) {
        seen.add(next.get().id().value());
      }
      assertThat(seen).isNotEmpty().doesNotHaveDuplicates();
      Set<Long> issued = new java.util.HashSet<>();
      ids.forEach(ref -> issued.add(Long.parseLong(ref.substring(ref.indexOf('-') + 1))));
      assertThat(issued).hasSize(2 * perGateway).containsAll(seen);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
