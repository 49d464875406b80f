package io.tcgateway.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import java.util.SplittableRandom;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class NonceTest {

  @Test
  void randomNonceTakesTwentyFourBytesFromTheGivenGenerator() {
    Nonce first = Nonce.random(new SplittableRandom(42));
    Nonce again = Nonce.random(new SplittableRandom(42));
    Nonce other = Nonce.random(new SplittableRandom(43));

    byte[] expected = new byte[24];
    new SplittableRandom(42).nextBytes(expected);
    assertThat(first.bytes().toByteArray()).isEqualTo(expected);
    assertThat(first).isEqualTo(again).isNotEqualTo(other);
  }

  @Test
  void successiveRandomNoncesDiffer() {
    SplittableRandom random = new SplittableRandom(1);

    assertThat(Nonce.random(random)).isNotEqualTo(Nonce.random(random));
  }

  @Test
  void acceptsExactlyTwentyFourBytes() {
    assertThat(Nonce.of(new byte[24]).bytes().length()).isEqualTo(24);
    assertThatThrownBy(() -> Nonce.of(new byte[23]))
        .isInstanceOf(CryptoException.InvalidLength.class)
        .hasMessageContaining("nonce");
    assertThatThrownBy(() -> Nonce.of(Bytes.of(new byte[32])))
        .isInstanceOf(CryptoException.InvalidLength.class);
    assertThatThrownBy(() -> Nonce.of(Bytes.empty()))
        .isInstanceOf(CryptoException.InvalidLength.class);
  }

  @Test
  void copiesTheBytesOnTheWayIn() {
    byte[] raw = new byte[24];
    Nonce nonce = Nonce.of(raw);

    raw[0] = 1;

    assertThat(nonce).isEqualTo(Nonce.of(new byte[24]));
  }

  @Test
  void equalityIsByNonceBytes() {
    byte[] other = new byte[24];
    other[23] = 1;
    EqualsVerifier.forClass(Nonce.class)
        .withPrefabValues(Bytes.class, Bytes.of(new byte[24]), Bytes.of(other))
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }
}
