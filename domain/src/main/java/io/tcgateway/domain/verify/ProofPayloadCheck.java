package io.tcgateway.domain.verify;

import java.time.Instant;

/**
 * Decides whether a {@code ton_proof} payload is one this gateway issued, still valid and unused;
 * supplied by the application (HMAC-signed payloads consumed from a single-use store). Called last,
 * only for a proof whose signature is already valid, so a forged proof cannot burn a payload.
 */
@FunctionalInterface
public interface ProofPayloadCheck {

  /**
   * Skips the payload-origin check. Only for operators' offline tools, which must say so; never for
   * logins.
   */
  ProofPayloadCheck ACCEPT_ANY = (payload, now) -> true;

  /**
   * Whether {@code payload} is accepted (and, for single-use payloads, consumed) at {@code now}.
   */
  boolean accept(String payload, Instant now);
}
