package io.tcgateway.bootstrap.cli;

import io.tcgateway.domain.verify.TonProofSubmission;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code proof-check}: verifies {@code ton_proof} documents offline. */
@Command(
    name = ProofCheckCommand.NAME,
    sortOptions = false,
    description = {
      "Verifies a ton_proof document offline and prints one JSON verdict line.",
      "Document: {\"id\"?, \"address\", \"network\", \"public_key\"?, \"proof\": {\"timestamp\","
          + " \"domain\": {\"lengthBytes\", \"value\"}, \"signature\", \"payload\","
          + " \"state_init\"}}",
      "The payload-origin check is skipped: whether the gateway issued the payload is not"
          + " checked.",
      "Exit status: 0 valid, 1 invalid, 2 unreadable input or usage error (with --jsonl the"
          + " worst), 3 internal error."
    })
final class ProofCheckCommand implements Callable<Integer> {
  static final String NAME = "proof-check";

  @Mixin private CheckOptions options;

  private final DocumentCheck<TonProofSubmission> check;
  private final Clock clock;

  ProofCheckCommand(DocumentCheck<TonProofSubmission> check, Clock clock) {
    this.check = Objects.requireNonNull(check, "check");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    return check.run(options.settings(clock)).code();
  }
}
