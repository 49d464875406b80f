package io.tcgateway.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code keyset}: the Tink keyset that encrypts secrets at rest (ADR 0008). Its subcommands are
 * {@link KeysetGenerateCommand} and {@link KeysetRotateCommand}.
 */
@Command(
    name = KeysetCommand.NAME,
    synopsisSubcommandLabel = "(generate | rotate)",
    description = {
      "Creates and rotates the Tink keyset (AES-256-GCM) that encrypts stored session keys"
          + " (gateway.crypto.keyset-file).",
      "Exit status: 0 done, 2 unusable file or usage error, 3 internal error."
    })
final class KeysetCommand implements Runnable {
  static final String NAME = "keyset";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: generate or rotate");
  }
}
