package io.tcgateway.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.bootstrap.e2e.GatewayUnderTest.Answer;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.testkit.wallet.SimulatedWallet;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ton_proof} for web backends over real HTTP: a payload the gateway issued verifies once; a
 * replay, an expired payload and a proof for another domain are rejected with their reasons.
 */
class ProofApiEndToEndTest {
  private static GatewayUnderTest gateway;
  private static String domain;

  @BeforeAll
  static void start() {
    gateway = new GatewayUnderTest(Map.of("gateway.proof.payload-ttl", "2s"));
    domain = URI.create(gateway.origin).getAuthority();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  private static String payload() {
    Answer issued = gateway.post("v1/ton-proof/payload", Map.of());
    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.body().path("expiresAt").asText()).isNotEmpty();
    return issued.body().path("payload").asText();
  }

  /** The check_proof body a frontend's backend relays, for {@code wallet}'s proof. */
  private static Map<String, Object> body(SimulatedWallet wallet, TonProofReply proof) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("timestamp", proof.timestamp());
    inner.put(
        "domain",
        Map.of("lengthBytes", proof.domain().lengthBytes(), "value", proof.domain().value()));
    inner.put("signature", proof.signature());
    inner.put("payload", proof.payload());
    inner.put("state_init", wallet.stateInitBase64());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("address", wallet.address().toRaw());
    body.put("network", "-239");
    body.put("public_key", wallet.publicKey().toHex());
    body.put("proof", inner);
    return body;
  }

  private static JsonNode verify(Map<String, Object> body) {
    Answer verdict = gateway.post("v1/ton-proof/verify", body);
    assertThat(verdict.status()).as(verdict.body().toString()).isEqualTo(200);
    return verdict.body();
  }

  @Test
  void aGenuinePayloadVerifiesOnceAndItsReplayIsRejected() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 31);
    Map<String, Object> body = body(wallet, wallet.tonProof(domain, payload()));

    JsonNode first = verify(body);
    assertThat(first.path("valid").asBoolean()).isTrue();
    assertThat(first.path("address").asText()).isEqualTo(wallet.address().toRaw());
    assertThat(first.path("walletVersion").asText()).isEqualTo("v4r2");
    assertThat(first.path("publicKey").asText()).isEqualTo(wallet.publicKey().toHex());

    JsonNode replay = verify(body);
    assertThat(replay.path("valid").asBoolean()).isFalse();
    assertThat(replay.path("reason").asText()).isEqualTo("payload-not-accepted");
  }

  @Test
  void anExpiredPayloadIsRejected() throws InterruptedException {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V5R1, 32);
    String payload = payload();
    Thread.sleep(2_500); // past the payload's 2 s, unused until then
    JsonNode verdict = verify(body(wallet, wallet.tonProof(domain, payload)));
    assertThat(verdict.path("valid").asBoolean()).isFalse();
    assertThat(verdict.path("reason").asText()).isEqualTo("payload-not-accepted");
  }

  @Test
  void aProofForAnotherDomainIsRejectedAndBurnsNoPayload() {
    SimulatedWallet wallet = gateway.wallet(WalletContract.V4R2, 33);
    String payload = payload();
    JsonNode wrong = verify(body(wallet, wallet.tonProof("evil.example", payload)));
    assertThat(wrong.path("valid").asBoolean()).isFalse();
    assertThat(wrong.path("reason").asText()).isEqualTo("domain-not-allowed");
    // the payload was not consumed by the rejected proof
    assertThat(verify(body(wallet, wallet.tonProof(domain, payload))).path("valid").asBoolean())
        .isTrue();
  }
}
