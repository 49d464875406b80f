package io.tcgateway.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.verify.TonProofSubmission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Real wallet proofs from {@code /vectors/ton_proof.json} (the domain test jar, generated with the
 * official JavaScript libraries). Read with Jackson directly rather than through the domain's
 * {@code ProtocolVectors}, whose JUnit types are not in the benchmarks jar.
 */
final class ProofVectors {
  private static final String FILE = "/vectors/ton_proof.json";

  private ProofVectors() {}

  /**
   * The first accepted case of {@code walletVersion} ({@code v4r2}, {@code v5r1}, ...).
   *
   * @throws IllegalStateException if the file has no such case
   */
  static JsonNode acceptedCase(String walletVersion) {
    for (JsonNode c : file().path("cases")) {
      if ("accept".equals(c.path("expected").asText())
          && walletVersion.equals(c.path("walletVersion").asText())) {
        return c;
      }
    }
    throw new IllegalStateException("no accepted " + walletVersion + " case in " + FILE);
  }

  /** The submission of a case, field for field as the domain's vector test builds it. */
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

  /** The case's signing time, used as the verifier's clock so the proof is exactly fresh. */
  static Instant signedAt(JsonNode vector) {
    return Instant.ofEpochSecond(vector.get("proof").get("timestamp").asLong());
  }

  /** The wallet state init BoC of a case, base64 as the wallet sends it. */
  static String stateInitBase64(JsonNode vector) {
    return vector.get("proof").get("state_init").asText();
  }

  private static JsonNode file() {
    try (InputStream in = ProofVectors.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the classpath (domain test jar)");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
