package io.tcgateway.bootstrap.cli;

import io.tcgateway.bootstrap.demo.DemoCommand;
import io.tcgateway.bootstrap.demo.WalletCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The operator commands ({@code proof-check}, {@code sign-data-check}, {@code keyset
 * generate|rotate}) on the given streams and clock. {@link #run} returns the exit status instead of
 * exiting: 0 valid (or done), 1 invalid, 2 unreadable input or usage error, 3 internal error.
 */
final class OperatorCli {
  /** The command names; the first argument selects one. */
  static final Set<String> COMMANDS =
      Set.of(
          ProofCheckCommand.NAME,
          SignDataCheckCommand.NAME,
          KeysetCommand.NAME,
          DemoCommand.NAME,
          WalletCommand.NAME);

  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  OperatorCli(InputStream stdin, PrintWriter out, PrintWriter err, Clock clock) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Whether {@code args} name an operator command (rather than server options). */
  static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs the command {@code args} name and returns its exit status. */
  int run(String... args) {
    CommandLine cli =
        new CommandLine(new Root())
            .addSubcommand(
                new ProofCheckCommand(
                    new DocumentCheck<>(
                        ProofCheckCommand.NAME, DocumentKind.TON_PROOF, stdin, out, err),
                    clock))
            .addSubcommand(
                new SignDataCheckCommand(
                    new DocumentCheck<>(
                        SignDataCheckCommand.NAME, DocumentKind.SIGN_DATA, stdin, out, err),
                    clock))
            .addSubcommand(
                new CommandLine(new KeysetCommand())
                    .addSubcommand(new KeysetGenerateCommand(out, err))
                    .addSubcommand(new KeysetRotateCommand(err)))
            .addSubcommand(new DemoCommand(out))
            .addSubcommand(new WalletCommand(out))
            .setOut(out)
            .setErr(err)
            .setParameterExceptionHandler(
                (e, arguments) -> {
                  String command = e.getCommandLine().getCommandSpec().qualifiedName();
                  err.println(command + ": " + e.getMessage());
                  CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                  err.println("Try '" + command + " --help' for more information.");
                  return ExitStatus.UNREADABLE.code();
                })
            .setExecutionExceptionHandler(
                (e, command, parseResult) -> {
                  err.println(
                      command.getCommandName()
                          + ": internal error: "
                          + e.getClass().getName()
                          + ": "
                          + e.getMessage());
                  return ExitStatus.INTERNAL_ERROR.code();
                });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** The jar's command line as the launcher script names it. */
  @Command(
      name = "gateway",
      description = "Operator tools of the TON Connect Gateway.",
      synopsisSubcommandLabel = "(proof-check | sign-data-check | keyset | demo | wallet)")
  static final class Root implements Runnable {
    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    private boolean help;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "name a command: proof-check, sign-data-check, keyset, demo or wallet");
    }
  }
}
