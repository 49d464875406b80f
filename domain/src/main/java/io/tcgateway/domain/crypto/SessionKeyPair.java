package io.tcgateway.domain.crypto;

import com.google.crypto.tink.subtle.X25519;
import io.tcgateway.domain.bytes.Bytes;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The X25519 key pair of our side of one session ({@code nacl.box.keyPair()}, protocol §1): a
 * 32-byte secret key, stored unclamped (X25519 clamps internally), and the public key {@code
 * X25519(secret, 9)}, whose hex form is our client id.
 *
 * <p>A final class rather than a record: a record's components are public API (accessor, canonical
 * constructor, deconstruction patterns), which would hand out the secret by default and allow a
 * public key that does not belong to the secret. Here the public key is always derived, the secret
 * leaves only through {@link #secretKey()} as a copy, and {@link #toString()} redacts it.
 */
public final class SessionKeyPair {
  /** Length of an X25519 secret key. */
  public static final int SECRET_KEY_LENGTH = 32;

  private final byte[] secretKey;
  private final SessionPublicKey publicKey;

  private SessionKeyPair(byte[] ownedSecretKey) {
    this.secretKey = ownedSecretKey;
    this.publicKey = SessionPublicKey.of(Bytes.wrap(x25519PublicFromSecret(ownedSecretKey)));
  }

  /**
   * A fresh key pair from 32 bytes of {@code random}. In production pass a {@link
   * java.security.SecureRandom}; tests pass a seeded generator to get fixed keys.
   */
  public static SessionKeyPair generate(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    byte[] secret = new byte[SECRET_KEY_LENGTH];
    random.nextBytes(secret);
    return new SessionKeyPair(secret);
  }

  /**
   * The key pair of a stored secret key (copied).
   *
   * @throws CryptoException.InvalidLength unless it is 32 bytes
   */
  public static SessionKeyPair fromSecretKey(byte[] secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    requireSecretLength(secretKey.length);
    return new SessionKeyPair(secretKey.clone());
  }

  /**
   * The key pair of a stored secret key.
   *
   * @throws CryptoException.InvalidLength unless it is 32 bytes
   */
  public static SessionKeyPair fromSecretKey(Bytes secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    requireSecretLength(secretKey.length());
    return new SessionKeyPair(secretKey.toByteArray());
  }

  /** Our public key (the client id). */
  public SessionPublicKey publicKey() {
    return publicKey;
  }

  /** Shorthand for {@code publicKey().clientId()}. */
  public String clientId() {
    return publicKey.clientId();
  }

  /** A fresh copy of the 32-byte secret key, for encrypted storage only. Zero it after use. */
  public byte[] secretKey() {
    return secretKey.clone();
  }

  /**
   * {@code X25519(secret, peer)}. The caller owns the result and must zero it after use.
   *
   * @throws CryptoException.WeakPublicKey if Tink refuses the peer key (small-order point)
   */
  byte[] sharedSecretWith(SessionPublicKey peer) {
    try {
      return X25519.computeSharedSecret(secretKey, peer.toByteArray());
    } catch (InvalidKeyException e) {
      throw new CryptoException.WeakPublicKey(
          "peer public key " + peer.clientId() + " is refused for X25519", e);
    }
  }

  /** Equal when the secret keys are equal (compared in constant time). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SessionKeyPair other && MessageDigest.isEqual(secretKey, other.secretKey);
  }

  /** The public key's hash (the public key is a function of the secret key). */
  @Override
  public int hashCode() {
    return publicKey.hashCode();
  }

  /** Shows the public key only; the secret key is redacted. */
  @Override
  public String toString() {
    return "SessionKeyPair[publicKey=" + publicKey.clientId() + ", secretKey=<redacted>]";
  }

  private static void requireSecretLength(int length) {
    if (length != SECRET_KEY_LENGTH) {
      throw new CryptoException.InvalidLength("session secret key", SECRET_KEY_LENGTH, length);
    }
  }

  private static byte[] x25519PublicFromSecret(byte[] secret) {
    try {
      return X25519.publicFromPrivate(secret);
    } catch (InvalidKeyException e) {
      // Only thrown for a secret that is not 32 bytes, which the factories have ruled out.
      throw new IllegalStateException("X25519 refused a 32-byte secret key", e);
    }
  }
}
