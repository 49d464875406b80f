package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.vectors.ProtocolVectors;
import io.tcgateway.domain.vectors.VectorReasons;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPolicy;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.SignDataSubmission;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.TonProofSubmission;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of ton_proof.json and sign_data.json read as a document from its JSON text: accepted
 * cases give the submission the domain's vector tests build and verify valid; rejected cases come
 * out rejected for the case's reason, never unreadable.
 */
class JsonVerificationDocumentsVectorsTest {

  static Stream<Named<JsonNode>> acceptedProofs() {
    return ProtocolVectors.named("ton_proof.json", "accept");
  }

  static Stream<Named<JsonNode>> rejectedProofs() {
    return ProtocolVectors.named("ton_proof.json", "reject");
  }

  static Stream<Named<JsonNode>> acceptedSignData() {
    return ProtocolVectors.named("sign_data.json", "accept");
  }

  static Stream<Named<JsonNode>> rejectedSignData() {
    return ProtocolVectors.named("sign_data.json", "reject");
  }

  // The mapping of TonProofVectorsTest / SignDataVectorsTest in the domain, field by field.
  static TonProofSubmission expectedProof(JsonNode vector) {
    JsonNode proof = vector.get("proof");
    return new TonProofSubmission(
        Address.parse(vector.get("address").asText()),
        Optional.of(vector.get("public_key").asText()),
        Optional.of(proof.get("state_init").asText()),
        proof.get("timestamp").asLong(),
        proof.get("domain").get("lengthBytes").asInt(),
        proof.get("domain").get("value").asText(),
        proof.get("signature").asText(),
        proof.get("payload").asText());
  }

  static SignDataSubmission expectedSignData(JsonNode vector) {
    JsonNode response = vector.get("response");
    JsonNode payload = response.get("payload");
    SignDataPayload expectedPayload =
        switch (payload.get("type").asText()) {
          case "text" -> SignDataPayload.Text.of(payload.get("text").asText());
          case "binary" ->
              SignDataPayload.Binary.of(
                  SignDataPayload.Binary.decodeBytes(payload.get("bytes").asText()));
          case "cell" ->
              SignDataPayload.Cell.of(
                  payload.get("schema").asText(), BocBase64.parse(payload.get("cell").asText()));
          default -> throw new AssertionError("unknown payload type " + payload);
        };
    SignDataResult result =
        new SignDataResult(
            Bytes.wrap(Base64s.decodeStandard(response.get("signature").asText())),
            Address.parse(response.get("address").asText()),
            response.get("timestamp").asLong(),
            response.get("domain").asText(),
            expectedPayload);
    return new SignDataSubmission(
        Address.parse(vector.get("address").asText()),
        Optional.of(vector.get("publicKey").asText()),
        Optional.of(vector.get("stateInit").asText()),
        result,
        Optional.empty());
  }

  static Set<String> allowedDomains(String file) {
    Set<String> domains = new HashSet<>();
    ProtocolVectors.meta(file).get("allowedDomains").forEach(d -> domains.add(d.asText()));
    return domains;
  }

  static Verification verifyProof(VerificationDocument<TonProofSubmission> document, JsonNode v) {
    return switch (document) {
      case VerificationDocument.Parsed<TonProofSubmission> parsed ->
          new TonProofVerifier(
                  ProofPolicy.forDomains(allowedDomains("ton_proof.json")),
                  ProofPayloadCheck.ACCEPT_ANY)
              .verify(
                  parsed.submission(),
                  Instant.ofEpochSecond(v.get("proof").get("timestamp").asLong()));
      case VerificationDocument.Invalid<TonProofSubmission> invalid -> invalid.verdict();
      case VerificationDocument.Unreadable<TonProofSubmission> unreadable ->
          throw new AssertionError("unreadable: " + unreadable.problem());
    };
  }

  static Verification verifySignData(
      VerificationDocument<SignDataSubmission> document, JsonNode v) {
    return switch (document) {
      case VerificationDocument.Parsed<SignDataSubmission> parsed ->
          new SignDataVerifier(ProofPolicy.forDomains(allowedDomains("sign_data.json")))
              .verify(
                  parsed.submission(),
                  Instant.ofEpochSecond(v.get("response").get("timestamp").asLong()));
      case VerificationDocument.Invalid<SignDataSubmission> invalid -> invalid.verdict();
      case VerificationDocument.Unreadable<SignDataSubmission> unreadable ->
          throw new AssertionError("unreadable: " + unreadable.problem());
    };
  }

