package io.tcgateway.domain.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 over byte arrays (the JDK's implementation; every JDK must provide it). */
public final class Sha256 {
  /** Digest length in bytes. */
  public static final int LENGTH = 32;

  /** Cloned for each new digest: a clone costs a fraction of a provider lookup. */
  private static final MessageDigest PROTOTYPE = lookUp();

  private Sha256() {}

  /** SHA-256 of {@code data}. */
  public static byte[] hash(byte[] data) {
    return newDigest().digest(data);
  }

  /** SHA-256 of the concatenation of {@code parts}. */
  public static byte[] hash(byte[]... parts) {
    MessageDigest digest = newDigest();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  /** A fresh SHA-256 digest for incremental use. */
  public static MessageDigest newDigest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return lookUp();
    }
  }

  private static MessageDigest lookUp() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
