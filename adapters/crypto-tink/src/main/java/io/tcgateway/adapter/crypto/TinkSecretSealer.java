package io.tcgateway.adapter.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.domain.bytes.Bytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link SecretSealer} on a Tink AEAD keyset of AES-256-GCM keys (ADR 0008). The associated data is
 * the record's name as UTF-8 ({@code session:<id>}), so a ciphertext moved to another record does
 * not open. The primary key seals; every key of the keyset opens what it sealed, which is how
 * rotation keeps old rows readable.
 *
 * <p>Ciphertext layout (Tink, output prefix {@code TINK}): {@code 0x01 || key id (4, big-endian) ||
 * IV (12) || AES-GCM ciphertext || tag (16)}: 65 bytes for a 32-byte session key. Thread-safe.
 */
public final class TinkSecretSealer implements SecretSealer {
  private final Aead aead;
  private final KeysetSummary keyset;

  private TinkSecretSealer(KeysetHandle handle) {
    try {
      this.aead = handle.getPrimitive(TinkKeysets.CONFIGURATION, Aead.class);
    } catch (GeneralSecurityException e) {
      throw new KeysetException("Tink refused the keyset as an AEAD keyset", e);
    }
    this.keyset = TinkKeysets.summary(handle);
  }

  /**
   * A sealer for a keyset in Tink JSON.
   *
   * @param source where the keyset came from, for error messages
   * @throws KeysetException if it is not a keyset of AES-256-GCM keys with a primary
   */
  public static TinkSecretSealer fromKeyset(String keysetJson, String source) {
    return new TinkSecretSealer(TinkKeysets.parse(keysetJson, source));
  }

  /**
   * A sealer with a fresh random key that exists only in this process: what it seals cannot be
   * opened after a restart or by another process. For development only.
   */
  public static TinkSecretSealer ephemeral() {
    return new TinkSecretSealer(TinkKeysets.generateHandle());
  }

  @Override
  public Bytes seal(Bytes plaintext, String associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(associatedData, "associatedData");
    byte[] clear = plaintext.toByteArray();
    try {
      return Bytes.wrap(aead.encrypt(clear, associatedData.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed for " + associatedData, e);
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  @Override
  public Bytes open(Bytes ciphertext, String associatedData) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(associatedData, "associatedData");
    try {
      return Bytes.wrap(aead.decrypt(ciphertext.toByteArray(), associatedData.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new SecretUnreadableException(associatedData, e);
    }
  }

  /** The key ids of the keyset and its primary (no key material). */
  public KeysetSummary keyset() {
    return keyset;
  }

  @Override
  public String toString() {
    return "TinkSecretSealer[" + keyset + "]";
  }
}
