package io.tcgateway.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.bootstrap.e2e.GatewayUnderTest.Answer;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DisconnectEvent;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.CellBuilder;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.ConnectAnswer;
import io.tcgateway.testkit.wallet.IncomingRequest;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import io.tcgateway.testkit.wallet.WalletConnection;
import io.tcgateway.testkit.wallet.WalletPolicy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway end to end over real HTTP and its built-in bridge, with the simulated wallet on the
 * other side: what a web backend sees through the API for connect, every request kind, both ways of
 * disconnecting, expiry, and a forged sender.
 */
class ApiEndToEndTest {
  private static GatewayUnderTest gateway;

  @BeforeAll
  static void start() {
    gateway =
        new GatewayUnderTest(
            Map.of(
                "gateway.sessions.pending-ttl", "3s",
                "gateway.sessions.request-timeout", "3s"));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  /** Offers a connection to {@code user}'s simwallet and has {@code wallet} approve it. */
  private static WalletConnection connect(String user, SimulatedWallet wallet) {
    Answer offer = gateway.post("v1/users/" + user + "/connection", Map.of("wallet", "simwallet"));
    assertThat(offer.status()).isEqualTo(201);
    assertThat(offer.body().path("status").asText()).isEqualTo("pending");
    WalletConnection connection =
        wallet.connect(offer.body().path("universalLink").asText(), ConnectAnswer.approve());
    gateway.awaitStatus(user, "connected");
    return connection;
  }

  private static String send(String user, String path, Object body) {
    Answer sent = gateway.post("v1/users/" + user + "/" + path, body);
    assertThat(sent.status()).as(sent.body().toString()).isEqualTo(202);
    assertThat(sent.body().path("status").asText()).isEqualTo("pending");
    return sent.body().path("requestId").asText();
  }

  @Test
  void aWalletConnectsWithAVerifiedProofAndTheApiShowsTheAccount() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V5R1, 1);
    try (WalletConnection ignored = connect("e2e-connect", wallet)) {
      JsonNode connection = gateway.get("v1/users/e2e-connect/connection").body();
      assertThat(connection.path("account").path("address").asText())
          .isEqualTo(wallet.address().toRaw());
      assertThat(connection.path("account").path("friendlyAddress").asText())
          .isEqualTo(new UserFriendlyAddress(wallet.address(), false, false).format());
      assertThat(connection.path("proof").path("verified").asBoolean()).isTrue();
      assertThat(connection.path("proof").path("walletVersion").asText()).isEqualTo("v5r1");
      assertThat(connection.path("proof").path("publicKey").asText())
          .isEqualTo(wallet.publicKey().toHex());
      assertThat(connection.path("proof").path("domain").asText())
          .isEqualTo(URI.create(gateway.origin).getAuthority());
      assertThat(connection.path("wallet").path("appName").asText()).isEqualTo("simwallet");
    }
  }

  @Test
  void anApprovedTransactionCompletesWithTheSignedBocAndADeclinedOneIsRejectedWith300() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 2);
    try (WalletConnection connection = connect("e2e-tx", wallet)) {
      String approved =
          send(
              "e2e-tx",
              "transactions",
              Map.of(
                  "messages",
                  List.of(
                      Map.of(
                          "address", wallet.userFriendlyAddress().format(), "amount", "1000000"))));
      IncomingRequest first = connection.nextRequest(GatewayUnderTest.WAIT).orElseThrow();
      connection.approve(first);
      JsonNode done = gateway.awaitAnswered("e2e-tx", approved);
      assertThat(done.path("status").asText()).isEqualTo("completed");
      assertThat(done.path("method").asText()).isEqualTo("sendTransaction");
      byte[] boc = Base64s.decodeStandard(done.path("result").path("boc").asText());
      assertThat(BagOfCells.deserializeSingleRoot(boc)).isNotNull();

      String declined =
          send(
              "e2e-tx",
              "transactions",
              Map.of("to", wallet.userFriendlyAddress().format(), "amount", "5", "comment", "no"));
      connection.decline(connection.nextRequest(GatewayUnderTest.WAIT).orElseThrow());
      JsonNode refused = gateway.awaitAnswered("e2e-tx", declined);
      assertThat(refused.path("status").asText()).isEqualTo("rejected");
      assertThat(refused.path("error").path("walletCode").asInt()).isEqualTo(300);
      assertThat(refused.has("result")).isFalse();
    }
  }

  @Test
  void signDataOfEveryTypeCompletesVerified() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 3);
    try (WalletConnection connection = connect("e2e-sign", wallet)) {
      connection.answerAutomatically(WalletPolicy.approveAll());
      String cell =
          Base64s.encodeStandard(
              BagOfCells.serialize(CellBuilder.beginCell().storeUint(42, 32).endCell()));
      List<Map<String, Object>> payloads =
          List.of(
              Map.of("type", "text", "text", "Confirm the e2e test"),
              Map.of("type", "binary", "bytes", Base64s.encodeStandard(new byte[] {1, 2, 3})),
              Map.of("type", "cell", "schema", "answer#_ value:uint32 = Answer;", "cell", cell));
      for (Map<String, Object> payload : payloads) {
        String id = send("e2e-sign", "sign-data", payload);
        JsonNode done = gateway.awaitAnswered("e2e-sign", id);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
        JsonNode result = done.path("result");
        assertThat(result.path("verified").asBoolean()).isTrue();
        assertThat(result.path("address").asText()).isEqualTo(wallet.address().toRaw());
        assertThat(result.path("domain").asText())
            .isEqualTo(URI.create(gateway.origin).getAuthority());
        assertThat(result.path("payload").path("type").asText()).isEqualTo(payload.get("type"));
      }
    }
  }

  @Test
  void signMessageCompletesWithTheInternalBoc() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V5R1, 4);
    try (WalletConnection connection = connect("e2e-signmsg", wallet)) {
      connection.answerAutomatically(WalletPolicy.approveAll());
      String id =
          send(
              "e2e-signmsg",
              "sign-message",
              Map.of(
                  "messages",
                  List.of(
                      Map.of("address", wallet.userFriendlyAddress().format(), "amount", "7"))));
      JsonNode done = gateway.awaitAnswered("e2e-signmsg", id);
      assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("completed");
      byte[] internal = Base64s.decodeStandard(done.path("result").path("internalBoc").asText());
      assertThat(BagOfCells.deserializeSingleRoot(internal)).isNotNull();
    }
  }

  @Test
  void aWalletThatDisconnectsEndsTheSessionAndItsPendingRequestsFail() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 5);
    try (WalletConnection connection = connect("e2e-walletbye", wallet)) {
      String pending =
          send("e2e-walletbye", "sign-data", Map.of("type", "text", "text", "left unanswered"));
      connection.nextRequest(GatewayUnderTest.WAIT).orElseThrow();
      connection.disconnect();
      gateway.awaitStatus("e2e-walletbye", "none");
      JsonNode request = gateway.awaitAnswered("e2e-walletbye", pending);
      assertThat(request.path("status").asText()).isEqualTo("failed");
      assertThat(request.path("error").path("code").asText()).isEqualTo("disconnected");
      assertThat(
              gateway
                  .post("v1/users/e2e-walletbye/sign-data", Map.of("type", "text", "text", "x"))
                  .status())
          .isEqualTo(409);
    }
  }

  @Test
  void disconnectingThroughTheApiTellsTheWallet() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 6);
    try (WalletConnection connection = connect("e2e-userbye", wallet)) {
      connection.answerAutomatically(WalletPolicy.approveAll());
      assertThat(gateway.delete("v1/users/e2e-userbye/connection").status()).isEqualTo(204);
      io.tcgateway.testkit.Eventually.await(
          "the wallet got the disconnect", GatewayUnderTest.WAIT, connection::isDisconnected);
      assertThat(gateway.get("v1/users/e2e-userbye/connection").body().path("status").asText())
          .isEqualTo("none");
      assertThat(gateway.delete("v1/users/e2e-userbye/connection").status()).isEqualTo(204);
    }
  }

  @Test
  void anUnansweredOfferExpires() {
    Answer offer = gateway.post("v1/users/e2e-offer/connection", Map.of("wallet", "simwallet"));
    assertThat(offer.status()).isEqualTo(201);
    JsonNode expired = gateway.awaitStatus("e2e-offer", "expired");
    assertThat(expired.has("universalLink")).isFalse();
    // a late answer changes nothing
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 7);
    try (WalletConnection late =
        wallet.connect(offer.body().path("universalLink").asText(), ConnectAnswer.approve())) {
      assertThat(gateway.get("v1/users/e2e-offer/connection").body().path("status").asText())
          .isEqualTo("expired");
    }
  }

  @Test
  void aRequestTheWalletNeverAnswersExpiresAtItsDeadline() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 8);
    try (WalletConnection connection = connect("e2e-silent", wallet)) {
      connection.answerAutomatically(WalletPolicy.silent());
      String id = send("e2e-silent", "sign-data", Map.of("type", "text", "text", "silence"));
      JsonNode done = gateway.awaitAnswered("e2e-silent", id);
      assertThat(done.path("status").asText()).isEqualTo("expired");
    }
  }

  @Test
  void aDisconnectForgedWithAnotherKeyIsIgnored() throws Exception {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 9);
    Answer offer = gateway.post("v1/users/e2e-forged/connection", Map.of("wallet", "simwallet"));
    String link = offer.body().path("universalLink").asText();
    SessionPublicKey session = SessionPublicKey.parse(ConnectLinks.parse(link).clientId());
    try (WalletConnection connection = wallet.connect(link, ConnectAnswer.approve())) {
      gateway.awaitStatus("e2e-forged", "connected");
      SessionKeyPair forger = SessionKeyPair.generate(new SecureRandom());
      String disconnect =
          new JacksonWalletMessageCodec().encodeWalletEvent(new DisconnectEvent(1_000));
      String body =
          NaclBox.between(forger, session)
              .sealToBase64(
                  disconnect.getBytes(StandardCharsets.UTF_8), Nonce.random(new SecureRandom()));
      HttpResponse<String> posted =
          gateway
              .http()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              gateway.bridge
                                  + "/message?client_id="
                                  + forger.publicKey().clientId()
                                  + "&to="
                                  + session.clientId()
                                  + "&ttl=300&topic=disconnect"))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(200);
      // the real wallet still works afterwards, so the forged event has been read and dropped
      connection.answerAutomatically(WalletPolicy.approveAll());
      String id = send("e2e-forged", "sign-data", Map.of("type", "text", "text", "still here"));
      assertThat(gateway.awaitAnswered("e2e-forged", id).path("status").asText())
          .isEqualTo("completed");
      assertThat(gateway.get("v1/users/e2e-forged/connection").body().path("status").asText())
          .isEqualTo("connected");
    }
  }

  @Test
  void oneUserCannotReadOrActOnAnotherUsersSession() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 10);
    try (WalletConnection connection = connect("e2e-alice", wallet)) {
      connection.answerAutomatically(WalletPolicy.approveAll());
      String id = send("e2e-alice", "sign-data", Map.of("type", "text", "text", "alice's"));
      gateway.awaitAnswered("e2e-alice", id);

      assertThat(gateway.get("v1/users/e2e-mallory/requests/" + id).status()).isEqualTo(404);
      assertThat(gateway.get("v1/users/e2e-mallory/connection").body().path("status").asText())
          .isEqualTo("none");
      assertThat(
              gateway
                  .post("v1/users/e2e-mallory/sign-data", Map.of("type", "text", "text", "x"))
                  .status())
          .isEqualTo(409);
      assertThat(gateway.delete("v1/users/e2e-mallory/connection").status()).isEqualTo(204);
      assertThat(gateway.get("v1/users/e2e-alice/connection").body().path("status").asText())
          .isEqualTo("connected");
    }
  }

  @Test
  void theEventStreamCarriesTheUsersOwnEventsAndResumesAfterLastEventId() throws Exception {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 11);
    try (WalletConnection connection = connect("e2e-events", wallet);
        WalletConnection other =
            connect("e2e-events-other", gateway.wallet(WalletContract.V4R2, 12))) {
      connection.answerAutomatically(WalletPolicy.approveAll());
      String id = send("e2e-events", "sign-data", Map.of("type", "text", "text", "evented"));
      gateway.awaitAnswered("e2e-events", id);

      List<String[]> events =
          EventStreamReader.read(gateway, "e2e-events", null, 3, Duration.ofSeconds(10));
      assertThat(events)
          .extracting(e -> e[1])
          .containsExactly("connection.pending", "connection.connected", "request.completed");
      assertThat(events.get(2)[2]).contains(id);
      List<String[]> resumed =
          EventStreamReader.read(
              gateway, "e2e-events", events.get(1)[0], 1, Duration.ofSeconds(10));
      assertThat(resumed).extracting(e -> e[1]).containsExactly("request.completed");
    }
  }
}
