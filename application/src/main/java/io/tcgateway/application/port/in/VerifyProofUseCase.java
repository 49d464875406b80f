package io.tcgateway.application.port.in;

import io.tcgateway.domain.verify.Verification;

/**
 * Verifies a relayed {@code ton_proof} (domain allow-list, time window, state init bound to the
 * address, signature) and consumes its payload, which must be one this gateway issued: a second
 * verification of the same payload is rejected ({@code payload-not-accepted}).
 */
public interface VerifyProofUseCase {
  Verification verifyProof(VerifyProofCommand command);
}
