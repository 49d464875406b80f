package io.tcgateway.application.port.in;

import io.tcgateway.domain.verify.SignDataSubmission;
import java.util.Objects;

/** A {@code signData} result a frontend got from its wallet, with the account that signed. */
public record VerifySignDataCommand(SignDataSubmission submission) {
  public VerifySignDataCommand {
    Objects.requireNonNull(submission, "submission");
  }
}
