package io.tcgateway.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * {@code ton_proof} and {@code signData} checking, {@code gateway.proof.*}.
 *
 * @param allowedDomains the domains ({@code host[:port]}) proofs may be signed for; empty: the host
 *     of the manifest URL
 * @param maxAge how old a proof's or signData result's timestamp may be
 * @param payloadTtl how long an issued proof payload is accepted
 * @param key the HMAC key of proof payloads, at least 32 bytes of text; without it one random key
 *     per deployment is made and kept, sealed, in the store (with the memory store: per process)
 */
@ConfigurationProperties("gateway.proof")
public record ProofProperties(
    @Nullable List<String> allowedDomains,
    @Bindable(defaultValue = "15m") Duration maxAge,
    @Bindable(defaultValue = "15m") Duration payloadTtl,
    @Nullable String key) {

  public ProofProperties {
    allowedDomains = allowedDomains == null ? List.of() : List.copyOf(allowedDomains);
    Settings.requirePositive(maxAge, "gateway.proof.max-age");
    Settings.requirePositive(payloadTtl, "gateway.proof.payload-ttl");
    if (key != null
        && !key.isEmpty()
        && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
      throw new IllegalArgumentException("gateway.proof.key must be at least 32 bytes");
    }
  }

  @Override
  public String toString() {
    return "ProofProperties[allowedDomains="
        + allowedDomains
        + ", maxAge="
        + maxAge
        + ", payloadTtl="
        + payloadTtl
        + ", key="
        + (key == null || key.isEmpty() ? "(random)" : "<redacted>")
        + "]";
  }
}
