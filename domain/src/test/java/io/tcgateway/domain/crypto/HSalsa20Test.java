package io.tcgateway.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Hex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HSalsa20Test {

  @Test
  void matchesNaclCore1Vector() {
    // NaCl distribution tests/core1.c ("Cryptography in NaCl" §8): the first box key of Alice and
    // Bob, HSalsa20(shared secret, 0^16); tweetnacl's lowlevel.crypto_core_hsalsa20 agrees.
    byte[] shared = Hex.decode("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

    byte[] out = HSalsa20.hash(shared, new byte[16]);

    assertThat(Hex.encode(out))
        .isEqualTo("1b27556473e985d462cd51197a9a46c76009549eac6474f206c4ee0844f68389");
  }

  @Test
  void placesTheInputWordsInTheMiddleOfTheBlock() {
    // tweetnacl 1.0.3: nacl.lowlevel.crypto_core_hsalsa20(out, 000102..0f, 2a x 32, sigma).
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 0x2a);

    byte[] out = HSalsa20.hash(key, Hex.decode("000102030405060708090a0b0c0d0e0f"));

    assertThat(Hex.encode(out))
        .isEqualTo("71b93f1d06e8afff0bcf64a7d58371dce53837cb755c627f274d822864c4e09d");
  }

  @Test
  void refusesWrongSizes() {
    assertThatThrownBy(() -> HSalsa20.hash(new byte[31], new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HSalsa20.hash(new byte[32], new byte[24]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
