package io.tcgateway.domain.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.vectors.ProtocolVectors;
import io.tcgateway.domain.vectors.VectorReasons;
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
 * Every case of sign_data.json, with the clock at the result's timestamp and the allow-list from
 * {@code meta.allowedDomains}; the signer is identified by the case's state init.
 */
class SignDataVectorsTest {

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named("sign_data.json", "accept");
  }

  static Stream<Named<JsonNode>> rejected() {
    return ProtocolVectors.named("sign_data.json", "reject");
  }

  static SignDataResult result(JsonNode vector) {
    JsonNode response = vector.get("response");
    return new SignDataResult(
        Bytes.wrap(Base64s.decodeStandard(response.get("signature").asText())),
        Address.parse(response.get("address").asText()),
        response.get("timestamp").asLong(),
        response.get("domain").asText(),
        payload(response.get("payload")));
  }

  static SignDataPayload payload(JsonNode payload) {
    return switch (payload.get("type").asText()) {
      case "text" -> SignDataPayload.Text.of(payload.get("text").asText());
      case "binary" ->
          SignDataPayload.Binary.of(
              SignDataPayload.Binary.decodeBytes(payload.get("bytes").asText()));
      case "cell" ->
          SignDataPayload.Cell.of(
              payload.get("schema").asText(), BocBase64.parse(payload.get("cell").asText()));
      default -> throw new AssertionError("unknown payload type " + payload);
    };
  }

  static SignDataSubmission submission(JsonNode vector) {
    return new SignDataSubmission(
        Address.parse(vector.get("address").asText()),
        Optional.ofNullable(vector.get("publicKey")).map(JsonNode::asText),
        Optional.of(vector.get("stateInit").asText()),
        result(vector),
        Optional.empty());
  }

  static ProofPolicy policy() {
    Set<String> domains = new HashSet<>();
    ProtocolVectors.meta("sign_data.json")
        .get("allowedDomains")
        .forEach(d -> domains.add(d.asText()));
    return ProofPolicy.forDomains(domains);
  }

  static Instant clockOf(JsonNode vector) {
    return Instant.ofEpochSecond(vector.get("response").get("timestamp").asLong());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void validResultIsAcceptedWithTheWalletFromItsStateInit(JsonNode vector) {
    Verification verdict =
        new SignDataVerifier(policy()).verify(submission(vector), clockOf(vector));

    assertThat(verdict).isInstanceOf(Verification.Valid.class);
    Verification.Valid valid = (Verification.Valid) verdict;
    assertThat(valid.wallet().version()).isEqualTo(vector.get("walletVersion").asText());
    assertThat(valid.publicKey().toHex()).isEqualTo(vector.get("publicKey").asText());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void validResultIsAcceptedWithTheConnectTimeKeyAndTheSentPayload(JsonNode vector) {
    SignDataVerifier verifier = new SignDataVerifier(policy());
    Verification.Valid signer =
        (Verification.Valid) verifier.verify(submission(vector), clockOf(vector));
    SignDataResult result = result(vector);

    assertThat(verifier.verify(result, signer, result.payload(), clockOf(vector)))
        .isEqualTo(signer);
    SignDataPayload other = SignDataPayload.Text.of("something else");
    assertThat(verifier.verify(result, signer, other, clockOf(vector)))
        .isInstanceOfSatisfying(
            Verification.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectionReason.PAYLOAD_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void flawedResultIsRejectedForItsReason(JsonNode vector) {
    String reason = vector.get("reason").asText();
    RejectionReason expected =
        VectorReasons.signData(reason).orElseThrow(() -> new AssertionError("unmapped " + reason));

    Verification verdict =
        new SignDataVerifier(policy()).verify(submission(vector), clockOf(vector));

    assertThat(verdict)
        .isInstanceOfSatisfying(
            Verification.Rejected.class, r -> assertThat(r.reason()).isEqualTo(expected));
  }

  @Test
  void plainDomainCellSignaturesAreAcceptedOnlyInCompatibilityMode() {
    JsonNode plainDomain =
        ProtocolVectors.cases("sign_data.json").stream()
            .filter(c -> c.path("reason").asText().equals("cell-domain-not-tep81"))
            .findFirst()
            .orElseThrow();
    assertThat(new SignDataVerifier(policy()).verify(submission(plainDomain), clockOf(plainDomain)))
        .isInstanceOf(Verification.Rejected.class);
    assertThat(
            new SignDataVerifier(policy(), true)
                .verify(submission(plainDomain), clockOf(plainDomain)))
        .isInstanceOf(Verification.Valid.class);
  }

  @Test
  void resultForAnotherAddressIsRejected() {
    JsonNode vector =
        ProtocolVectors.named("sign_data.json", "accept").findFirst().orElseThrow().getPayload();
    SignDataSubmission original = submission(vector);
    Address other = Address.of(-1, original.address().hash());
    SignDataSubmission forOther =
        new SignDataSubmission(
            other,
            original.publicKeyHex(),
            original.stateInitBase64(),
            original.result(),
            Optional.empty());
    assertThat(new SignDataVerifier(policy()).verify(forOther, clockOf(vector)))
        .isInstanceOfSatisfying(
            Verification.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectionReason.ADDRESS_MISMATCH));
  }
}
