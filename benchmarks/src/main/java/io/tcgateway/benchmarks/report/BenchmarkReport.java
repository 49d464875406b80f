package io.tcgateway.benchmarks.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders one run as Markdown: the run's context (date, machine, JDK, settings), every JMH score
 * with its target and verdict, the libsodium scores, and the Java / libsodium ratios.
 */
public final class BenchmarkReport {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final List<Target> targets;
  private final List<Comparison> comparisons;

  /**
   * One benchmark run.
   *
   * @param date when the report was made
   * @param machine where the run happened
   * @param javaVersion output of {@code java -version} of the JDK that ran JMH; empty if unknown
   * @param jmh the JMH results
   * @param sodium the libsodium results, if libsodium was measured
   */
  public record Run(
      Instant date,
      MachineInfo machine,
      String javaVersion,
      List<JmhResult> jmh,
      Optional<SodiumResults> sodium) {
    public Run {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(machine, "machine");
      Objects.requireNonNull(javaVersion, "javaVersion");
      Objects.requireNonNull(sodium, "sodium");
      jmh = List.copyOf(jmh);
    }
  }

  public BenchmarkReport(List<Target> targets, List<Comparison> comparisons) {
    this.targets = List.copyOf(targets);
    this.comparisons = List.copyOf(comparisons);
  }

  /** The report with the issue's targets and the default libsodium comparisons. */
  public static BenchmarkReport withIssueTargets() {
    return new BenchmarkReport(Target.ISSUE, Comparison.DEFAULT);
  }

  /**
   * The Markdown of {@code run}; its title has {@code headingLevel} hashes (1..5), its sections one
   * more.
   */
  public String render(Run run, int headingLevel) {
    if (headingLevel < 1 || headingLevel > 5) {
      throw new IllegalArgumentException("headingLevel must be 1..5, was " + headingLevel);
    }
    String title = "#".repeat(headingLevel) + " ";
    String section = "#".repeat(headingLevel + 1) + " ";
    StringBuilder md = new StringBuilder();
    md.append(title).append("Benchmark run of ").append(DATE.format(run.date())).append("\n\n");
    context(md, run);
    md.append('\n').append(section).append("JMH results (ops/s, one thread, higher is better)\n\n");
    results(md, run.jmh());
    md.append('\n').append(section).append("libsodium (C, same machine, same run)\n\n");
    if (run.sodium().isEmpty() || run.sodium().get().results().isEmpty()) {
      md.append("Not measured in this run.\n");
    } else {
      sodium(md, run.sodium().get());
      md.append('\n').append(section).append("Java / libsodium\n\n");
      ratios(md, run.jmh(), run.sodium().get());
    }
    return md.toString();
  }

  /** The verdict of {@code result}, if a target applies to it. */
  public Optional<Target.Verdict> verdict(JmhResult result) {
    return target(result).map(t -> t.verdict(result.score()));
  }

  private Optional<Target> target(JmhResult result) {
    return targets.stream().filter(t -> t.appliesTo(result)).findFirst();
  }

  private static void context(StringBuilder md, Run run) {
    MachineInfo m = run.machine();
    md.append("| | |\n| --- | --- |\n");
    row(md, "Date (UTC)", DATE.format(run.date()));
    row(md, "Machine", m.cpuModel() + ", " + m.logicalCpus() + " logical CPUs, " + m.memory());
    row(md, "OS", m.os() + " (" + m.kernel() + ")");
    String firstVersionLine = run.javaVersion().strip().lines().findFirst().orElse("");
    Set<String> vms = new LinkedHashSet<>();
    for (JmhResult r : run.jmh()) {
      vms.add(r.settings().vm() + ", java.version " + r.settings().jdkVersion());
    }
    String jdk =
        (firstVersionLine.isEmpty() ? "" : firstVersionLine + "; ")
            + (vms.isEmpty() ? "" : String.join("; ", vms));
    row(md, "JDK", jdk.isEmpty() ? "unknown" : jdk);
    row(md, "JMH", jmhSettings(run.jmh()));
    run.sodium()
        .ifPresent(
            s ->
                row(
                    md,
                    "libsodium",
                    s.version()
                        + ", C (gcc -O2), one thread; "
                        + iterationsOf(s)
                        + " timed iterations"
                        + (Double.isNaN(s.secondsPerIteration())
                            ? ""
                            : " × " + seconds(s.secondsPerIteration()))
                        + " per operation after warm-up"));
    if (!run.javaVersion().isBlank()) {
      md.append("\n`java -version`:\n\n```\n").append(run.javaVersion().strip()).append("\n```\n");
    }
  }

  private static String iterationsOf(SodiumResults s) {
    Set<Integer> counts = new LinkedHashSet<>();
    s.results().forEach(r -> counts.add(r.opsPerSecond().size()));
    return counts.size() == 1 ? counts.iterator().next().toString() : counts.toString();
  }

  /** The JMH settings, once if every benchmark ran with the same, else each distinct one. */
  static String jmhSettings(List<JmhResult> results) {
    Set<String> distinct = new LinkedHashSet<>();
    for (JmhResult r : results) {
      JmhResult.Settings s = r.settings();
      distinct.add(
          "JMH "
              + s.jmhVersion()
              + ", mode "
              + r.mode()
              + ", "
              + s.forks()
              + (s.forks() == 1 ? " fork, " : " forks, ")
              + s.warmupIterations()
              + " × "
              + s.warmupTime()
              + " warm-up, "
              + s.measurementIterations()
              + " × "
              + s.measurementTime()
              + " measurement, "
              + s.threads()
              + (s.threads() == 1 ? " thread" : " threads")
              + ", JVM args: "
              + (s.jvmArgs().isBlank() ? "none" : s.jvmArgs()));
    }
    return distinct.isEmpty() ? "no results" : String.join("; ", distinct);
  }

