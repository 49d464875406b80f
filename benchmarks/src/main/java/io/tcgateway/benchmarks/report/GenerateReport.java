package io.tcgateway.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command line of the report generator, run by benchmarks/run-benchmarks.sh:
 *
 * <pre>
 * java -cp benchmarks.jar io.tcgateway.benchmarks.report.GenerateReport \
 *     --jmh target/jmh.json [--sodium target/sodium.txt] [--java-version target/java-version.txt] \
 *     [--heading-level 3] [--date 2026-01-01T00:00:00Z] --out target/benchmark-report.md
 * </pre>
 *
 * A missing or empty {@code --sodium} file gives a report without the libsodium sections. Exit
 * status 2 on bad arguments or unreadable input.
 */
public final class GenerateReport {
  private static final Set<String> OPTIONS =
      Set.of("--jmh", "--sodium", "--java-version", "--heading-level", "--date", "--out");

  private GenerateReport() {}

  public static void main(String[] args) {
    try {
      Path out = run(args, MachineInfo.detect(), Instant.now());
      System.out.println("benchmark report: " + out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("GenerateReport: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Reads the inputs named in {@code args}, writes the report and returns its path.
   *
   * @throws IllegalArgumentException on unknown or missing options, or malformed input
   * @throws UncheckedIOException if a file cannot be read or written
   */
  static Path run(String[] args, MachineInfo machine, Instant defaultDate) {
    Map<String, String> options = options(args);
    String jmh = options.get("--jmh");
    String out = options.get("--out");
    if (jmh == null || out == null) {
      throw new IllegalArgumentException("--jmh and --out are required");
    }
    Optional<SodiumResults> sodium =
        Optional.ofNullable(options.get("--sodium"))
            .map(Path::of)
            .filter(Files::isRegularFile)
            .map(p -> SodiumResults.parse(readLines(p)))
            .filter(s -> !s.results().isEmpty());
    String javaVersion =
        Optional.ofNullable(options.get("--java-version"))
            .map(Path::of)
            .filter(Files::isRegularFile)
            .map(GenerateReport::read)
            .orElse("");
    Instant date =
        Optional.ofNullable(options.get("--date")).map(Instant::parse).orElse(defaultDate);
    int headingLevel;
    try {
      headingLevel = Integer.parseInt(options.getOrDefault("--heading-level", "3"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--heading-level must be a number", e);
    }
    BenchmarkReport.Run run =
        new BenchmarkReport.Run(
            date, machine, javaVersion, JmhResults.parse(read(Path.of(jmh))), sodium);
    String markdown = BenchmarkReport.withIssueTargets().render(run, headingLevel);
    Path target = Path.of(out);
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, markdown);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    return target;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + OPTIONS);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> readLines(Path path) {
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
