package io.tcgateway.bootstrap;

import io.micronaut.runtime.Micronaut;

/**
 * Entry point of the gateway jar. With no arguments (or only Micronaut options) it starts the
 * server; with a command name as the first argument it runs the operator CLI without starting the
 * server.
 */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
