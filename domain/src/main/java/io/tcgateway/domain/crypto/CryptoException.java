package io.tcgateway.domain.crypto;

/**
 * Key material, a signature or a bridge ciphertext is unusable. The subclass names the rule that
 * failed. Messages never contain key material, plaintext or ciphertext.
 */
public abstract sealed class CryptoException extends IllegalArgumentException
    permits CryptoException.InvalidLength,
        CryptoException.InvalidClientId,
        CryptoException.InvalidEncoding,
        CryptoException.WeakPublicKey,
        CryptoException.MalformedCiphertext,
        CryptoException.DecryptionFailed {

  private CryptoException(String message) {
    super(message);
  }

  private CryptoException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A key, seed, nonce or signature has the wrong number of bytes. */
  public static final class InvalidLength extends CryptoException {
    private final String field;
    private final int expected;
    private final int actual;

    public InvalidLength(String field, int expected, int actual) {
      super(field + " must be " + expected + " bytes, was " + actual);
      this.field = field;
      this.expected = expected;
      this.actual = actual;
    }

    /** What had the wrong length (e.g. {@code "nonce"}). */
    public String field() {
      return field;
    }

    /** The required number of bytes. */
    public int expected() {
      return expected;
    }

    /** The number of bytes given. */
    public int actual() {
      return actual;
    }
  }

  /** Text that should be a client id is not exactly 64 hex characters. */
  public static final class InvalidClientId extends CryptoException {
    public InvalidClientId(String message) {
      super(message);
    }
  }

  /** Text that should encode a signature is not valid (standard, padded) base64. */
  public static final class InvalidEncoding extends CryptoException {
    public InvalidEncoding(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * An X25519 public key of small order (or otherwise banned by Tink): the shared secret would not
   * depend on our secret key, so no box is built with it. tweetnacl would accept such a key and
   * derive a predictable box key; refusing it only affects peers that are broken or hostile.
   */
  public static final class WeakPublicKey extends CryptoException {
    public WeakPublicKey(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A bridge message that cannot be a box at all: not standard padded base64, or shorter than
   * {@code nonce(24) || tag(16)}.
   */
  public static final class MalformedCiphertext extends CryptoException {
    public MalformedCiphertext(String message) {
      super(message);
    }

    public MalformedCiphertext(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The Poly1305 tag does not match: the message was altered, truncated or extended, or it was
   * sealed for other keys. Nothing was decrypted.
   */
  public static final class DecryptionFailed extends CryptoException {
    public DecryptionFailed(String message) {
      super(message);
    }
  }
}
