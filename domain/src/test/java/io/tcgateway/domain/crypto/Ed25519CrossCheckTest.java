package io.tcgateway.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import java.security.GeneralSecurityException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ed25519 moved from Tink to Bouncy Castle for speed (ADR 0001); this pins that both libraries
 * agree on every signature, valid or tampered, and on the public key derived from a seed.
 */
class Ed25519CrossCheckTest {

  @Test
  void bouncyCastleAndTinkAgreeOnKeysSignaturesAndTamperedSignatures()
      throws GeneralSecurityException {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      byte[] seed = new byte[32];
      random.nextBytes(seed);
      byte[] message = new byte[random.nextInt(0, 100)];
      random.nextBytes(message);

      Ed25519KeyPair ours = Ed25519KeyPair.fromSeed(seed);
      Ed25519Sign.KeyPair tinkKeys = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
      assertThat(ours.publicKey().bytes().toByteArray()).isEqualTo(tinkKeys.getPublicKey());

      byte[] signature = ours.sign(message).toByteArray();
      assertThat(signature).isEqualTo(new Ed25519Sign(seed).sign(message));

      byte[] tampered = signature.clone();
      tampered[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
      for (byte[] candidate : new byte[][] {signature, tampered}) {
        boolean ourVerdict =
            ours.publicKey().verify(message, Ed25519Signature.of(candidate.clone()));
        assertThat(ourVerdict).isEqualTo(tinkAccepts(tinkKeys.getPublicKey(), candidate, message));
      }
    }
  }

  private static boolean tinkAccepts(byte[] publicKey, byte[] signature, byte[] message) {
    try {
      new Ed25519Verify(publicKey).verify(signature, message);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
