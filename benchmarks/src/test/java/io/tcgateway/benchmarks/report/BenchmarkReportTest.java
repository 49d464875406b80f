package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
  private static final Instant DATE = Instant.parse("2026-01-02T03:04:05Z");
  private static final String JAVA_VERSION =
      """
      openjdk version "25.0.3" 2026-04-21 LTS
      OpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)
      """;

  private final BenchmarkReport report = BenchmarkReport.withIssueTargets();

  private String render(Optional<SodiumResults> sodium) {
    BenchmarkReport.Run run =
        new BenchmarkReport.Run(
            DATE, Samples.machine(), JAVA_VERSION, JmhResults.parse(Samples.jmhJson()), sodium);
    return report.render(run, 3);
  }

  private String fullReport() {
    return render(Optional.of(SodiumResults.parse(Samples.sodiumLines())));
  }

  @Test
  void describesDateMachineJdkAndSettings() {
    String md = fullReport();

    assertThat(md).startsWith("### Benchmark run of 2026-01-02 03:04 UTC\n");
    assertThat(md)
        .contains("| Date (UTC) | 2026-01-02 03:04 UTC |")
        .contains("| Machine | AMD EPYC 7B13, 2 logical CPUs, 22.9 GiB RAM |")
        .contains("| OS | Debian GNU/Linux 12 (bookworm) (Linux 6.1.0 amd64) |")
        .contains(
            "| JDK | openjdk version \"25.0.3\" 2026-04-21 LTS; OpenJDK 64-Bit Server VM"
                + " 25.0.3+9-LTS, java.version 25.0.3 |")
        .contains(
            "| JMH | JMH 1.37, mode thrpt, 1 fork, 5 × 2 s warm-up, 5 × 2 s measurement,"
                + " 1 thread, JVM args: none |")
        .contains(
            "| libsodium | 1.0.18, C (gcc -O2), one thread; 3 timed iterations × 2 s per"
                + " operation after warm-up |")
        .contains("```\n" + JAVA_VERSION.strip() + "\n```");
  }

  @Test
  void listsEveryResultWithTargetAndVerdict() {
    String md = fullReport();

    assertThat(md)
        .contains("#### JMH results (ops/s, one thread, higher is better)")
        .contains("| benchmark | ops/s | ± error | target | verdict |")
        .contains(
            "| SessionCryptoBenchmark.boxOpen300 | 412,346 | ± 10,234 | ≥ 200,000 | **met** |")
        .contains("| SessionCryptoBenchmark.ed25519Verify | 14,000 | n/a |  |  |")
        .contains("| TonProofBenchmark.verify (wallet=v4r2) | 9,100 | ± 300 | ≥ 8,000 | **met** |")
        .contains(
            "| TonProofBenchmark.verify (wallet=v5r1) | 7,850 | ± 250 | ≥ 8,000 | **not met** |")
        .contains("| CellTreeBenchmark.buildAndHash | 97,153 | ± 2,000 |  |  |")
        .contains("Targets: 2 of 3 met; not met: TonProofBenchmark.verify (wallet=v5r1).");
  }

  @Test
  void verdictIsOnlyGivenForTargetedBenchmarks() {
    List<JmhResult> results = JmhResults.parse(Samples.jmhJson());

    assertThat(report.verdict(results.get(0))).contains(Target.Verdict.MET);
    assertThat(report.verdict(results.get(4))).contains(Target.Verdict.NOT_MET);
    assertThat(report.verdict(results.get(5))).isEmpty();
  }

  @Test
  void allTargetsMetIsSaidSo() {
    List<JmhResult> met =
        JmhResults.parse(Samples.jmhJson()).stream()
            .filter(r -> !r.label().endsWith("(wallet=v5r1)"))
            .toList();
    String md =
        report.render(
            new BenchmarkReport.Run(DATE, Samples.machine(), "", met, Optional.empty()), 2);

    assertThat(md).contains("Targets: all 2 targeted results met their target.");
    assertThat(md).startsWith("## Benchmark run").contains("\n### JMH results");
  }

  @Test
  void tablesLibsodiumAndTheRatios() {
    String md = fullReport();

    assertThat(md)
        .contains("#### libsodium (C, same machine, same run)")
        .contains("| box_open_300B | 1,130,000 | ± 30,000 | 3 |")
        .contains("| ed25519_verify | 28,000 | ± 0 | 3 |")
        .contains("#### Java / libsodium")
        .contains(
            "| box open, 300 B, cached key | SessionCryptoBenchmark.boxOpen300 | 412,346 |"
                + " 1,130,000 | 0.36 (libsodium 2.7× faster) |")
        .contains(
            "| Ed25519 verify, 32 B | SessionCryptoBenchmark.ed25519Verify | 14,000 | 28,000 |"
                + " 0.50 (libsodium 2.0× faster) |")
        .contains(
            "| X25519 agreement | SessionCryptoBenchmark.x25519Agreement | 5,300 | 24,300 |"
                + " 0.22 (libsodium 4.6× faster) |");
  }

  @Test
  void operationsMeasuredOnOneSideOnlyHaveNoRatio() {
    String md = fullReport();

    assertThat(md).contains("| box_seal_300B | 1,270,000 |");
    assertThat(md).doesNotContain("| box seal, 300 B, cached key |");
    assertThat(md).doesNotContain("box key derivation (beforenm) |");
  }

  @Test
  void withoutLibsodiumTheReportSaysSoAndHasNoRatios() {
    String md = render(Optional.empty());

    assertThat(md).contains("Not measured in this run.");
    assertThat(md).doesNotContain("Java / libsodium").doesNotContain("| libsodium |");
  }

  @Test
  void formatsNumbers() {
    assertThat(BenchmarkReport.opsPerSecond(1_234_567.5)).isEqualTo("1,234,568");
    assertThat(BenchmarkReport.opsPerSecond(12.34)).isEqualTo("12.3");
    assertThat(BenchmarkReport.opsPerSecond(Double.NaN)).isEqualTo("n/a");
    assertThat(BenchmarkReport.error(Double.NaN, 10_000)).isEqualTo("n/a");
    assertThat(BenchmarkReport.error(1500, 10_000)).isEqualTo("± 1,500");
    assertThat(BenchmarkReport.error(0, 10_000)).isEqualTo("± 0");
    assertThat(BenchmarkReport.error(1.25, 42)).isEqualTo("± 1.2");
    assertThat(BenchmarkReport.ratio(1.0)).isEqualTo("1.00 (parity)");
    assertThat(BenchmarkReport.ratio(2.0)).isEqualTo("2.00 (Java 2.0× faster)");
    assertThat(BenchmarkReport.ratio(0.25)).isEqualTo("0.25 (libsodium 4.0× faster)");
    assertThat(BenchmarkReport.ratio(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void escapesPipesInTableCells() {
    assertThat(BenchmarkReport.cell("a|b\nc")).isEqualTo("a\\|b c");
  }

  @Test
  void differingSettingsAreEachListed() {
    List<JmhResult> results = JmhResults.parse(Samples.jmhJson());
    JmhResult first = results.get(0);
    JmhResult.Settings s = first.settings();
    JmhResult twoForks =
        new JmhResult(
            first.benchmark(),
            first.params(),
            first.mode(),
            first.score(),
            first.error(),
            first.unit(),
            new JmhResult.Settings(
                2,
                s.threads(),
                s.warmupIterations(),
                s.warmupTime(),
                s.measurementIterations(),
                s.measurementTime(),
                s.jmhVersion(),
                s.jdkVersion(),
                s.vm(),
                "-Xmx1g"));

    assertThat(BenchmarkReport.jmhSettings(List.of(first, twoForks)))
        .contains("1 fork,")
        .contains("; JMH 1.37, mode thrpt, 2 forks,")
        .endsWith("JVM args: -Xmx1g");
  }

  @Test
  void headingLevelMustLeaveRoomForSections() {
    BenchmarkReport.Run run =
        new BenchmarkReport.Run(DATE, Samples.machine(), "", List.of(), Optional.empty());

    assertThatThrownBy(() -> report.render(run, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThat(report.render(run, 1)).contains("No targeted benchmark was run.");
  }
}