  @ParameterizedTest
  @MethodSource("acceptedProofs")
  void acceptedProofCaseReadsAsTheVectorSubmissionAndVerifies(JsonNode vector) {
    VerificationDocument<TonProofSubmission> document =
        JsonVerificationDocuments.tonProof(vector.toString());

    assertThat(document)
        .isEqualTo(
            new VerificationDocument.Parsed<>(
                Optional.of(new DocumentId.Text(vector.get("id").asText())),
                expectedProof(vector)));
    assertThat(verifyProof(document, vector))
        .isInstanceOfSatisfying(
            Verification.Valid.class,
            valid -> {
              assertThat(valid.wallet().version()).isEqualTo(vector.get("walletVersion").asText());
              assertThat(valid.address().toRaw()).isEqualTo(vector.get("address").asText());
            });
  }

  @ParameterizedTest
  @MethodSource("rejectedProofs")
  void rejectedProofCaseIsRejectedForItsReason(JsonNode vector) {
    RejectionReason expected = VectorReasons.tonProof(vector.get("reason").asText()).orElseThrow();

    Verification verdict =
        verifyProof(JsonVerificationDocuments.tonProof(vector.toString()), vector);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            Verification.Rejected.class, r -> assertThat(r.reason()).isEqualTo(expected));
  }

  @ParameterizedTest
  @MethodSource("acceptedSignData")
  void acceptedSignDataCaseReadsAsTheVectorSubmissionAndVerifies(JsonNode vector) {
    VerificationDocument<SignDataSubmission> document =
        JsonVerificationDocuments.signData(vector.toString());

    assertThat(document)
        .isEqualTo(
            new VerificationDocument.Parsed<>(
                Optional.of(new DocumentId.Text(vector.get("id").asText())),
                expectedSignData(vector)));
    assertThat(verifySignData(document, vector))
        .isInstanceOfSatisfying(
            Verification.Valid.class,
            valid ->
                assertThat(valid.wallet().version())
                    .isEqualTo(vector.get("walletVersion").asText()));
  }

  @ParameterizedTest
  @MethodSource("rejectedSignData")
  void rejectedSignDataCaseIsRejectedForItsReason(JsonNode vector) {
    RejectionReason expected = VectorReasons.signData(vector.get("reason").asText()).orElseThrow();

    Verification verdict =
        verifySignData(JsonVerificationDocuments.signData(vector.toString()), vector);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            Verification.Rejected.class, r -> assertThat(r.reason()).isEqualTo(expected));
  }

  @Test
  void numbersMayComeAsStringsAndStringsAsNumbers() {
    JsonNode vector = acceptedProofs().findFirst().orElseThrow().getPayload();
    ObjectNode document = vector.deepCopy();
    document.put("id", 42);
    document.put("network", -239);
    ObjectNode proof = (ObjectNode) document.get("proof");
    proof.put("timestamp", proof.get("timestamp").asText());
    ((ObjectNode) proof.get("domain"))
        .put("lengthBytes", proof.get("domain").get("lengthBytes").asText());

    assertThat(JsonVerificationDocuments.tonProof(document.toString()))
        .isEqualTo(
            new VerificationDocument.Parsed<>(
                Optional.of(new DocumentId.Numeric(42)), expectedProof(vector)));
  }

  @Test
  void signDataTimestampMayBeANumericStringAndTheIdIsOptional() {
    JsonNode vector = acceptedSignData().findFirst().orElseThrow().getPayload();
    ObjectNode document = vector.deepCopy();
    document.remove("id");
    ObjectNode response = (ObjectNode) document.get("response");
    response.put("timestamp", response.get("timestamp").asText());

    assertThat(JsonVerificationDocuments.signData(document.toString()))
        .isEqualTo(new VerificationDocument.Parsed<>(Optional.empty(), expectedSignData(vector)));
  }

  @Test
  void missingStateInitAndKeyAreLeftToTheVerifier() {
    JsonNode vector = acceptedProofs().findFirst().orElseThrow().getPayload();
    ObjectNode document = vector.deepCopy();
    document.remove("public_key");
    ((ObjectNode) document.get("proof")).remove("state_init");

    VerificationDocument<TonProofSubmission> read =
        JsonVerificationDocuments.tonProof(document.toString());

    assertThat(verifyProof(read, vector))
        .isInstanceOfSatisfying(
            Verification.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectionReason.STATE_INIT_MISSING));
  }
}
