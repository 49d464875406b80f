package io.tcgateway.adapter.crypto;

/**
 * A keyset cannot be used: it is not Tink JSON, has no primary key, or holds a key that is not
 * AES-256-GCM. The message says where the keyset came from and what is wrong, never key material.
 */
public final class KeysetException extends IllegalArgumentException {
  public KeysetException(String message) {
    super(message);
  }

  public KeysetException(String message, Throwable cause) {
    super(message, cause);
  }
}
