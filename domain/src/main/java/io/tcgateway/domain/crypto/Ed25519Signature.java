package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.EncodingException;
import java.util.Objects;

/**
 * A 64-byte Ed25519 signature ({@code R(32) || S(32)}, RFC 8032), as carried by {@code ton_proof}
 * and {@code signData} results in standard base64 (protocol §7, §9).
 */
public record Ed25519Signature(Bytes bytes) {
  /** Length of an Ed25519 signature. */
  public static final int LENGTH = 64;

  public Ed25519Signature {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length() != LENGTH) {
      throw new CryptoException.InvalidLength("Ed25519 signature", LENGTH, bytes.length());
    }
  }

  /** The signature with these bytes. */
  public static Ed25519Signature of(Bytes bytes) {
    return new Ed25519Signature(bytes);
  }

  /** The signature with a copy of these bytes. */
  public static Ed25519Signature of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Ed25519Signature(Bytes.of(bytes));
  }

  /**
   * Parses standard padded base64 (what wallets send).
   *
   * @throws CryptoException.InvalidEncoding if the text is not standard padded base64
   * @throws CryptoException.InvalidLength if it does not decode to 64 bytes
   */
  public static Ed25519Signature parseBase64(String base64) {
    byte[] decoded;
    try {
      decoded = Base64s.decodeStandard(base64);
    } catch (EncodingException e) {
      throw new CryptoException.InvalidEncoding("Ed25519 signature is not standard base64", e);
    }
    return new Ed25519Signature(Bytes.wrap(decoded));
  }

  /** Standard padded base64. */
  public String toBase64() {
    return bytes.toBase64();
  }

  /** A fresh copy of the 64 bytes. */
  public byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
