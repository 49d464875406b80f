package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.bytes.Hex;
import java.util.Objects;

/**
 * The 32-byte X25519 public key of one side of a session. Rendered as 64 lowercase hex characters
 * it is the bridge <em>client id</em> ({@code client_id}, {@code to}, {@code from}, link {@code
 * id}; protocol §1).
 *
 * <p>Only the length is checked here; {@link NaclBox} additionally refuses small-order points.
 */
public record SessionPublicKey(Bytes bytes) {
  /** Length of an X25519 public key. */
  public static final int LENGTH = 32;

  public SessionPublicKey {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length() != LENGTH) {
      throw new CryptoException.InvalidLength("session public key", LENGTH, bytes.length());
    }
  }

  /** The key with these bytes. */
  public static SessionPublicKey of(Bytes bytes) {
    return new SessionPublicKey(bytes);
  }

  /** The key with a copy of these bytes. */
  public static SessionPublicKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new SessionPublicKey(Bytes.of(bytes));
  }

  /**
   * Parses a client id: exactly 64 hex characters, either case (the reference bridge accepts both;
   * we always emit lowercase).
   *
   * @throws CryptoException.InvalidClientId on anything else (null, other length, {@code 0x},
   *     whitespace, non-ASCII digits)
   */
  public static SessionPublicKey parse(String clientId) {
    if (clientId == null) {
      throw new CryptoException.InvalidClientId("client id is null");
    }
    if (clientId.length() != LENGTH * 2) {
      throw new CryptoException.InvalidClientId(
          "client id must be 64 hex characters, was " + clientId.length() + " characters");
    }
    for (int i = 0; i < clientId.length(); i++) {
      char c = clientId.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        throw new CryptoException.InvalidClientId(
            "client id has a non-hex character at index " + i);
      }
    }
    return new SessionPublicKey(Bytes.wrap(Hex.decode(clientId)));
  }

  /** The client id: 64 lowercase hex characters. */
  public String clientId() {
    return bytes.toHex();
  }

  /** A fresh copy of the 32 key bytes. */
  public byte[] toByteArray() {
    return bytes.toByteArray();
  }

  @Override
  public String toString() {
    return "SessionPublicKey[" + clientId() + "]";
  }
}
