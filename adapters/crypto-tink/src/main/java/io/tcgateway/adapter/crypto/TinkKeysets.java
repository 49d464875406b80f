package io.tcgateway.adapter.crypto;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keysets in Tink's JSON format ({@code {"primaryKeyId":..,"key":[{"keyData":{..},"status":
 * "ENABLED","keyId":..,"outputPrefixType":"TINK"}]}}, the format of Tink's {@code tinkey} tool):
 * generate one with a single AES-256-GCM key, rotate (add a new AES-256-GCM key as primary, keep
 * the others so older ciphertexts still open) and parse with checks. Every key must be AES-256-GCM.
 *
 * <p>The JSON holds the keys in plain text: it is the secret of the deployment. Error messages name
 * the keyset's source and the problem, never the keys.
 */
public final class TinkKeysets {
  /** Tink's global registry, with the AEAD key types registered once. */
  static final Configuration CONFIGURATION = registerAead();

  private TinkKeysets() {}

  /** A new keyset with one random AES-256-GCM key, as Tink JSON (one line, no final newline). */
  public static String generate() {
    return serialize(generateHandle());
  }

  /**
   * {@code keysetJson} with one more random AES-256-GCM key, which becomes the primary (it encrypts
   * from now on); the old keys stay enabled, so what they sealed still opens.
   *
   * @throws KeysetException if {@code keysetJson} is not a usable keyset
   */
  public static String rotate(String keysetJson, String source) {
    KeysetHandle handle = parse(keysetJson, source);
    try {
      KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
      builder.addEntry(
          KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
              .withRandomId()
              .makePrimary());
      return serialize(builder.setConfiguration(CONFIGURATION).build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not add a key to the keyset", e);
    }
  }

  /**
   * The ids of the keys in {@code keysetJson} and its primary.
   *
   * @throws KeysetException if it is not a usable keyset
   */
  public static KeysetSummary describe(String keysetJson, String source) {
    return summary(parse(keysetJson, source));
  }

  private static Configuration registerAead() {
    try {
      AeadConfig.register();
      return RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink's AEAD key types could not be registered", e);
    }
  }

  static KeysetHandle generateHandle() {
    try {
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, CONFIGURATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not generate an AES-256-GCM key", e);
    }
  }

  /**
   * Parses Tink JSON and checks that it has a primary key and only AES-256-GCM keys.
   *
   * @param source where the keyset came from, for messages ({@code gateway.crypto.keyset-file
   *     (/etc/gateway/keyset.json)})
   * @throws KeysetException if it is not such a keyset
   */
  static KeysetHandle parse(String keysetJson, String source) {
    Objects.requireNonNull(keysetJson, "keysetJson");
    Objects.requireNonNull(source, "source");
    if (keysetJson.isBlank()) {
      throw new KeysetException(source + ": the keyset is empty");
    }
    KeysetHandle handle;
    try {
      handle =
          TinkJsonProtoKeysetFormat.parseKeyset(
              keysetJson, CONFIGURATION, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException e) {
      // Tink's and Gson's messages may quote the input; the cause is left out for that reason.
      throw new KeysetException(
          source + ": not a Tink JSON keyset (" + e.getClass().getSimpleName() + ")");
    }
    if (handle.size() == 0) {
      throw new KeysetException(source + ": the keyset has no keys");
    }
    for (int i = 0; i < handle.size(); i++) {
      KeysetHandle.Entry entry = handle.getAt(i);
      if (!(entry.getKey() instanceof AesGcmKey key)
          || key.getParameters().getKeySizeBytes() != 32) {
        throw new KeysetException(
            source
                + ": key "
                + Integer.toUnsignedString(entry.getId())
                + " is not an AES-256-GCM key ("
                + entry.getKey().getParameters()
                + ")");
      }
    }
    try {
      handle.getPrimary();
    } catch (IllegalStateException e) {
      throw new KeysetException(source + ": the keyset has no primary key");
    }
    return handle;
  }

  static String serialize(KeysetHandle handle) {
    try {
      // Tink ends the text with a newline; callers add their own.
      return TinkJsonProtoKeysetFormat.serializeKeyset(
              handle, CONFIGURATION, InsecureSecretKeyAccess.get())
          .strip();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink could not serialize the keyset", e);
    }
  }

  static KeysetSummary summary(KeysetHandle handle) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < handle.size(); i++) {
      ids.add(handle.getAt(i).getId());
    }
    return new KeysetSummary(handle.getPrimary().getId(), ids);
  }
}
