package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * Runs an operator command on the process's standard streams and exits with its status. The only
 * class allowed to touch {@code System.in/out/err} and {@code System.exit} (an architecture rule
 * checks it); output is UTF-8 whatever the platform encoding.
 */
public final class ConsoleLauncher {
  private ConsoleLauncher() {}

  /** Whether {@code args} name an operator command. */
  public static boolean handles(String[] args) {
    return OperatorCli.handles(args);
  }

  /** Runs the command and exits the JVM with its status; does not return. */
  public static void launch(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8));
    int status = new OperatorCli(System.in, out, err, Clock.systemUTC()).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
