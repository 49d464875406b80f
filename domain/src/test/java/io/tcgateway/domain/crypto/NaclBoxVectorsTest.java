package io.tcgateway.domain.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of nacl_box.json (generated with tweetnacl 1.0.3 and @tonconnect/protocol 2.4.0
 * SessionCrypto, see its meta): receivers open, senders re-seal byte for byte, rejects fail with
 * the specific {@link CryptoException}.
 */
class NaclBoxVectorsTest {
  private static final String FILE = "nacl_box.json";

  private static final Map<String, Class<? extends CryptoException>> REJECTION_BY_REASON =
      Map.ofEntries(
          Map.entry("mac-byte-flipped", CryptoException.DecryptionFailed.class),
          Map.entry("mac-last-byte-flipped", CryptoException.DecryptionFailed.class),
          Map.entry("ciphertext-byte-flipped", CryptoException.DecryptionFailed.class),
          Map.entry("nonce-byte-flipped", CryptoException.DecryptionFailed.class),
          Map.entry("wrong-receiver-key", CryptoException.DecryptionFailed.class),
          Map.entry("wrong-sender-key", CryptoException.DecryptionFailed.class),
          // Still >= 40 bytes: only the tag can tell.
          Map.entry("truncated-last-byte", CryptoException.DecryptionFailed.class),
          Map.entry("extra-trailing-byte", CryptoException.DecryptionFailed.class),
          // Fewer than nonce(24) + tag(16) bytes, or not base64 at all.
          Map.entry("truncated-inside-mac", CryptoException.MalformedCiphertext.class),
          Map.entry("nonce-only", CryptoException.MalformedCiphertext.class),
          Map.entry("shorter-than-nonce", CryptoException.MalformedCiphertext.class),
          Map.entry("empty", CryptoException.MalformedCiphertext.class),
          Map.entry("invalid-base64", CryptoException.MalformedCiphertext.class));

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named(FILE, "accept");
  }

  static Stream<Named<JsonNode>> rejected() {
    return ProtocolVectors.named(FILE, "reject");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void receiverOpensAndSenderResealsExactlyTheVector(JsonNode vector) {
    SessionKeyPair sender = keyPair(vector, "senderSecretKey", "senderPublicKey");
    SessionKeyPair receiver = keyPair(vector, "receiverSecretKey", "receiverPublicKey");
    byte[] expectedPlaintext = plaintext(vector);
    assertThat(expectedPlaintext).hasSize(vector.get("plaintextLength").asInt());
    String wire = vector.get("wire").asText();

    byte[] opened = NaclBox.between(receiver, sender.publicKey()).openBase64(wire);

    assertThat(opened).isEqualTo(expectedPlaintext);
    Nonce nonce = Nonce.of(Bytes.fromHex(vector.get("nonce").asText()));
    NaclBox senderBox = NaclBox.between(sender, receiver.publicKey());
    assertThat(senderBox.sealToBase64(expectedPlaintext, nonce)).isEqualTo(wire);
    assertThat(senderBox.seal(expectedPlaintext, nonce)).isEqualTo(Base64s.decodeStandard(wire));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void tamperedOrMalformedBoxIsRejectedWithTheSpecificReason(JsonNode vector) {
    String reason = vector.get("reason").asText();
    assertThat(REJECTION_BY_REASON).containsKey(reason);
    SessionKeyPair receiver = keyPair(vector, "receiverSecretKey", "receiverPublicKey");
    SessionPublicKey sender = SessionPublicKey.parse(vector.get("senderPublicKey").asText());
    NaclBox box = NaclBox.between(receiver, sender);

    Throwable thrown = catchThrowable(() -> box.openBase64(vector.get("wire").asText()));

    assertThat(thrown).isExactlyInstanceOf(REJECTION_BY_REASON.get(reason));
  }

  private static SessionKeyPair keyPair(JsonNode vector, String secretField, String publicField) {
    SessionKeyPair pair =
        SessionKeyPair.fromSecretKey(Bytes.fromHex(vector.get(secretField).asText()));
    if (vector.hasNonNull(publicField)) {
      assertThat(pair.clientId()).isEqualTo(vector.get(publicField).asText());
    }
    return pair;
  }

  private static byte[] plaintext(JsonNode vector) {
    String text = vector.get("plaintext").asText();
    return switch (vector.get("plaintextEncoding").asText()) {
      case "utf8" -> text.getBytes(UTF_8);
      case "hex" -> Hex.decode(text);
      default -> throw new IllegalArgumentException("unknown plaintextEncoding in " + vector);
    };
  }
}
