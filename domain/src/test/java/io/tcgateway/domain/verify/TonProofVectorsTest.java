package io.tcgateway.domain.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TonProofReply;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.vectors.ProtocolVectors;
import io.tcgateway.domain.vectors.VectorReasons;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of ton_proof.json, with the clock at the case's timestamp and the allow-list from
 * {@code meta.allowedDomains}.
 */
class TonProofVectorsTest {

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named("ton_proof.json", "accept");
  }

  static Stream<Named<JsonNode>> rejected() {
    return ProtocolVectors.named("ton_proof.json", "reject");
  }

  static TonProofSubmission submission(JsonNode vector) {
    JsonNode proof = vector.get("proof");
    return new TonProofSubmission(
        Address.parse(vector.get("address").asText()),
        Optional.ofNullable(vector.get("public_key")).map(JsonNode::asText),
        Optional.of(proof.get("state_init").asText()),
        proof.get("timestamp").asLong(),
        proof.get("domain").get("lengthBytes").asInt(),
        proof.get("domain").get("value").asText(),
        proof.get("signature").asText(),
        proof.get("payload").asText());
  }

  static TonProofVerifier verifier() {
    Set<String> domains = new HashSet<>();
    ProtocolVectors.meta("ton_proof.json")
        .get("allowedDomains")
        .forEach(d -> domains.add(d.asText()));
    return new TonProofVerifier(ProofPolicy.forDomains(domains), ProofPayloadCheck.ACCEPT_ANY);
  }

  static Instant clockOf(JsonNode vector) {
    return Instant.ofEpochSecond(vector.get("proof").get("timestamp").asLong());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void validProofIsAcceptedWithTheWalletFromItsStateInit(JsonNode vector) {
    TonProofSubmission submission = submission(vector);
    assertThat(Hex.encode(submission.message().message()))
        .isEqualTo(vector.get("debug").get("messageHex").asText());
    assertThat(Hex.encode(submission.message().signedHash()))
        .isEqualTo(vector.get("debug").get("signedHashHex").asText());

    Verification verdict = verifier().verify(submission, clockOf(vector));

    assertThat(verdict).isInstanceOf(Verification.Valid.class);
    Verification.Valid valid = (Verification.Valid) verdict;
    assertThat(valid.address().toRaw()).isEqualTo(vector.get("address").asText());
    assertThat(valid.wallet().version()).isEqualTo(vector.get("walletVersion").asText());
    assertThat(valid.publicKey().toHex()).isEqualTo(vector.get("public_key").asText());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void connectEventRepliesGiveTheSameSubmission(JsonNode vector) {
    TonProofSubmission direct = submission(vector);
    JsonNode proof = vector.get("proof");
    TonAddressReply account =
        new TonAddressReply(
            direct.address(),
            Network.parse(vector.get("network").asText()),
            Optional.of(Bytes.fromHex(vector.get("public_key").asText())),
            direct.stateInitBase64());
    TonProofReply reply =
        new TonProofReply(
            direct.timestamp(),
            new TonProofReply.Domain(direct.domainLengthBytes(), direct.domain()),
            proof.get("signature").asText(),
            direct.payload());

    assertThat(TonProofSubmission.of(account, reply)).isEqualTo(direct);
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void flawedProofIsRejectedForItsReason(JsonNode vector) {
    String reason = vector.get("reason").asText();
    RejectionReason expected =
        VectorReasons.tonProof(reason).orElseThrow(() -> new AssertionError("unmapped " + reason));

    Verification verdict = verifier().verify(submission(vector), clockOf(vector));

    assertThat(verdict).isInstanceOf(Verification.Rejected.class);
    assertThat(((Verification.Rejected) verdict).reason()).isEqualTo(expected);
  }
}
