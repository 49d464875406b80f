package io.tcgateway.adapter.crypto.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Secrets at rest, {@code gateway.crypto.*} (env: {@code GATEWAY_CRYPTO_KEYSET}, {@code
 * GATEWAY_CRYPTO_KEYSET_FILE}, {@code GATEWAY_CRYPTO_EPHEMERAL_KEYSET}). Exactly one of {@code
 * keyset} and {@code keyset-file} gives the Tink keyset; see ADR 0008.
 *
 * @param keyset the keyset as Tink JSON text; never logged or printed
 * @param keysetFile the path of a file holding the keyset as Tink JSON ({@code ./gateway keyset
 *     generate --out FILE} writes one)
 * @param ephemeralKeyset development only: without a keyset, make a random one at start (stored
 *     secrets are then unreadable after a restart); a loud warning is logged
 */
@ConfigurationProperties("gateway.crypto")
public record CryptoProperties(
    @Nullable String keyset,
    @Nullable String keysetFile,
    @Bindable(defaultValue = "false") boolean ephemeralKeyset) {

  /** Whether {@code keyset} is given. */
  boolean hasKeyset() {
    return keyset != null && !keyset.isBlank();
  }

  /** Whether {@code keyset-file} is given. */
  boolean hasKeysetFile() {
    return keysetFile != null && !keysetFile.isBlank();
  }

  @Override
  public String toString() {
    return "CryptoProperties[keyset="
        + (hasKeyset() ? "<redacted>" : "(none)")
        + ", keysetFile="
        + (hasKeysetFile() ? keysetFile : "(none)")
        + ", ephemeralKeyset="
        + ephemeralKeyset
        + "]";
  }
}
