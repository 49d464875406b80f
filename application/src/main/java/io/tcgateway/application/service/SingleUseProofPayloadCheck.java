package io.tcgateway.application.service;

import io.tcgateway.application.error.StoreUnavailableException;
import io.tcgateway.application.port.out.ProofPayloadStore;
import io.tcgateway.domain.verify.ProofPayloadCheck;
import io.tcgateway.domain.verify.ProofPayloads;
import java.time.Instant;
import java.util.Objects;

/**
 * The payload policy for logins: the payload must be one this gateway issued ({@link
 * ProofPayloads}), unexpired, and not used before — using it here consumes it. The verifier calls
 * this last, after the signature, so a forged proof cannot burn a payload. If the single-use store
 * is down the payload is refused (fail closed).
 */
public final class SingleUseProofPayloadCheck implements ProofPayloadCheck {
  private final ProofPayloads payloads;
  private final ProofPayloadStore used;

  public SingleUseProofPayloadCheck(ProofPayloads payloads, ProofPayloadStore used) {
    this.payloads = Objects.requireNonNull(payloads, "payloads");
    this.used = Objects.requireNonNull(used, "used");
  }

  @Override
  public boolean accept(String payload, Instant now) {
    if (!(payloads.check(payload, now) instanceof ProofPayloads.Check.Genuine genuine)) {
      return false;
    }
    try {
      return used.consume(genuine.id(), genuine.expiresAt());
    } catch (StoreUnavailableException e) {
      return false;
    }
  }
}
