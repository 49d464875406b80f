package io.tcgateway.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.vectors.ProtocolVectors;
import io.tcgateway.domain.verify.RejectionReason;
import io.tcgateway.domain.verify.Verification;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that is not a document is unreadable, with the field named; a complete document whose
 * values are already a rejection is invalid with the verifier's reason. Never an exception.
 */
class JsonVerificationDocumentsMalformedInputTest {
  private static final JsonNode PROOF = ProtocolVectors.cases("ton_proof.json").getFirst();
  private static final JsonNode SIGN_DATA = signDataCase("text");
  private static final JsonNode SIGN_CELL = signDataCase("cell");

  private static JsonNode signDataCase(String type) {
    return ProtocolVectors.cases("sign_data.json").stream()
        .filter(c -> c.path("response").path("payload").path("type").asText().equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static String edit(JsonNode vector, Consumer<ObjectNode> change) {
    ObjectNode copy = vector.deepCopy();
    change.accept(copy);
    return copy.toString();
  }

  private static ObjectNode at(ObjectNode root, String... path) {
    ObjectNode node = root;
    for (String name : path) {
      node = (ObjectNode) node.get(name);
    }
    return node;
  }

  private static Arguments unreadableProof(String name, String input, String problemStart) {
    return Arguments.of(
        Named.of(
            name, (Function<String, VerificationDocument<?>>) JsonVerificationDocuments::tonProof),
        input,
        problemStart);
  }

  private static Arguments unreadableSignData(String name, String input, String problemStart) {
    return Arguments.of(
        Named.of(
            name, (Function<String, VerificationDocument<?>>) JsonVerificationDocuments::signData),
        input,
        problemStart);
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        unreadableProof("empty input", "", "$: no input"),
        unreadableProof("blank input", " \n\t", "$: no input"),
        unreadableProof("not JSON", "proof please", "$: malformed JSON"),
        unreadableProof("truncated JSON", "{\"address\":", "$: malformed JSON"),
        unreadableProof("two values", "{} {}", "$: malformed JSON"),
        unreadableProof("an array", "[" + PROOF + "]", "$: expected object, got array"),
        unreadableProof("a string", "\"hello\"", "$: expected object, got string"),
        unreadableProof(
            "too deeply nested",
            "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "$: malformed JSON"),
        unreadableProof(
            "longer than the limit",
            "{\"pad\":\"" + "a".repeat(JsonVerificationDocuments.MAX_CHARS) + "\"}",
            "$: document is longer than 1048576 characters"),
        unreadableProof("no address", edit(PROOF, d -> d.remove("address")), "address: required"),
        unreadableProof("no proof", edit(PROOF, d -> d.remove("proof")), "proof: required"),
        unreadableProof(
            "proof is a string", edit(PROOF, d -> d.put("proof", "x")), "proof: expected object"),
        unreadableProof(
            "address is a number",
            edit(PROOF, d -> d.put("address", 7)),
            "address: expected string"),
        unreadableProof(
            "timestamp is a boolean",
            edit(PROOF, d -> at(d, "proof").put("timestamp", true)),
            "proof.timestamp: expected number, got boolean"),
        unreadableProof(
            "timestamp is not numeric",
            edit(PROOF, d -> at(d, "proof").put("timestamp", "yesterday")),
            "proof.timestamp: not a decimal integer"),
        unreadableProof(
            "lengthBytes has a fraction",
            edit(PROOF, d -> at(d, "proof", "domain").put("lengthBytes", 1.5)),
            "proof.domain.lengthBytes: not an integer"),
        unreadableProof(
            "no domain value",
            edit(PROOF, d -> at(d, "proof", "domain").remove("value")),
            "proof.domain.value: required"),
        unreadableProof(
            "signature is a number",
            edit(PROOF, d -> at(d, "proof").put("signature", 1)),
            "proof.signature: expected string, got number"),
        unreadableProof(
            "no payload", edit(PROOF, d -> at(d, "proof").remove("payload")), "proof.payload"),
        unreadableProof(
            "network is not a global id",
            edit(PROOF, d -> d.put("network", "mainnet")),
            "network:"),
        unreadableProof("id is an object", edit(PROOF, d -> d.putObject("id")), "id: expected"),
        unreadableProof(
            "missing field wins over an invalid address",
            edit(
                PROOF,
                d -> {
                  d.put("address", "not an address");
                  d.remove("proof");
                }),
            "proof: required"),
        unreadableSignData(
            "no response", edit(SIGN_DATA, d -> d.remove("response")), "response: required"),
        unreadableSignData(
            "no payload",
            edit(SIGN_DATA, d -> at(d, "response").remove("payload")),
            "response.payload: required"),
        unreadableSignData(
            "unknown payload type",
            edit(SIGN_DATA, d -> at(d, "response", "payload").put("type", "video")),
            "response.payload.type: unknown signData type 'video'"),
        unreadableSignData(
            "text payload without text",
            edit(SIGN_DATA, d -> at(d, "response", "payload").remove("text")),
            "response.payload.text: required"),
        unreadableSignData(
            "empty schema",
            edit(SIGN_CELL, d -> at(d, "response", "payload").put("schema", "")),
            "response.payload.schema:"),
        unreadableSignData(
            "domain is a number",
            edit(SIGN_DATA, d -> at(d, "response").put("domain", 1)),
            "response.domain: expected string"));
  }

  @ParameterizedTest
  @MethodSource("unreadable")
  void inputThatIsNoDocumentIsUnreadableNamingTheField(
      Function<String, VerificationDocument<?>> reader, String input, String problemStart) {
    assertThat(reader.apply(input))
        .isInstanceOfSatisfying(
            VerificationDocument.Unreadable.class,
            u -> assertThat(u.problem()).startsWith(problemStart));
  }

  @Test
  void unreadableDocumentKeepsItsId() {
    assertThat(JsonVerificationDocuments.tonProof("{\"id\":\"ticket-7\"}"))
        .isEqualTo(
            new VerificationDocument.Unreadable<>(
                Optional.of(new DocumentId.Text("ticket-7")),
                "address: required field is missing"));
  }

  private static Arguments invalidProof(String name, String input, RejectionReason reason) {
    return Arguments.of(
        Named.of(
            name, (Function<String, VerificationDocument<?>>) JsonVerificationDocuments::tonProof),
        input,
        reason);
  }

  private static Arguments invalidSignData(String name, String input, RejectionReason reason) {
    return Arguments.of(
        Named.of(
            name, (Function<String, VerificationDocument<?>>) JsonVerificationDocuments::signData),
        input,
        reason);
  }

  static Stream<Arguments> invalid() {
    String shortSignature = Bytes.wrap(new byte[63]).toBase64();
    return Stream.of(
        invalidProof(
            "address is not an address",
            edit(PROOF, d -> d.put("address", "0:abc")),
            RejectionReason.ADDRESS_INVALID),
        invalidSignData(
            "address is not an address",
            edit(SIGN_DATA, d -> d.put("address", "EQ-nonsense")),
            RejectionReason.ADDRESS_INVALID),
        invalidSignData(
            "signer address is not an address",
            edit(SIGN_DATA, d -> at(d, "response").put("address", "2:00")),
            RejectionReason.ADDRESS_INVALID),
        invalidSignData(
            "signature is not base64",
            edit(SIGN_DATA, d -> at(d, "response").put("signature", "%%%")),
            RejectionReason.SIGNATURE_MALFORMED),
        invalidSignData(
            "signature is 63 bytes",
            edit(SIGN_DATA, d -> at(d, "response").put("signature", shortSignature)),
            RejectionReason.SIGNATURE_MALFORMED),
        invalidSignData(
            "cell is not a bag of cells",
            edit(SIGN_CELL, d -> at(d, "response", "payload").put("cell", "AAAA")),
            RejectionReason.PAYLOAD_INVALID),
        invalidSignData(
            "bytes are not base64",
            edit(
                SIGN_DATA,
                d -> at(d, "response", "payload").put("type", "binary").put("bytes", "%%%")),
            RejectionReason.PAYLOAD_INVALID));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void completeDocumentWithAFlawedValueIsInvalidForTheVerifiersReason(
      Function<String, VerificationDocument<?>> reader, String input, RejectionReason reason) {
    VerificationDocument<?> document = reader.apply(input);

    assertThat(document)
        .isInstanceOfSatisfying(
            VerificationDocument.Invalid.class,
            i -> {
              Verification.Rejected verdict = i.verdict();
              assertThat(verdict.reason()).isEqualTo(reason);
              assertThat(verdict.detail()).isNotBlank();
            });
    assertThat(document.id()).isPresent();
  }
}
