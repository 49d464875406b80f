package io.tcgateway.domain.crypto;

import static io.tcgateway.domain.crypto.NaclBoxTest.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import java.util.Arrays;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SessionKeyPairTest {

  @Test
  void derivesTheProtocolVectorPublicKeys() {
    // protocol.md §14.1 (tweetnacl nacl.box.keyPair.fromSecretKey).
    assertThat(SessionKeyPair.fromSecretKey(filled(32, 0x01)).clientId())
        .isEqualTo("a4e09292b651c278b9772c569f5fa9bb13d906b46ab68c9df9dc2b4409f8a209");
    assertThat(SessionKeyPair.fromSecretKey(Bytes.of(filled(32, 0x02))).publicKey())
        .isEqualTo(
            SessionPublicKey.parse(
                "ce8d3ad1ccb633ec7b70c17814a5c76ecd029685050d344745ba05870e587d59"));
  }

  @Test
  void generatesTheSecretFromTheGivenGeneratorAndKeepsItUnclamped() {
    byte[] expectedSecret = new byte[32];
    new SplittableRandom(99).nextBytes(expectedSecret);

    SessionKeyPair pair = SessionKeyPair.generate(new SplittableRandom(99));

    assertThat(pair.secretKey()).isEqualTo(expectedSecret);
    assertThat(pair).isEqualTo(SessionKeyPair.fromSecretKey(expectedSecret));
    assertThat(pair).isNotEqualTo(SessionKeyPair.generate(new SplittableRandom(100)));
  }

  @Test
  void storedSecretKeyRestoresTheSameKeyPair() {
    SessionKeyPair pair = SessionKeyPair.generate(new SplittableRandom(5));

    SessionKeyPair restored = SessionKeyPair.fromSecretKey(pair.secretKey());

    assertThat(restored).isEqualTo(pair).hasSameHashCodeAs(pair);
    assertThat(restored.publicKey()).isEqualTo(pair.publicKey());
  }

  @Test
  void secretKeyAccessorAndFactoryCopy() {
    byte[] secret = filled(32, 0x07);
    SessionKeyPair pair = SessionKeyPair.fromSecretKey(secret);
    String publicBefore = pair.clientId();

    secret[0] = 0;
    pair.secretKey()[1] = 0;

    assertThat(pair.secretKey()).isEqualTo(filled(32, 0x07));
    assertThat(pair.clientId()).isEqualTo(publicBefore);
  }

  @Test
  void toStringShowsThePublicKeyAndRedactsTheSecret() {
    SessionKeyPair pair = SessionKeyPair.generate(new SplittableRandom(11));
    byte[] secret = pair.secretKey();

    assertThat(pair.toString())
        .contains(pair.clientId())
        .contains("redacted")
        .doesNotContain(Hex.encode(secret))
        .doesNotContain(Hex.encode(secret).toUpperCase())
        .doesNotContain(Base64.getEncoder().encodeToString(secret))
        .doesNotContain(Arrays.toString(secret));
  }

  @Test
  void equalityIsBySecretKey() {
    SessionKeyPair a = SessionKeyPair.fromSecretKey(filled(32, 1));
    SessionKeyPair sameAsA = SessionKeyPair.fromSecretKey(filled(32, 1));
    SessionKeyPair b = SessionKeyPair.fromSecretKey(filled(32, 2));

    assertThat(a).isEqualTo(a).isEqualTo(sameAsA).hasSameHashCodeAs(sameAsA);
    assertThat(sameAsA).isEqualTo(a);
    assertThat(a).isNotEqualTo(b).isNotEqualTo(null).isNotEqualTo(a.publicKey());
  }

  @Test
  void rejectsSecretsThatAreNotThirtyTwoBytes() {
    assertThatThrownBy(() -> SessionKeyPair.fromSecretKey(new byte[31]))
        .isInstanceOf(CryptoException.InvalidLength.class)
        .hasMessageContaining("secret key");
    assertThatThrownBy(() -> SessionKeyPair.fromSecretKey(Bytes.of(new byte[64])))
        .isInstanceOf(CryptoException.InvalidLength.class);
  }
}