  private void results(StringBuilder md, List<JmhResult> results) {
    md.append("| benchmark | ops/s | ± error | target | verdict |\n");
    md.append("| --- | ---: | ---: | ---: | --- |\n");
    List<String> missed = new ArrayList<>();
    int targeted = 0;
    for (JmhResult r : results) {
      Optional<Target> target = target(r);
      Optional<Target.Verdict> verdict = target.map(t -> t.verdict(r.score()));
      if (target.isPresent()) {
        targeted++;
        if (verdict.get() == Target.Verdict.NOT_MET) {
          missed.add(r.label());
        }
      }
      md.append("| ")
          .append(cell(r.label()))
          .append(" | ")
          .append(opsPerSecond(r.score()))
          .append(" | ")
          .append(error(r.error(), r.score()))
          .append(" | ")
          .append(target.map(t -> "≥ " + opsPerSecond(t.minOpsPerSecond())).orElse(""))
          .append(" | ")
          .append(verdict.map(v -> "**" + v.label() + "**").orElse(""))
          .append(" |\n");
    }
    md.append('\n');
    if (targeted == 0) {
      md.append("No targeted benchmark was run.\n");
    } else if (missed.isEmpty()) {
      md.append("Targets: all ").append(targeted).append(" targeted results met their target.\n");
    } else {
      md.append("Targets: ")
          .append(targeted - missed.size())
          .append(" of ")
          .append(targeted)
          .append(" met; not met: ")
          .append(String.join(", ", missed))
          .append(".\n");
    }
    md.append(
        "\n± error is JMH's 99.9 % confidence half-width (n/a when there are too few"
            + " iterations); the verdict compares the mean score with the target.\n");
  }

  private static void sodium(StringBuilder md, SodiumResults s) {
    md.append("| operation | ops/s | ± sd | iterations |\n");
    md.append("| --- | ---: | ---: | ---: |\n");
    for (SodiumResult r : s.results()) {
      md.append("| ")
          .append(cell(r.name()))
          .append(" | ")
          .append(opsPerSecond(r.mean()))
          .append(" | ")
          .append(error(r.standardDeviation(), r.mean()))
          .append(" | ")
          .append(r.opsPerSecond().size())
          .append(" |\n");
    }
    md.append("\n± sd is the standard deviation of the per-iteration rates.\n");
  }

  private void ratios(StringBuilder md, List<JmhResult> jmh, SodiumResults s) {
    md.append("| operation | Java benchmark | Java ops/s | libsodium ops/s | Java / libsodium |\n");
    md.append("| --- | --- | ---: | ---: | ---: |\n");
    int rows = 0;
    for (Comparison c : comparisons) {
      Optional<JmhResult> java =
          jmh.stream().filter(r -> r.shortName().equals(c.javaBenchmark())).findFirst();
      Optional<SodiumResult> sodium = s.find(c.sodiumName());
      if (java.isEmpty() || sodium.isEmpty()) {
        continue;
      }
      double ratio = Comparison.ratio(java.get().score(), sodium.get().mean());
      md.append("| ")
          .append(cell(c.operation()))
          .append(" | ")
          .append(cell(c.javaBenchmark()))
          .append(" | ")
          .append(opsPerSecond(java.get().score()))
          .append(" | ")
          .append(opsPerSecond(sodium.get().mean()))
          .append(" | ")
          .append(ratio(ratio))
          .append(" |\n");
      rows++;
    }
    if (rows == 0) {
      md.append("| (no operation was measured on both sides) | | | | |\n");
    }
    md.append(
        "\nJava / libsodium is Java's throughput divided by libsodium's: 1.00 is parity, 0.50 means"
            + " libsodium does twice as many operations per second.\n");
  }

  /** {@code 412,345} for rates from 100 up, {@code 12.3} below. */
  static String opsPerSecond(double value) {
    return number(value, value);
  }

  /**
   * {@code ± 1,234}, or {@code n/a} for NaN; with the precision of the {@code score} it belongs to.
   */
  static String error(double value, double score) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : "± " + number(value, score);
  }

  /** {@code value} without decimals when {@code magnitude} is 100 or more, else with one. */
  private static String number(double value, double magnitude) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    String pattern = Math.abs(magnitude) >= 100 ? "#,##0" : "#,##0.0";
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  /** {@code 0.36 (libsodium 2.8× faster)}, {@code 1.25 (Java 1.3× faster)}, {@code 1.00}. */
  static String ratio(double ratio) {
    if (Double.isNaN(ratio)) {
      return "n/a";
    }
    String value = String.format(Locale.ROOT, "%.2f", ratio);
    if (value.equals("1.00")) {
      return value + " (parity)";
    }
    return ratio < 1
        ? value + String.format(Locale.ROOT, " (libsodium %.1f× faster)", 1 / ratio)
        : value + String.format(Locale.ROOT, " (Java %.1f× faster)", ratio);
  }

  private static String seconds(double s) {
    return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
  }

  /** A table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
