package io.tcgateway.bootstrap.cli;

import io.tcgateway.domain.verify.SignDataSubmission;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sign-data-check}: verifies {@code signData} result documents offline. */
@Command(
    name = SignDataCheckCommand.NAME,
    sortOptions = false,
    description = {
      "Verifies a signData result document offline and prints one JSON verdict line.",
      "Document: {\"id\"?, \"address\", \"publicKey\"?, \"stateInit\", \"response\":"
          + " {\"signature\", \"address\", \"timestamp\", \"domain\", \"payload\": {\"type\":"
          + " \"text\"|\"binary\"|\"cell\", ...}}}",
      "The payload-origin check is skipped: the echoed payload is not compared with what the app"
          + " sent.",
      "Exit status: 0 valid, 1 invalid, 2 unreadable input or usage error (with --jsonl the"
          + " worst), 3 internal error."
    })
final class SignDataCheckCommand implements Callable<Integer> {
  static final String NAME = "sign-data-check";

  @Mixin private CheckOptions options;

  private final DocumentCheck<SignDataSubmission> check;
  private final Clock clock;

  SignDataCheckCommand(DocumentCheck<SignDataSubmission> check, Clock clock) {
    this.check = Objects.requireNonNull(check, "check");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    return check.run(options.settings(clock)).code();
  }
}
