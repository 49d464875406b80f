package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Bytes;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 signing key made from a 32-byte seed (RFC 8032; {@code nacl.sign.keyPair.fromSeed}),
 * for tests and the simulated wallet: the gateway itself only verifies. Signatures are
 * deterministic (Bouncy Castle RFC 8032, see ADR 0001). Not a record, so the seed is never a
 * component; {@link #toString()} shows the public key only. Equality is identity.
 */
public final class Ed25519KeyPair {
  /** Length of the seed. */
  public static final int SEED_LENGTH = 32;

  private final byte[] seed;
  private final Ed25519PublicKey publicKey;

  private Ed25519KeyPair(byte[] ownedSeed, Ed25519PublicKey publicKey) {
    this.seed = ownedSeed;
    this.publicKey = publicKey;
  }

  /**
   * The key pair of {@code seed} (copied).
   *
   * @throws CryptoException.InvalidLength unless the seed is 32 bytes
   */
  public static Ed25519KeyPair fromSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != SEED_LENGTH) {
      throw new CryptoException.InvalidLength("Ed25519 seed", SEED_LENGTH, seed.length);
    }
    byte[] ownedSeed = seed.clone();
    byte[] publicKey = new byte[Ed25519PublicKey.LENGTH];
    Ed25519.generatePublicKey(ownedSeed, 0, publicKey, 0);
    return new Ed25519KeyPair(ownedSeed, Ed25519PublicKey.of(Bytes.wrap(publicKey)));
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
    byte[] signature = new byte[Ed25519Signature.LENGTH];
    Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
    return Ed25519Signature.of(Bytes.wrap(signature));
  }

  /** Shows the public key only; the seed is redacted. */
  @Override
  public String toString() {
    return "Ed25519KeyPair[publicKey=" + publicKey.toHex() + ", seed=<redacted>]";
  }
}
