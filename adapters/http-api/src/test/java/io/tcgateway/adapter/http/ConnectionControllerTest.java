package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.port.in.DisconnectCommand;
import io.tcgateway.application.port.in.StartConnectionCommand;
import io.tcgateway.application.port.out.BridgeUnavailableException;
import io.tcgateway.application.port.out.WalletDirectory.WalletEntry;
import io.tcgateway.domain.protocol.link.ReturnStrategy;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Network;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest
class ConnectionControllerTest extends ApiTestBase {
  static final SessionOwner ALICE = SessionOwner.http("alice");

  private void listWallets() {
    gateway.wallets =
        List.of(
            new WalletEntry(
                "tonkeeper",
                "Tonkeeper",
                "https://i",
                "https://a",
                "https://app.tonkeeper.com/ton-connect",
                Optional.empty(),
                Samples.BRIDGE,
                List.of("ios"),
                List.of()),
            new WalletEntry(
                "mytonwallet",
                "MyTonWallet",
                "https://i",
                "https://a",
                "https://connect.mytonwallet.org",
                Optional.empty(),
                Samples.BRIDGE,
                List.of("chrome"),
                List.of()));
  }

  @Test
  void anEmptyBodyOffersAUniversalConnectionWithProof() {
    listWallets();

    Api.Reply reply = api.post("/v1/users/alice/connection", null, "");

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.header("Location")).isEqualTo("/v1/users/alice/connection");
    Map<String, Object> body = reply.object();
    assertThat(body)
        .containsEntry("status", "pending")
        .containsEntry("universalLink", "tc://?v=2&id=alice")
        .containsEntry("qrUrl", "/v1/users/alice/connection/qr.png")
        .containsEntry("expiresAt", "2025-07-04T17:04:18Z")
        .containsEntry(
            "links",
            Map.of(
                "tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2",
                "mytonwallet", "https://connect.mytonwallet.org?v=2"))
        .containsKey("sessionId")
        .doesNotContainKeys("wallet", "account", "proof", "error");
    StartConnectionCommand command = gateway.last(StartConnectionCommand.class);
    assertThat(command)
        .isEqualTo(
            new StartConnectionCommand(
                ALICE, Optional.empty(), true, Optional.empty(), Optional.empty(), Set.of()));
  }

  @Test
  void everyOptionIsPassedOn() {
    listWallets();

    Api.Reply reply =
        api.post(
            "/v1/users/alice/connection",
            """
            {"wallet":"tonkeeper","tonProof":false,"network":"-3","returnStrategy":"tg://resolve",
             "requiredFeatures":["SignData","SendTransaction"]}""");

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.object())
        .containsEntry("universalLink", "https://app.tonkeeper.com/ton-connect?v=2&id=alice")
        .doesNotContainKey("links");
    StartConnectionCommand command = gateway.last(StartConnectionCommand.class);
    assertThat(command.walletAppName()).contains("tonkeeper");
    assertThat(command.tonProof()).isFalse();
    assertThat(command.network()).contains(Network.TESTNET);
    assertThat(command.returnStrategy()).contains(ReturnStrategy.parse("tg://resolve"));
    assertThat(command.requiredFeatures()).containsExactlyInAnyOrder("SignData", "SendTransaction");
  }

  @Test
  void anUnknownWalletIs422NamingTheField() {
    listWallets();

    api.post("/v1/users/alice/connection", "{\"wallet\":\"nope\"}")
        .problem(422, "UNKNOWN_WALLET", "wallet");
  }

  @Test
  void aConnectedUserMustDisconnectFirst() {
    gateway.sessions.put(ALICE, Samples.connected(ALICE, 1, Network.MAINNET));

    api.post("/v1/users/alice/connection", "{}").problem(409, "WALLET_ALREADY_CONNECTED");
  }

  @Test
  void noBridgeIsA503() {
    gateway.failNext(new BridgeUnavailableException("https://bridge.internal down", null));

    Map<String, Object> problem =
        api.post("/v1/users/alice/connection", "{}").problem(503, "BRIDGE_UNAVAILABLE");
    assertThat((String) problem.get("detail")).doesNotContain("bridge.internal");
  }

  @Test
  void withoutASessionTheStatusIsNone() {
    Api.Reply reply = api.get("/v1/users/alice/connection");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object()).isEqualTo(Map.of("status", "none"));
  }

  @Test
  void aPendingConnectionShowsItsLinks() {
    gateway.sessions.put(
        ALICE, Samples.pending(ALICE, 7, "tc://?v=2&id=x", Map.of("tonkeeper", "https://t?x")));

    Map<String, Object> body = api.get("/v1/users/alice/connection").object();

    assertThat(body)
        .containsEntry("status", "pending")
        .containsEntry("sessionId", Samples.sessionId(7).value())
        .containsEntry("universalLink", "tc://?v=2&id=x")
        .containsEntry("links", Map.of("tonkeeper", "https://t?x"))
        .containsEntry("qrUrl", "/v1/users/alice/connection/qr.png")
        .containsEntry("expiresAt", "2025-07-04T17:04:18Z");
  }

  @Test
  void aConnectedWalletShowsDeviceAccountAndProof() {
    gateway.sessions.put(ALICE, Samples.connected(ALICE, 3, Network.TESTNET));

    Map<String, Object> body = api.get("/v1/users/alice/connection").object();

    assertThat(body)
        .containsEntry("status", "connected")
        .containsEntry("sessionId", Samples.sessionId(3).value())
        .doesNotContainKeys("universalLink", "links", "qrUrl", "expiresAt", "error");
    assertThat(body.get("wallet"))
        .isEqualTo(
            Map.of(
                "appName", "tonkeeper",
                "device",
                    Map.of(
                        "platform", "iphone",
                        "appName", "tonkeeper",
                        "appVersion", "5.0.1",
                        "maxProtocolVersion", 2),
                "features",
                    List.of(
                        Map.of("name", "SendTransaction"),
                        Map.of("name", "SendTransaction", "maxMessages", 4),
                        Map.of("name", "SignData", "types", List.of("text", "binary", "cell")))));
    assertThat(body.get("account"))
        .isEqualTo(
            Map.of(
                "address", Samples.RAW,
                "friendlyAddress", Samples.ADDRESS.toFriendly(false, true),
                "network", "-3",
                "publicKey", Samples.PUBLIC_KEY,
                "walletStateInit", Samples.BOC));
    assertThat(body.get("proof"))
        .isEqualTo(
            Map.of(
                "verified",
                true,
                "timestamp",
                1751648358,
                "domain",
                "app.example.com",
                "walletVersion",
                "v4r2",
                "publicKey",
                Samples.PUBLIC_KEY));
    assertThat(api.get("/v1/users/alice/connection").body()).doesNotContain("secret");
  }

  @Test
  void aFailedConnectionShowsWhy() {
    gateway.sessions.put(
        ALICE,
        Samples.pending(ALICE, 4, "tc://x", Map.of())
            .failed("wallet-300", "user declined", Samples.NOW));

    Map<String, Object> body = api.get("/v1/users/alice/connection").object();

    assertThat(body)
        .containsEntry("status", "failed")
        .containsEntry(
            "error", Map.of("code", "wallet-300", "message", "user declined", "walletCode", 300));
  }

  @Test
  void anExpiredConnectionSaysSo() {
    gateway.sessions.put(ALICE, Samples.pending(ALICE, 5, "tc://x", Map.of()).expired(Samples.NOW));

    assertThat(api.get("/v1/users/alice/connection").object())
        .isEqualTo(Map.of("status", "expired", "sessionId", Samples.sessionId(5).value()));
  }

  @Test
  void disconnectIs204AndTellsTheApplication() {
    gateway.sessions.put(ALICE, Samples.connected(ALICE, 1, Network.MAINNET));

    Api.Reply reply = api.delete("/v1/users/alice/connection");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(gateway.last(DisconnectCommand.class).owner()).isEqualTo(ALICE);
    assertThat(gateway.sessions).doesNotContainKey(ALICE);
    assertThat(api.delete("/v1/users/alice/connection").status()).isEqualTo(204);
  }

  @Test
  void theQrCodeDrawsThePendingLink() {
    gateway.sessions.put(ALICE, Samples.pending(ALICE, 6, "tc://?v=2&id=qr", Map.of()));

    Api.Reply png = api.get("/v1/users/alice/connection/qr.png");
    assertThat(png.status()).isEqualTo(200);
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(new String(png.bytes(), StandardCharsets.ISO_8859_1))
        .isEqualTo(FakeQrCodeRenderer.PNG_MAGIC + " 512 tc://?v=2&id=qr");

    Api.Reply sized = api.get("/v1/users/alice/connection/qr.png?size=64");
    assertThat(new String(sized.bytes(), StandardCharsets.ISO_8859_1)).contains(" 64 ");

    Api.Reply svg = api.get("/v1/users/alice/connection/qr.svg");
    assertThat(svg.status()).isEqualTo(200);
    assertThat(svg.contentType()).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("tc://?v=2&amp;id=qr".replace("&amp;", "&"));
  }

  @Test
  void theQrCodeIs404WithoutAPendingLink() {
    api.get("/v1/users/alice/connection/qr.png").problem(404, "NOT_FOUND");
    api.get("/v1/users/alice/connection/qr.svg").problem(404, "NOT_FOUND");

    gateway.sessions.put(ALICE, Samples.connected(ALICE, 1, Network.MAINNET));
    api.get("/v1/users/alice/connection/qr.png").problem(404, "NOT_FOUND");
  }

  @Test
  void aBadQrSizeIs400() {
    gateway.sessions.put(ALICE, Samples.pending(ALICE, 6, "tc://x", Map.of()));

    for (String size : List.of("abc", "0", "31", "4097", "-5", "99999999999")) {
      api.get("/v1/users/alice/connection/qr.png?size=" + size)
          .problem(400, "INVALID_FIELD", "size");
    }
  }

  @Test
  void anInvalidUserIdIs400NamingIt() {
    for (String userId :
        List.of("a%20b", "x".repeat(129), "semi;colon", "%C3%A9", "a+b", "a%2Fb", "a%3Bb")) {
      api.get("/v1/users/" + userId + "/connection").problem(400, "INVALID_FIELD", "userId");
      api.post("/v1/users/" + userId + "/connection", "{}").problem(400, "INVALID_FIELD", "userId");
      api.delete("/v1/users/" + userId + "/connection").problem(400, "INVALID_FIELD", "userId");
    }
    assertThat(gateway.commands).isEmpty();
  }
}
