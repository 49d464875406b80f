package io.tcgateway.bootstrap.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options {@code proof-check} and {@code sign-data-check} share (a picocli mixin). */
final class CheckOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = CheckSettings.STDIN,
      description = "The document (JSON); '-' or nothing reads standard input.")
  private String input;

  @Option(
      names = "--now",
      paramLabel = "<unix seconds>",
      description = "Judge freshness at this time instead of the clock.")
  private Long now;

  @Option(
      names = "--max-age",
      paramLabel = "<seconds>",
      defaultValue = "900",
      description = "Freshness window: how old a signature may be (default: ${DEFAULT-VALUE}).")
  private long maxAgeSeconds;

  @Option(
      names = "--allowed-domain",
      paramLabel = "<domain>",
      description =
          "An app domain (host[:port] of the manifest URL) to accept; repeatable. Without it, each"
              + " document's own domain is accepted and the verdict says \"domainChecked\":false.")
  private List<String> allowedDomains = new ArrayList<>();

  @Option(
      names = "--jsonl",
      description =
          "Read one document per line and print one verdict per line, with its line number"
              + " (blank lines are skipped).")
  private boolean jsonl;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  /**
   * The run these options describe, judged at {@code clock} unless {@code --now} is given.
   *
   * @throws CommandLine.ParameterException for values the options do not allow
   */
  CheckSettings settings(Clock clock) {
    if (maxAgeSeconds < 0) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "--max-age must not be negative, was " + maxAgeSeconds);
    }
    Set<String> domains = new LinkedHashSet<>();
    for (String domain : allowedDomains) {
      if (domain.isBlank()) {
        throw new CommandLine.ParameterException(
            command.commandLine(), "--allowed-domain must not be blank");
      }
      domains.add(domain.trim());
    }
    Instant at = now == null ? clock.instant() : Instant.ofEpochSecond(now);
    return new CheckSettings(input, at, Duration.ofSeconds(maxAgeSeconds), domains, jsonl);
  }
}
