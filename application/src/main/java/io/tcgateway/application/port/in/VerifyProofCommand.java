package io.tcgateway.application.port.in;

import io.tcgateway.domain.verify.TonProofSubmission;
import java.util.Objects;

/** A {@code ton_proof} a frontend got from its wallet, relayed by its backend. */
public record VerifyProofCommand(TonProofSubmission submission) {
  public VerifyProofCommand {
    Objects.requireNonNull(submission, "submission");
  }
}
