/**
 * The pure core of the TON Connect Gateway: TON primitives, session crypto, protocol messages,
 * sessions and verification.
 *
 * <p>Dependency budget: {@code java.*}, Tink ({@code com.google.crypto.tink.subtle}: X25519,
 * Ed25519) and Bouncy Castle ({@code org.bouncycastle.crypto}: Salsa20 core, XSalsa20, Poly1305).
 * No framework, no I/O, no clock and no randomness reached from inside: callers pass {@code
 * Instant}s and {@code RandomGenerator}s. ArchUnit enforces this in {@code architecture-tests}.
 */
package io.tcgateway.domain;
