package io.tcgateway.application.port.out;

import io.tcgateway.domain.bytes.Bytes;

/**
 * Encrypts secrets before a durable store writes them (session secret keys, the proof payload key),
 * bound to where they are stored: the associated data names the record ({@code session:<id>}), so a
 * ciphertext copied to another row does not open.
 *
 * <p>Contract: {@link #seal} output differs on every call (random nonce) and never contains the
 * plaintext; {@link #open} of a ciphertext sealed with the same associated data by the current key
 * or any older key still in the keyset returns the plaintext; anything else throws {@link
 * SecretUnreadableException}. Thread-safe. Implementations never log plaintexts or keys.
 */
public interface SecretSealer {

  /** Encrypts {@code plaintext} for the record named {@code associatedData}. */
  Bytes seal(Bytes plaintext, String associatedData);

  /**
   * Decrypts what {@link #seal} made for the same {@code associatedData}.
   *
   * @throws SecretUnreadableException if it was sealed for another record, with a key no longer in
   *     the keyset, or was changed
   */
  Bytes open(Bytes ciphertext, String associatedData);
}
