package io.tcgateway.bootstrap;

import io.micronaut.runtime.Micronaut;
import io.tcgateway.bootstrap.cli.ConsoleLauncher;

/**
 * Entry point of the gateway jar. With no arguments (or only Micronaut options) it starts the
 * server; with an operator command as the first argument ({@code proof-check}, {@code
 * sign-data-check}, {@code keyset}) it runs that command without starting Micronaut and exits with
 * its status.
 */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    if (ConsoleLauncher.handles(args)) {
      ConsoleLauncher.launch(args);
      return;
    }
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
