package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateReportTest {
  private static final Instant NOW = Instant.parse("2026-05-06T07:08:09Z");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void writesTheReportFromTheRunFiles() throws IOException {
    Path jmh = write("jmh.json", Samples.jmhJson());
    Path sodium = write("sodium.txt", String.join("\n", Samples.sodiumLines()));
    Path java = write("java-version.txt", "openjdk version \"25.0.3\"\n");
    Path out = dir.resolve("nested/report.md");

    Path written =
        GenerateReport.run(
            new String[] {
              "--jmh", jmh.toString(),
              "--sodium", sodium.toString(),
              "--java-version", java.toString(),
              "--out", out.toString()
            },
            Samples.machine(),
            NOW);

    assertThat(written).isEqualTo(out);
    String md = Files.readString(out);
    assertThat(md)
        .startsWith("### Benchmark run of 2026-05-06 07:08 UTC")
        .contains("| JDK | openjdk version \"25.0.3\";")
        .contains("**not met**")
        .contains("0.36 (libsodium 2.7× faster)");
  }

  @Test
  void missingSodiumFileAndExplicitDateAndHeadingLevel() throws IOException {
    Path jmh = write("jmh.json", Samples.jmhJson());
    Path out = dir.resolve("report.md");

    GenerateReport.run(
        new String[] {
          "--jmh", jmh.toString(),
          "--sodium", dir.resolve("absent.txt").toString(),
          "--date", "2025-12-31T23:59:00Z",
          "--heading-level", "2",
          "--out", out.toString()
        },
        Samples.machine(),
        NOW);

    String md = Files.readString(out);
    assertThat(md).startsWith("## Benchmark run of 2025-12-31 23:59 UTC");
    assertThat(md).contains("Not measured in this run.");
  }

  @Test
  void rejectsUnknownOptionsAndMissingRequiredOnes() {
    assertThatThrownBy(
            () -> GenerateReport.run(new String[] {"--jmh", "x", "--bogus", "y"}, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--bogus");
    assertThatThrownBy(() -> GenerateReport.run(new String[] {"--jmh", "x"}, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("required");
    assertThatThrownBy(() -> GenerateReport.run(new String[] {"--out"}, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a value");
  }
}
