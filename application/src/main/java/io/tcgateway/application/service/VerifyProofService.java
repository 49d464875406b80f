package io.tcgateway.application.service;

import io.tcgateway.application.port.in.VerifyProofCommand;
import io.tcgateway.application.port.in.VerifyProofUseCase;
import io.tcgateway.domain.verify.TonProofVerifier;
import io.tcgateway.domain.verify.Verification;
import java.time.Clock;
import java.util.Objects;

/**
 * Verifies a relayed {@code ton_proof} with the verifier whose payload check is {@link
 * SingleUseProofPayloadCheck}: the payload must be ours, unexpired and unused, and is consumed.
 */
public final class VerifyProofService implements VerifyProofUseCase {
  private final TonProofVerifier verifier;
  private final Clock clock;

  public VerifyProofService(TonProofVerifier verifier, Clock clock) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Verification verifyProof(VerifyProofCommand command) {
    return verifier.verify(command.submission(), clock.instant());
  }
}
