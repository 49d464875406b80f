/**
 * Secrets at rest on Tink (ADR 0008): {@link io.tcgateway.adapter.crypto.TinkSecretSealer} seals
 * session secret keys with an AES-256-GCM keyset, bound to the record they belong to; {@link
 * io.tcgateway.adapter.crypto.TinkKeysets} generates, rotates and checks keysets in Tink's JSON
 * format for the operator CLI. Plain Java; the Micronaut wiring is in {@code config}.
 */
package io.tcgateway.adapter.crypto;
