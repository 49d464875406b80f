package io.tcgateway.application.port.in;

import io.tcgateway.domain.verify.Verification;

/**
 * Verifies a relayed {@code signData} result: the account's key from its state init, the domain
 * allow-list, the time window and the signature over the protocol's signed bytes.
 */
public interface VerifySignDataUseCase {
  Verification verifySignData(VerifySignDataCommand command);
}
