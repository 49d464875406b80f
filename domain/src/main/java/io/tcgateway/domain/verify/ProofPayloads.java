package io.tcgateway.domain.verify;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.EncodingException;
import io.tcgateway.domain.bytes.Hex;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The {@code ton_proof} payloads the gateway hands out: self-contained, signed with a server key,
 * expiring, and short enough for every wallet (Ledger signs at most 128 bytes; protocol.md §13 item
 * 4). Whether a payload was already used is the job of a single-use store; this class only says
 * whether it is one of ours and still valid, and gives its id for that store.
 *
 * <pre>
 * payload = base64url-nopad( version(1) = 1 || expiresAt(8, unix seconds, BE) || nonce(16)
 *                            || HMAC-SHA256(key, version || expiresAt || nonce)(32) )
 *         = 76 ASCII characters, no '+', '/', '=' or '%' (safe in links that get decoded twice)
 * </pre>
 */
public final class ProofPayloads {
  /** Length of the text of a payload. */
  public static final int PAYLOAD_LENGTH = 76;

  private static final byte VERSION = 1;
  private static final int SIGNED_LENGTH = 1 + 8 + 16;
  private static final int MAC_LENGTH = 32;

  private final byte[] key;

  /**
   * @param key the server's HMAC key, at least 32 bytes (kept secret; encrypted at rest by durable
   *     configurations)
   */
  public ProofPayloads(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 32) {
      throw new IllegalArgumentException("proof payload key must be at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** A fresh payload valid for {@code ttl} from {@code now}. */
  public Issued issue(Instant now, Duration ttl, RandomGenerator random) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    Instant expiresAt = now.plus(ttl);
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    ByteBuffer signed = ByteBuffer.allocate(SIGNED_LENGTH);
    signed.put(VERSION).putLong(expiresAt.getEpochSecond()).put(nonce);
    byte[] mac = mac(signed.array());
    byte[] payload =
        ByteBuffer.allocate(SIGNED_LENGTH + MAC_LENGTH).put(signed.array()).put(mac).array();
    return new Issued(
        Base64s.encodeUrlSafeNoPadding(payload), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
  }

  /**
   * Whether {@code payload} is one of ours and unexpired at {@code now}; never throws for any text.
   */
  public Check check(String payload, Instant now) {
    if (payload == null || payload.length() != PAYLOAD_LENGTH) {
      return new Check.Rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED, "not a payload this gateway issued");
    }
    byte[] bytes;
    try {
      bytes = Base64s.decodeLenient(payload);
    } catch (EncodingException e) {
      return new Check.Rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED, "not a payload this gateway issued");
    }
    if (bytes.length != SIGNED_LENGTH + MAC_LENGTH || bytes[0] != VERSION) {
      return new Check.Rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED, "not a payload this gateway issued");
    }
    byte[] signed = new byte[SIGNED_LENGTH];
    byte[] mac = new byte[MAC_LENGTH];
    System.arraycopy(bytes, 0, signed, 0, SIGNED_LENGTH);
    System.arraycopy(bytes, SIGNED_LENGTH, mac, 0, MAC_LENGTH);
    if (!MessageDigest.isEqual(mac(signed), mac)) {
      return new Check.Rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED, "payload signature does not match");
    }
    Instant expiresAt = Instant.ofEpochSecond(ByteBuffer.wrap(signed, 1, 8).getLong());
    if (!now.isBefore(expiresAt)) {
      return new Check.Rejected(
          RejectionReason.PAYLOAD_NOT_ACCEPTED, "payload expired at " + expiresAt);
    }
    byte[] nonce = new byte[16];
    System.arraycopy(signed, 9, nonce, 0, 16);
    return new Check.Genuine(Hex.encode(nonce), expiresAt);
  }

  private byte[] mac(byte[] data) {
    HMac hmac = new HMac(new SHA256Digest());
    hmac.init(new KeyParameter(key));
    hmac.update(data, 0, data.length);
    byte[] out = new byte[MAC_LENGTH];
    hmac.doFinal(out, 0);
    return out;
  }

  /** A payload handed out, and when it stops being accepted. */
  public record Issued(String payload, Instant expiresAt) {}

  /** The outcome of {@link #check}. */
  public sealed interface Check {
    /**
     * Ours and unexpired.
     *
     * @param id the payload's nonce in hex: the key for the single-use store
     * @param expiresAt until when the single-use store must remember it
     */
    record Genuine(String id, Instant expiresAt) implements Check {}

    /** Not ours, tampered with, or expired. */
    record Rejected(RejectionReason reason, String detail) implements Check {}
  }

  @Override
  public String toString() {
    return "ProofPayloads[key=<redacted>]";
  }
}
