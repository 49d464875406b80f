/**
 * Session cryptography: X25519 session keys (the client id is the public key), the NaCl {@code
 * crypto_box} used on the bridge, Ed25519 verification, SHA-256. Primitives come from Tink and
 * Bouncy Castle (ADR 0001); only the HSalsa20 key derivation is composed here from Bouncy Castle's
 * Salsa20 core.
 */
package io.tcgateway.domain.crypto;
