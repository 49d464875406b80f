package io.tcgateway.application.service;

import io.tcgateway.application.port.in.IssueProofPayloadUseCase;
import io.tcgateway.domain.verify.ProofPayloads;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Issues signed, expiring {@code ton_proof} payloads with the gateway's key. */
public final class IssueProofPayloadService implements IssueProofPayloadUseCase {
  private final ProofPayloads payloads;
  private final Duration ttl;
  private final Clock clock;
  private final RandomGenerator random;

  public IssueProofPayloadService(
      ProofPayloads payloads, Duration ttl, Clock clock, RandomGenerator random) {
    this.payloads = Objects.requireNonNull(payloads, "payloads");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public ProofPayloads.Issued issueProofPayload() {
    return payloads.issue(clock.instant(), ttl, random);
  }
}
