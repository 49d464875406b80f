package io.tcgateway.domain.crypto;

import com.google.crypto.tink.subtle.Ed25519Sign;
import io.tcgateway.domain.bytes.Bytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An Ed25519 signing key made from a 32-byte seed (RFC 8032; {@code nacl.sign.keyPair.fromSeed}),
 * for tests and the simulated wallet: the gateway itself only verifies. Signatures are
 * deterministic. Not a record, so the seed is never a component; {@link #toString()} shows the
 * public key only. Equality is identity.
 */
public final class Ed25519KeyPair {
  /** Length of the seed. */
  public static final int SEED_LENGTH = 32;

  private final Ed25519Sign signer;
  private final Ed25519PublicKey publicKey;

  private Ed25519KeyPair(Ed25519Sign signer, Ed25519PublicKey publicKey) {
    this.signer = signer;
    this.publicKey = publicKey;
  }

  /**
   * The key pair of {@code seed} (copied by Tink).
   *
   * @throws CryptoException.InvalidLength unless the seed is 32 bytes
   */
  public static Ed25519KeyPair fromSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != SEED_LENGTH) {
      throw new CryptoException.InvalidLength("Ed25519 seed", SEED_LENGTH, seed.length);
    }
    try {
      Ed25519Sign.KeyPair keys = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed);
      return new Ed25519KeyPair(
          new Ed25519Sign(seed), Ed25519PublicKey.of(Bytes.wrap(keys.getPublicKey())));
    } catch (GeneralSecurityException e) {
      // Tink only refuses a seed of the wrong length (checked above) or a FIPS-only setup.
      throw new IllegalStateException("Tink refused to build an Ed25519 key", e);
    }
  }

  /**
   * The key pair of {@code seed}.
   *
   * @throws CryptoException.InvalidLength unless the seed is 32 bytes
   */
  public static Ed25519KeyPair fromSeed(Bytes seed) {
    Objects.requireNonNull(seed, "seed");
    byte[] copy = seed.toByteArray();
    try {
      return fromSeed(copy);
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /** The public key. */
  public Ed25519PublicKey publicKey() {
    return publicKey;
  }

  /** The deterministic Ed25519 signature of {@code message}. */
  public Ed25519Signature sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    try {
      return Ed25519Signature.of(Bytes.wrap(signer.sign(message)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink failed to sign", e);
    }
  }

  /** Shows the public key only; the seed is redacted. */
  @Override
  public String toString() {
    return "Ed25519KeyPair[publicKey=" + publicKey.toHex() + ", seed=<redacted>]";
  }
}
