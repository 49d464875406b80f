package io.tcgateway.bootstrap.demo;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the offline demo (see {@link OfflineDemo}). */
@Command(
    name = DemoCommand.NAME,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Runs the gateway with its built-in bridge and a simulated wallet in one process and walks",
      "the HTTP API through connect with ton_proof, a transaction, sign data and disconnect.",
      "Needs no network. Exit status: 0 when every step worked, 1 otherwise."
    })
public final class DemoCommand implements Callable<Integer> {
  /** The command name. */
  public static final String NAME = "demo";

  @Option(
      names = "--port",
      paramLabel = "<port>",
      description = "Port of the demo gateway on 127.0.0.1 (default: any free port).")
  private int port;

  private final PrintWriter out;

  public DemoCommand(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Integer call() {
    return new OfflineDemo(out, port).run();
  }
}
