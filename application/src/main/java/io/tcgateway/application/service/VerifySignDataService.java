package io.tcgateway.application.service;

import io.tcgateway.application.port.in.VerifySignDataCommand;
import io.tcgateway.application.port.in.VerifySignDataUseCase;
import io.tcgateway.domain.verify.SignDataVerifier;
import io.tcgateway.domain.verify.Verification;
import java.time.Clock;
import java.util.Objects;

/** Verifies a relayed {@code signData} result with the gateway's domain policy. */
public final class VerifySignDataService implements VerifySignDataUseCase {
  private final SignDataVerifier verifier;
  private final Clock clock;

  public VerifySignDataService(SignDataVerifier verifier, Clock clock) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Verification verifySignData(VerifySignDataCommand command) {
    return verifier.verify(command.submission(), clock.instant());
  }
}
