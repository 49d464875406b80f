package io.tcgateway.adapter.redis;

import io.tcgateway.application.port.out.SecretSealer;
import io.tcgateway.application.port.out.SecretUnreadableException;
import io.tcgateway.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A real AEAD for the store tests (AES-256-GCM, random 96-bit nonce, the associated data bound):
 * {@code nonce(12) || ciphertext || tag(16)}. The production sealer lives in another adapter; the
 * stores only rely on the {@link SecretSealer} contract, which this meets.
 */
final class TestSealer implements SecretSealer {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;

  TestSealer() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      key = generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Bytes seal(Bytes plaintext, String associatedData) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.toByteArray());
      byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return Bytes.wrap(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Bytes open(Bytes ciphertext, String associatedData) {
    byte[] all = ciphertext.toByteArray();
    if (all.length < 12 + 16) {
      throw new SecretUnreadableException(associatedData, null);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return Bytes.wrap(cipher.doFinal(all, 12, all.length - 12));
    } catch (GeneralSecurityException e) {
      throw new SecretUnreadableException(associatedData, e);
    }
  }
}
