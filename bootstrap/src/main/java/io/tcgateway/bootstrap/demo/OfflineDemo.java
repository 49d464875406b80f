package io.tcgateway.bootstrap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tcgateway.bootstrap.demo.DemoApi.Answer;
import io.tcgateway.bootstrap.demo.DemoApi.DemoFailure;
import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.WalletConnection;
import io.tcgateway.testkit.wallet.WalletPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The offline demo: starts the gateway on a free loopback port with its built-in bridge and a
 * wallets list holding one "simwallet" entry on that bridge, then plays both sides — a web backend
 * calling the HTTP API, and a simulated V4R2 wallet answering through the bridge — through connect
 * with {@code ton_proof} → transaction → sign data → disconnect. Each step is printed; {@link #run}
 * returns 0 when every step worked, 1 otherwise. Needs no network.
 */
public final class OfflineDemo {
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);
  private static final String USER = "demo-user";

  private final PrintWriter out;
  private final int requestedPort;

  /**
   * @param out where the steps are printed
   * @param port the gateway's port, 0 for any free one
   */
  public OfflineDemo(PrintWriter out, int port) {
    this.out = Objects.requireNonNull(out, "out");
    this.requestedPort = port;
  }

  /** Runs the demo; 0 when every step worked. */
  public int run() {
    int port = requestedPort > 0 ? requestedPort : freePort();
    String origin = "http://127.0.0.1:" + port;
    String apiKey = randomHex(16);
    Path walletsList = writeWalletsList(origin + "/bridge");
    step("start", "gateway on " + origin + " with the built-in bridge at /bridge (memory store)");
    try (ApplicationContext context = start(port, origin, walletsList, apiKey)) {
      SimulatedWallet wallet =
          SimulatedWallet.builder(seed(), WalletContract.V4R2)
              .bridge(BridgeUrl.parse(origin + "/bridge"))
              .build();
      walk(new DemoApi(URI.create(origin + "/"), apiKey), wallet);
      out.println();
      out.println("demo: every step worked");
      out.flush();
      return 0;
    } catch (DemoFailure e) {
      out.println();
      out.println("demo FAILED: " + e.getMessage());
      out.flush();
      return 1;
    } finally {
      try {
        Files.deleteIfExists(walletsList);
      } catch (IOException ignored) {
        // a temp file; the OS cleans it up
      }
    }
  }

  private void walk(DemoApi api, SimulatedWallet wallet) {
    Answer wallets = expect(api.get("v1/wallets"), 200, "GET /v1/wallets");
    boolean listed = false;
    for (JsonNode entry : wallets.body()) {
      listed |= "simwallet".equals(entry.path("appName").asText());
    }
    if (!listed) {
      throw new DemoFailure("the wallets list has no simwallet entry: " + wallets.body());
    }
    step("wallets", wallets.body().size() + " wallet(s) listed, simwallet among them");

    Answer offer =
        expect(
            api.post(
                "v1/users/" + USER + "/connection",
                Map.of("wallet", "simwallet", "tonProof", true)),
            201,
            "POST /v1/users/" + USER + "/connection");
    String link = offer.body().path("universalLink").asText();
    step("connect", "link for the wallet: " + abbreviate(link));

    try (WalletConnection connection = wallet.connect(link, ConnectAnswer.approve())) {
      JsonNode connected =
          poll(
              api,
              "v1/users/" + USER + "/connection",
              body -> "connected".equals(body.path("status").asText()),
              "the connection to become connected");
      JsonNode proof = connected.path("proof");
      if (!proof.path("verified").asBoolean(false)) {
        throw new DemoFailure(
            "connected, but the ton_proof is not reported verified: " + connected);
      }
      step(
          "connected",
          connected.path("account").path("friendlyAddress").asText()
              + " ("
              + wallet.contract().version()
              + "), ton_proof verified for "
              + proof.path("domain").asText());
      connection.answerAutomatically(WalletPolicy.approveAll());

      Answer sent =
          expect(
              api.post(
                  "v1/users/" + USER + "/transactions",
                  Map.of(
                      "to", wallet.userFriendlyAddress().format(),
                      "amount", "10000000",
                      "comment", "offline demo")),
              202,
              "POST /v1/users/" + USER + "/transactions");
      JsonNode transaction = awaitRequest(api, sent);
      step(
          "transaction",
          "completed, signed external message BoC: "
              + abbreviate(transaction.path("result").path("boc").asText()));

      Answer signing =
          expect(
              api.post(
                  "v1/users/" + USER + "/sign-data",
                  Map.of("type", "text", "text", "I agree to the demo terms")),
              202,
              "POST /v1/users/" + USER + "/sign-data");
      JsonNode signed = awaitRequest(api, signing);
      if (!signed.path("result").path("verified").asBoolean(false)) {
        throw new DemoFailure("signData completed but not verified: " + signed);
      }
      step(
          "sign data",
          "completed and verified, signature "
              + abbreviate(signed.path("result").path("signature").asText()));

      expect(
          api.delete("v1/users/" + USER + "/connection"),
          204,
          "DELETE /v1/users/" + USER + "/connection");
      awaitWallet(connection);
      JsonNode after =
          expect(api.get("v1/users/" + USER + "/connection"), 200, "GET connection").body();
      if (!"none".equals(after.path("status").asText())) {
        throw new DemoFailure("after disconnect the connection is " + after);
      }
      step("disconnect", "the wallet received the disconnect; the user has no session any more");
    }
  }

  private JsonNode awaitRequest(DemoApi api, Answer sent) {
    String id = sent.body().path("requestId").asText();
    JsonNode request =
        poll(
            api,
            "v1/users/" + USER + "/requests/" + id,
            body -> !"pending".equals(body.path("status").asText()),
            "request " + id + " to be answered");
    if (!"completed".equals(request.path("status").asText())) {
      throw new DemoFailure("request " + id + " ended " + request);
    }
    return request;
  }

  private void awaitWallet(WalletConnection connection) {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (!connection.isDisconnected()) {
      if (System.nanoTime() > deadline) {
        throw new DemoFailure("the wallet never received the disconnect");
      }
      pause();
    }
  }

  private JsonNode poll(DemoApi api, String path, Predicate<JsonNode> done, String what) {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (true) {
      Answer answer = expect(api.get(path), 200, "GET /" + path);
      if (done.test(answer.body())) {
        return answer.body();
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailure("timed out waiting for " + what + "; last answer " + answer.body());
      }
      pause();
    }
  }

  private static Answer expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new DemoFailure(
          what + " answered " + answer.status() + " " + answer.body() + ", expected " + status);
    }
    return answer;
  }

  private void step(String name, String detail) {
    out.printf("%-12s %s%n", name, detail);
    out.flush();
  }

  private static ApplicationContext start(
      int port, String origin, Path walletsList, String apiKey) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", port);
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("gateway.bridge-server.enabled", "true");
    properties.put("gateway.wallets.source", walletsList.toString());
    properties.put("gateway.app.url", origin);
    properties.put("gateway.app.name", "Gateway offline demo");
    properties.put("gateway.api.keys", apiKey);
    properties.put("gateway.proof.key", randomHex(32));
    properties.put("logger.levels.io.tcgateway", "WARN");
    properties.put("logger.levels.io.micronaut", "WARN");
    try {
      return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    } catch (RuntimeException e) {
      throw new DemoFailure("the gateway did not start: " + e.getMessage());
    }
  }

  /** A wallets-v2.json with the demo wallet on the built-in bridge. */
  private static Path writeWalletsList(String bridgeUrl) {
    String json =
        """
        [{"app_name":"simwallet","name":"Simulated wallet","image":"https://simwallet.example/icon.png",\
        "about_url":"https://simwallet.example","universal_url":"https://simwallet.example/ton-connect",\
        "bridge":[{"type":"sse","url":"%s"}],"platforms":["linux","macos","windows"],\
        "features":[{"name":"SendTransaction","maxMessages":4},{"name":"SignData","types":["text","binary","cell"]}]}]
        """
            .formatted(bridgeUrl);
    try {
      Path file = Files.createTempFile("tc-gateway-demo-wallets", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] seed() {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return seed;
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Hex.encode(random);
  }

  private static String abbreviate(String text) {
    return text.length() <= 72 ? text : text.substring(0, 60) + "…(" + text.length() + " chars)";
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailure("interrupted");
    }
  }
}
