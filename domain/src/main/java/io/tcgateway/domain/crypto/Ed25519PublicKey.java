package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Bytes;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A 32-byte Ed25519 public key (RFC 8032 encoding), e.g. a wallet key taken from its state init
 * (protocol §8). Verification uses Bouncy Castle's RFC 8032 implementation (2.5× the throughput of
 * Tink's, see ADR 0001), which rejects non-canonical signatures ({@code S >= L}) and encodings that
 * are not curve points.
 */
public record Ed25519PublicKey(Bytes bytes) {
  /** Length of an Ed25519 public key. */
  public static final int LENGTH = 32;

  public Ed25519PublicKey {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length() != LENGTH) {
      throw new CryptoException.InvalidLength("Ed25519 public key", LENGTH, bytes.length());
    }
  }

  /** The key with these bytes. */
  public static Ed25519PublicKey of(Bytes bytes) {
    return new Ed25519PublicKey(bytes);
  }

  /** The key with a copy of these bytes. */
  public static Ed25519PublicKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Ed25519PublicKey(Bytes.of(bytes));
  }

  /**
   * Whether {@code signature} is a valid Ed25519 signature of {@code message} under this key. Any
   * failure (wrong signature, non-canonical signature, key not on the curve) is {@code false}.
   */
  public boolean verify(byte[] message, Ed25519Signature signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    try {
      return Ed25519.verify(
          signature.toByteArray(), 0, bytes.toByteArray(), 0, message, 0, message.length);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Lowercase hex of the key. */
  public String toHex() {
    return bytes.toHex();
  }
}
