package io.tcgateway.application.port.in;

import io.tcgateway.domain.verify.ProofPayloads;

/**
 * Hands a web backend a {@code ton_proof} payload for its frontend's connect request (HMAC-signed,
 * expiring, 76 ASCII characters); {@link VerifyProofUseCase} accepts it once.
 */
public interface IssueProofPayloadUseCase {
  ProofPayloads.Issued issueProofPayload();
}
