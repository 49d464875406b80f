package io.tcgateway.domain.crypto;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * The 32-byte precomputed NaCl box key of one (our key pair, peer public key) pair: {@code
 * HSalsa20(X25519(ourSecret, peerPublic), 0^16)}, i.e. {@code crypto_box_beforenm}. Held only by
 * {@link NaclBox}; redacts itself in {@link #toString()}.
 */
final class BoxKey {
  private static final byte[] ZERO_INPUT = new byte[HSalsa20.INPUT_LENGTH];

  /** Number of derivations in this JVM, so a test can check a box derives its key only once. */
  private static final LongAdder DERIVATIONS = new LongAdder();

  private final byte[] key;

  private BoxKey(byte[] ownedKey) {
    this.key = ownedKey;
  }

  /**
   * Derives the box key and zeroes the X25519 shared secret.
   *
   * @throws CryptoException.WeakPublicKey if the peer key is a small-order point
   */
  static BoxKey derive(SessionKeyPair ours, SessionPublicKey peer) {
    byte[] shared = ours.sharedSecretWith(peer);
    try {
      DERIVATIONS.increment();
      return new BoxKey(HSalsa20.hash(shared, ZERO_INPUT));
    } finally {
      Arrays.fill(shared, (byte) 0);
    }
  }

  static long derivationCount() {
    return DERIVATIONS.sum();
  }

  /** The key bytes themselves (not a copy): callers must not modify or keep them. */
  byte[] bytes() {
    return key;
  }

  @Override
  public String toString() {
    return "BoxKey[<redacted>]";
  }
}
