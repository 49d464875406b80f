package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.port.in.VerifyProofCommand;
import io.tcgateway.application.port.in.VerifySignDataCommand;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Ed25519PublicKey;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.WalletContract;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.Verification;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@MicronautTest
class ProofControllerTest extends ApiTestBase {
  static final String SIGNATURE = Base64.getEncoder().encodeToString(new byte[64]);

  static String proofBody(String address, String network, String stateInit) {
    return """
        {"address":"%s","network":"%s","public_key":"%s",
         "proof":{"timestamp":1751648358,"domain":{"lengthBytes":15,"value":"app.example.com"},
                  "signature":"%s","payload":"%s","state_init":"%s"}}"""
        .formatted(address, network, Samples.PUBLIC_KEY, SIGNATURE, "p".repeat(76), stateInit);
  }

  static String signDataBody(String payload) {
    return """
        {"address":"%s","publicKey":"%s","walletStateInit":"%s",
         "result":{"signature":"%s","address":"%s","timestamp":1751648358,
                   "domain":"app.example.com","payload":%s}}"""
        .formatted(Samples.RAW, Samples.PUBLIC_KEY, Samples.BOC, SIGNATURE, Samples.RAW, payload);
  }

  @Test
  void issuesAPayload() {
    Api.Reply reply = api.post("/v1/ton-proof/payload", null, "");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object())
        .containsEntry("payload", "p".repeat(76))
        .containsEntry("expiresAt", "2025-07-04T17:04:18Z");
  }

  @Test
  void aValidProofAnswersTheAccountAndItsWallet() {
    gateway.verdict =
        new Verification.Valid(
            Samples.ADDRESS,
            Ed25519PublicKey.of(Bytes.fromHex(Samples.PUBLIC_KEY)),
            WalletContract.V4R2);

    Api.Reply reply = api.post("/v1/ton-proof/verify", proofBody(Samples.RAW, "-3", Samples.BOC));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object())
        .isEqualTo(
            Map.of(
                "valid",
                true,
                "address",
                Samples.RAW,
                "friendlyAddress",
                Samples.ADDRESS.toFriendly(false, true),
                "publicKey",
                Samples.PUBLIC_KEY,
                "walletVersion",
                "v4r2"));
    TonProofSubmission submission = gateway.last(VerifyProofCommand.class).submission();
    assertThat(submission.address()).isEqualTo(Samples.ADDRESS);
    assertThat(submission.publicKeyHex()).contains(Samples.PUBLIC_KEY);
    assertThat(submission.stateInitBase64()).contains(Samples.BOC);
    assertThat(submission.timestamp()).isEqualTo(1751648358L);
    assertThat(submission.domainLengthBytes()).isEqualTo(15);
    assertThat(submission.domain()).isEqualTo("app.example.com");
    assertThat(submission.signatureBase64()).isEqualTo(SIGNATURE);
    assertThat(submission.payload()).isEqualTo("p".repeat(76));
  }

  @Test
  void aRejectedProofIsA200WithTheReason() {
    gateway.verdict =
        Verification.rejected(RejectionReason.PAYLOAD_NOT_ACCEPTED, "payload was already used");

    Api.Reply reply =
        api.post("/v1/ton-proof/verify", proofBody(Samples.NON_BOUNCEABLE, "-239", Samples.BOC));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object())
        .isEqualTo(
            Map.of(
                "valid", false,
                "reason", "payload-not-accepted",
                "detail", "payload was already used"));
    assertThat(gateway.last(VerifyProofCommand.class).submission().address())
        .isEqualTo(Samples.ADDRESS);
  }

  @Test
  void anEmptyStateInitIsLeftToTheVerifier() {
    gateway.verdict = Verification.rejected(RejectionReason.STATE_INIT_MISSING, "no state init");

    Api.Reply reply = api.post("/v1/ton-proof/verify", proofBody(Samples.RAW, "-239", ""));

    assertThat(reply.object())
        .containsEntry("valid", false)
        .containsEntry("reason", "state-init-missing");
    assertThat(gateway.last(VerifyProofCommand.class).submission().stateInitBase64()).isEmpty();
  }

  @Test
  void aValidSignDataResultIsVerifiedWithItsAccount() {
    gateway.verdict =
        new Verification.Valid(
            Samples.ADDRESS,
            Ed25519PublicKey.of(Bytes.fromHex(Samples.PUBLIC_KEY)),
            WalletContract.V5R1);

    Api.Reply reply =
        api.post(
            "/v1/sign-data/verify",
            signDataBody("{\"type\":\"text\",\"text\":\"I agree\",\"network\":\"-239\"}"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object())
        .containsEntry("valid", true)
        .containsEntry("address", Samples.RAW)
        .containsEntry("friendlyAddress", Samples.NON_BOUNCEABLE)
        .containsEntry("walletVersion", "v5r1");
    var submission = gateway.last(VerifySignDataCommand.class).submission();
    assertThat(submission.address()).isEqualTo(Samples.ADDRESS);
    assertThat(submission.publicKeyHex()).contains(Samples.PUBLIC_KEY);
    assertThat(submission.stateInitBase64()).contains(Samples.BOC);
    assertThat(submission.sent()).isEmpty();
    assertThat(submission.result().signature()).isEqualTo(Bytes.wrap(new byte[64]));
    assertThat(submission.result().address()).isEqualTo(Samples.ADDRESS);
    assertThat(submission.result().timestamp()).isEqualTo(1751648358L);
    assertThat(submission.result().domain()).isEqualTo("app.example.com");
    assertThat(submission.result().payload())
        .isEqualTo(
            new SignDataPayload.Text("I agree", Optional.of(Network.MAINNET), Optional.empty()));
  }

  @Test
  void binaryAndCellPayloadsAreRead() {
    gateway.verdict = Verification.rejected(RejectionReason.SIGNATURE_INVALID, "no");

    api.post("/v1/sign-data/verify", signDataBody("{\"type\":\"binary\",\"bytes\":\"AAEC\"}"));
    assertThat(gateway.last(VerifySignDataCommand.class).submission().result().payload())
        .isEqualTo(SignDataPayload.Binary.of(Bytes.fromHex("000102")));

    Api.Reply reply =
        api.post(
            "/v1/sign-data/verify",
            signDataBody(
                "{\"type\":\"cell\",\"schema\":\"comment#00000000 text:SnakeData = InMsgBody;\","
                    + "\"cell\":\""
                    + Samples.BOC
                    + "\"}"));
    assertThat(reply.object())
        .containsEntry("valid", false)
        .containsEntry("reason", "signature-invalid");
    assertThat(gateway.last(VerifySignDataCommand.class).submission().result().payload())
        .isInstanceOf(SignDataPayload.Cell.class);
  }
}
