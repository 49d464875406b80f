package io.tcgateway.domain.crypto;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.EncodingException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * NaCl {@code crypto_box} (curve25519-xsalsa20-poly1305) between our session key pair and one peer,
 * in the TON Connect bridge framing (protocol §1). Byte-compatible with tweetnacl {@code nacl.box}
 * and {@code @tonconnect/protocol} {@code SessionCrypto}.
 *
 * <pre>
 * boxKey = HSalsa20(X25519(ourSecret, peerPublic), 0^16)        // crypto_box_beforenm, once per box
 * s      = XSalsa20(boxKey, nonce)                              // keystream
 * polyKey = s[0..32)
 * ct     = m XOR s[32..32+len(m))
 * tag    = Poly1305(polyKey, ct)
 * wire   = nonce(24) || tag(16) || ct(len(m))                   // bridge body = base64std(wire)
 * </pre>
 *
 * <p>Both sides derive the same box key, so a box has no direction: it also opens what it sealed
 * itself. Never reuse a nonce; take each one from a {@link java.security.SecureRandom}.
 *
 * <p>Thread-safe: the only state is the immutable box key; every call makes its own (cheap) cipher
 * and MAC objects. {@link #open} verifies the tag in constant time before decrypting anything.
 */
public final class NaclBox {
  /** Bytes of nonce, in clear, at the start of the wire form. */
  public static final int NONCE_LENGTH = Nonce.LENGTH;

  /** Bytes of Poly1305 tag after the nonce. */
  public static final int TAG_LENGTH = 16;

  /** Wire bytes added to the plaintext: {@code nonce(24) || tag(16)}. */
  public static final int OVERHEAD = NONCE_LENGTH + TAG_LENGTH;

  private static final int POLY1305_KEY_LENGTH = 32;

  private final BoxKey boxKey;
  private final SessionPublicKey peer;

  private NaclBox(BoxKey boxKey, SessionPublicKey peer) {
    this.boxKey = boxKey;
    this.peer = peer;
  }

  /**
   * The box between {@code ours} and {@code peer}; derives the box key once, here.
   *
   * @throws CryptoException.WeakPublicKey if {@code peer} is a small-order point
   */
  public static NaclBox between(SessionKeyPair ours, SessionPublicKey peer) {
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(peer, "peer");
    return new NaclBox(BoxKey.derive(ours, peer), peer);
  }

  /** The peer this box talks to (its client id is the bridge {@code to} / {@code from}). */
  public SessionPublicKey peer() {
    return peer;
  }

  /**
   * Encrypts {@code plaintext} for the peer.
   *
   * @return {@code nonce(24) || tag(16) || ciphertext}, a new array
   */
  public byte[] seal(byte[] plaintext, Nonce nonce) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(nonce, "nonce");
    // wire = nonce(24) || tag(16) || ct(len(m)); the cipher reads its IV straight from wire[0..24).
    byte[] wire = new byte[OVERHEAD + plaintext.length];
    nonce.bytes().copyTo(wire, 0);
    XSalsa20Engine cipher = newCipher(wire);
    byte[] polyKey = nextPolyKey(cipher);
    cipher.processBytes(plaintext, 0, plaintext.length, wire, OVERHEAD);
    Poly1305 mac = newMac(polyKey);
    mac.update(wire, OVERHEAD, plaintext.length);
    mac.doFinal(wire, NONCE_LENGTH);
    return wire;
  }

  /** {@link #seal}, then standard padded base64: the bridge message body. */
  public String sealToBase64(byte[] plaintext, Nonce nonce) {
    return Base64s.encodeStandard(seal(plaintext, nonce));
  }

  /**
   * Authenticates and decrypts {@code nonce(24) || tag(16) || ciphertext} from the peer. {@code
   * wire} is not modified.
   *
   * @return the plaintext, a new array
   * @throws CryptoException.MalformedCiphertext if {@code wire} is shorter than 40 bytes
   * @throws CryptoException.DecryptionFailed if the tag does not match (altered, truncated or
   *     extended message, or other keys)
   */
  public byte[] open(byte[] wire) {
    Objects.requireNonNull(wire, "wire");
    if (wire.length < OVERHEAD) {
      throw new CryptoException.MalformedCiphertext(
          "box must be at least " + OVERHEAD + " bytes (nonce 24 + tag 16), was " + wire.length);
    }
    int ciphertextLength = wire.length - OVERHEAD;
    XSalsa20Engine cipher = newCipher(wire);
    byte[] polyKey = nextPolyKey(cipher);
    Poly1305 mac = newMac(polyKey);
    mac.update(wire, OVERHEAD, ciphertextLength);
    byte[] expectedTag = new byte[TAG_LENGTH];
    mac.doFinal(expectedTag, 0);
    byte[] givenTag = Arrays.copyOfRange(wire, NONCE_LENGTH, OVERHEAD);
    if (!MessageDigest.isEqual(expectedTag, givenTag)) {
      throw new CryptoException.DecryptionFailed(
          "box authentication failed (message altered or sealed for other keys)");
    }
    byte[] plaintext = new byte[ciphertextLength];
    cipher.processBytes(wire, OVERHEAD, ciphertextLength, plaintext, 0);
    return plaintext;
  }

  /**
   * {@link #open} of a bridge message body (standard padded base64).
   *
   * @throws CryptoException.MalformedCiphertext if the text is not standard padded base64 or
   *     decodes to fewer than 40 bytes
   * @throws CryptoException.DecryptionFailed if the tag does not match
   */
  public byte[] openBase64(String base64) {
    byte[] wire;
    try {
      wire = Base64s.decodeStandard(base64);
    } catch (EncodingException e) {
      throw new CryptoException.MalformedCiphertext("box is not standard base64", e);
    }
    return open(wire);
  }

  /** Names the peer; the box key is never shown. */
  @Override
  public String toString() {
    return "NaclBox[peer=" + peer.clientId() + ", boxKey=" + boxKey + "]";
  }

  /** XSalsa20 keyed with the box key and the nonce in {@code wire[0..24)}. */
  private XSalsa20Engine newCipher(byte[] wire) {
    XSalsa20Engine cipher = new XSalsa20Engine();
    cipher.init(
        true, new ParametersWithIV(new KeyParameter(boxKey.bytes()), wire, 0, NONCE_LENGTH));
    return cipher;
  }

  /** The first 32 keystream bytes: the Poly1305 one-time key (NaCl encrypts 32 zero bytes). */
  private static byte[] nextPolyKey(XSalsa20Engine cipher) {
    byte[] polyKey = new byte[POLY1305_KEY_LENGTH];
    cipher.processBytes(polyKey, 0, POLY1305_KEY_LENGTH, polyKey, 0);
    return polyKey;
  }

  /** Poly1305 keyed with {@code polyKey}; zeroes {@code polyKey} (the MAC keeps its own copy). */
  private static Poly1305 newMac(byte[] polyKey) {
    Poly1305 mac = new Poly1305();
    mac.init(new KeyParameter(polyKey));
    Arrays.fill(polyKey, (byte) 0);
    return mac;
  }
}
