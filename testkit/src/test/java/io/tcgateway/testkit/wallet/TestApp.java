package io.tcgateway.testkit.wallet;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.adapter.json.JacksonWalletMessageCodec;
import io.tcgateway.domain.crypto.NaclBox;
import io.tcgateway.domain.crypto.Nonce;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.link.ConnectLinkParams;
import io.tcgateway.domain.protocol.link.ConnectLinks;
import io.tcgateway.domain.protocol.link.ReturnStrategy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/** The app side of a test: its session key, connect links, and RPC over the fake bridge. */
final class TestApp {
  static final String TRACE_ID = "0190e1c2-3f4a-7b5c-8d6e-9f0a1b2c3d4e";
  static final String MANIFEST = "https://example.com/tonconnect-manifest.json";
  static final Duration WAIT = Duration.ofSeconds(10);

  final JacksonWalletMessageCodec codec = new JacksonWalletMessageCodec();
  final SessionKeyPair keys;
  private final FakeBridge bridge;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestApp(FakeBridge bridge, long seed) {
    this.bridge = bridge;
    this.keys = SessionKeyPair.generate(new Random(seed));
  }

  String clientId() {
    return keys.clientId();
  }

  /** A connect link for {@code walletLink} asking for ton_addr and, if given, a proof. */
  String link(String walletLink, Optional<String> proofPayload) {
    String request =
        codec.encodeConnectRequest(ConnectRequest.of(MANIFEST, Optional.empty(), proofPayload));
    return ConnectLinks.build(
        walletLink,
        ConnectLinkParams.of(clientId(), TRACE_ID, request)
            .withReturnStrategy(ReturnStrategy.parse("back")));
  }

  /** The {@code index}-th message to the app, decrypted and decoded. */
  WalletMessage receive(int index) {
    FakeBridge.Posted posted = bridge.awaitPostedTo(clientId(), index, WAIT);
    NaclBox box = NaclBox.between(keys, SessionPublicKey.parse(posted.from()));
    return codec.decodeWalletMessage(new String(box.openBase64(posted.body()), UTF_8));
  }

  /** Encrypts and posts {@code request} to {@code wallet}, as the SDK does. */
  void send(SessionPublicKey wallet, AppRequest request) {
    post(wallet, codec.encodeAppRequest(request), request.method().wireName());
  }

  /** Encrypts and posts raw JSON to {@code wallet}. */
  void post(SessionPublicKey wallet, String json, String topic) {
    String body =
        NaclBox.between(keys, wallet)
            .sealToBase64(json.getBytes(UTF_8), Nonce.random(new Random()));
    URI uri =
        URI.create(
            bridge.url().messageEndpoint()
                + "?client_id="
                + clientId()
                + "&to="
                + wallet.clientId()
                + "&ttl=300&topic="
                + topic);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("bridge refused: " + response.statusCode());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
