package io.tcgateway.domain.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.engines.Salsa20Engine;

/**
 * HSalsa20 (Bernstein, "Extending the Salsa20 nonce", §2), the key derivation behind NaCl's {@code
 * crypto_box_beforenm}. Neither Tink nor Bouncy Castle exposes it; it is composed here from Bouncy
 * Castle's public Salsa20 core so that no cipher arithmetic is written by hand.
 */
final class HSalsa20 {
  /** Key length. */
  static final int KEY_LENGTH = 32;

  /** Input length. */
  static final int INPUT_LENGTH = 16;

  /** Output length. */
  static final int OUTPUT_LENGTH = 32;

  // "expand 32-byte k" as four little-endian words (sigma).
  private static final int SIGMA0 = 0x61707865;
  private static final int SIGMA1 = 0x3320646e;
  private static final int SIGMA2 = 0x79622d32;
  private static final int SIGMA3 = 0x6b206574;

  // Output words: the diagonal (0, 5, 10, 15), then the input positions (6, 7, 8, 9).
  private static final int[] OUTPUT_WORDS = {0, 5, 10, 15, 6, 7, 8, 9};

  private HSalsa20() {}

  /**
   * HSalsa20(key, in), all words little-endian.
   *
   * <pre>
   * x  = [ σ0, k0, k1, k2, k3, σ1, n0, n1, n2, n3, σ2, k4, k5, k6, k7, σ3 ]   // Salsa20 input block
   *      k0..k7 = key words, n0..n3 = input words
   * z  = doubleround^10(x)                                                   // 20 rounds, no feed-forward
   * out = z0 || z5 || z10 || z15 || z6 || z7 || z8 || z9                     // 8 words = 32 bytes
   * </pre>
   *
   * Bouncy Castle's {@code salsaCore} returns {@code z + x} (the Salsa20 feed-forward), so {@code
   * x} is subtracted back out of the eight words taken.
   */
  static byte[] hash(byte[] key, byte[] input) {
    if (key.length != KEY_LENGTH || input.length != INPUT_LENGTH) {
      throw new IllegalArgumentException("HSalsa20 takes a 32-byte key and a 16-byte input");
    }
    int[] x = new int[16];
    x[0] = SIGMA0;
    x[1] = littleEndianWord(key, 0);
    x[2] = littleEndianWord(key, 4);
    x[3] = littleEndianWord(key, 8);
    x[4] = littleEndianWord(key, 12);
    x[5] = SIGMA1;
    x[6] = littleEndianWord(input, 0);
    x[7] = littleEndianWord(input, 4);
    x[8] = littleEndianWord(input, 8);
    x[9] = littleEndianWord(input, 12);
    x[10] = SIGMA2;
    x[11] = littleEndianWord(key, 16);
    x[12] = littleEndianWord(key, 20);
    x[13] = littleEndianWord(key, 24);
    x[14] = littleEndianWord(key, 28);
    x[15] = SIGMA3;

    int[] z = new int[16];
    Salsa20Engine.salsaCore(20, x, z);

    byte[] out = new byte[OUTPUT_LENGTH];
    for (int i = 0; i < OUTPUT_WORDS.length; i++) {
      int word = OUTPUT_WORDS[i];
      putLittleEndianWord(z[word] - x[word], out, 4 * i);
    }
    Arrays.fill(x, 0);
    Arrays.fill(z, 0);
    return out;
  }

  private static int littleEndianWord(byte[] bytes, int offset) {
    return (bytes[offset] & 0xff)
        | (bytes[offset + 1] & 0xff) << 8
        | (bytes[offset + 2] & 0xff) << 16
        | (bytes[offset + 3] & 0xff) << 24;
  }

  private static void putLittleEndianWord(int word, byte[] out, int offset) {
    out[offset] = (byte) word;
    out[offset + 1] = (byte) (word >>> 8);
    out[offset + 2] = (byte) (word >>> 16);
    out[offset + 3] = (byte) (word >>> 24);
  }
}
