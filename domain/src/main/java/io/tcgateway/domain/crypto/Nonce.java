package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Bytes;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The 24-byte XSalsa20 nonce of one bridge message (protocol §1). Every message gets a fresh random
 * one ({@link #random}); it travels in clear as the first 24 bytes of the wire form.
 */
public record Nonce(Bytes bytes) {
  /** Length of a NaCl box nonce. */
  public static final int LENGTH = 24;

  public Nonce {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length() != LENGTH) {
      throw new CryptoException.InvalidLength("nonce", LENGTH, bytes.length());
    }
  }

  /**
   * 24 bytes from {@code random}. In production pass a {@link java.security.SecureRandom}: a
   * repeated nonce under the same box key breaks confidentiality and authenticity.
   */
  public static Nonce random(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    byte[] bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new Nonce(Bytes.wrap(bytes));
  }

  /** The nonce with these bytes. */
  public static Nonce of(Bytes bytes) {
    return new Nonce(bytes);
  }

  /** The nonce with a copy of these bytes. */
  public static Nonce of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Nonce(Bytes.of(bytes));
  }
}
