package io.tcgateway.domain.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519Test {
  private static final byte[] SEED_04 = NaclBoxTest.filled(32, 0x04);
  private static final String PUBKEY_04 =
      "ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c";

  /** protocol.md §14.3: the ton_proof hash signed by the seed-04 wallet, and its signature. */
  private static final byte[] PROOF_SIGNED_HASH =
      Hex.decode("63cb3b1942ec7b8db9340120b3c948599d5cab2fc2942f6843ec5d091c3bf717");

  private static final String PROOF_SIGNATURE =
      "ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==";

  @Test
  void seedGivesTheProtocolVectorPublicKey() {
    assertThat(Ed25519KeyPair.fromSeed(SEED_04).publicKey().toHex()).isEqualTo(PUBKEY_04);
    assertThat(Ed25519KeyPair.fromSeed(Bytes.of(SEED_04)).publicKey())
        .isEqualTo(Ed25519PublicKey.of(Bytes.fromHex(PUBKEY_04)));
  }

  @Test
  void signsTheProtocolVectorDeterministically() {
    Ed25519Signature signature = Ed25519KeyPair.fromSeed(SEED_04).sign(PROOF_SIGNED_HASH);

    assertThat(signature.toBase64()).isEqualTo(PROOF_SIGNATURE);
    assertThat(signature).isEqualTo(Ed25519Signature.parseBase64(PROOF_SIGNATURE));
  }

  @Test
  void verifiesTheProtocolVectorSignature() {
    Ed25519PublicKey key = Ed25519PublicKey.of(Bytes.fromHex(PUBKEY_04));

    assertThat(key.verify(PROOF_SIGNED_HASH, Ed25519Signature.parseBase64(PROOF_SIGNATURE)))
        .isTrue();
  }

  static Stream<Named<JsonNode>> validProofs() {
    return ProtocolVectors.named("ton_proof.json", "accept");
  }

  @ParameterizedTest
  @MethodSource("validProofs")
  void verifiesEveryWalletSignatureFromTheTonProofVectors(JsonNode vector) {
    Ed25519PublicKey key = Ed25519PublicKey.of(Bytes.fromHex(vector.get("public_key").asText()));
    Ed25519Signature signature =
        Ed25519Signature.parseBase64(vector.get("proof").get("signature").asText());
    byte[] signed = Hex.decode(vector.get("debug").get("signedHashHex").asText());

    assertThat(key.verify(signed, signature)).isTrue();
    signed[31] ^= 1;
    assertThat(key.verify(signed, signature)).isFalse();
  }

  @Test
  void rejectsAlteredMessageSignatureOrKey() {
    Ed25519KeyPair signer = Ed25519KeyPair.fromSeed(SEED_04);
    Ed25519KeyPair other = Ed25519KeyPair.fromSeed(NaclBoxTest.filled(32, 0x05));
    byte[] message = "hello".getBytes(UTF_8);
    byte[] signature = signer.sign(message).toByteArray();

    assertThat(signer.publicKey().verify(message, Ed25519Signature.of(signature))).isTrue();
    assertThat(signer.publicKey().verify("hellO".getBytes(UTF_8), Ed25519Signature.of(signature)))
        .isFalse();
    assertThat(other.publicKey().verify(message, Ed25519Signature.of(signature))).isFalse();
    for (int i = 0; i < signature.length; i++) {
      byte[] flipped = signature.clone();
      flipped[i] ^= 0x10;
      assertThat(signer.publicKey().verify(message, Ed25519Signature.of(flipped))).isFalse();
    }
  }

  @Test
  void nonCanonicalSignatureIsFalseNotAnException() {
    Ed25519KeyPair signer = Ed25519KeyPair.fromSeed(SEED_04);
    byte[] message = "hello".getBytes(UTF_8);
    byte[] signature = signer.sign(message).toByteArray();
    // S := 2^256 - 1 >= L (the group order): malleable form, must be refused.
    Arrays.fill(signature, 32, 64, (byte) 0xff);

    assertThat(signer.publicKey().verify(message, Ed25519Signature.of(signature))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // y = 2 is not the y coordinate of any curve point; y = p + 1 is not canonical.
        "0200000000000000000000000000000000000000000000000000000000000000",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
      })
  void keyThatIsNotACurvePointVerifiesNothing(String keyHex) {
    Ed25519PublicKey key = Ed25519PublicKey.of(Bytes.fromHex(keyHex));

    assertThat(key.verify(PROOF_SIGNED_HASH, Ed25519Signature.parseBase64(PROOF_SIGNATURE)))
        .isFalse();
  }

  @Test
  void parseBase64RejectsBadBase64AndWrongLengths() {
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(PROOF_SIGNATURE.replace('/', '_')))
        .isInstanceOf(CryptoException.InvalidEncoding.class);
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(PROOF_SIGNATURE.replace("==", "")))
        .isInstanceOf(CryptoException.InvalidEncoding.class);
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(null))
        .isInstanceOf(CryptoException.InvalidEncoding.class);
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(""))
        .isInstanceOfSatisfying(
            CryptoException.InvalidLength.class, e -> assertThat(e.actual()).isZero());
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(Bytes.of(new byte[63]).toBase64()))
        .isInstanceOfSatisfying(
            CryptoException.InvalidLength.class, e -> assertThat(e.expected()).isEqualTo(64));
    assertThatThrownBy(() -> Ed25519Signature.parseBase64(Bytes.of(new byte[65]).toBase64()))
        .isInstanceOf(CryptoException.InvalidLength.class);
  }

  @Test
  void rejectsKeysAndSeedsThatAreNotThirtyTwoBytes() {
    assertThatThrownBy(() -> Ed25519PublicKey.of(new byte[33]))
        .isInstanceOf(CryptoException.InvalidLength.class);
    assertThatThrownBy(() -> Ed25519KeyPair.fromSeed(new byte[64]))
        .isInstanceOf(CryptoException.InvalidLength.class);
    assertThatThrownBy(() -> Ed25519KeyPair.fromSeed(Bytes.of(new byte[31])))
        .isInstanceOf(CryptoException.InvalidLength.class);
  }

  @Test
  void keyPairToStringShowsThePublicKeyAndRedactsTheSeed() {
    Ed25519KeyPair pair = Ed25519KeyPair.fromSeed(SEED_04);

    assertThat(pair.toString())
        .contains(PUBKEY_04)
        .contains("redacted")
        .doesNotContain(Hex.encode(SEED_04));
  }

  @Test
  void publicKeyAndSignatureAreEqualByBytes() {
    EqualsVerifier.forClass(Ed25519PublicKey.class)
        .withPrefabValues(Bytes.class, Bytes.of(new byte[32]), Bytes.fromHex(PUBKEY_04))
        .suppress(Warning.NULL_FIELDS)
        .verify();
    EqualsVerifier.forClass(Ed25519Signature.class)
        .withPrefabValues(
            Bytes.class,
            Bytes.of(new byte[64]),
            Ed25519Signature.parseBase64(PROOF_SIGNATURE).bytes())
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
