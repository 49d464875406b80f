package io.tcgateway.domain.crypto;

import com.google.crypto.tink.subtle.Ed25519Verify;
import io.tcgateway.domain.bytes.Bytes;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * A 32-byte Ed25519 public key (RFC 8032 encoding), e.g. a wallet key taken from its state init
 * (protocol §8). Verification uses Tink's {@code Ed25519Verify}, which also rejects non-canonical
 * signatures ({@code S >= L}) and keys that are not valid curve points.
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
      new Ed25519Verify(bytes.toByteArray()).verify(signature.toByteArray(), message);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Lowercase hex of the key. */
  public String toHex() {
    return bytes.toHex();
  }
}
