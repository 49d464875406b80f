package io.tcgateway.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample inputs under {@code src/test/resources/report}. */
final class Samples {
  private Samples() {}

  /** A JMH JSON file of six results: targets met and missed, a NaN error, parameters. */
  static String jmhJson() {
    return resource("/report/jmh-sample.json");
  }

  /** sodium_bench output with a noise line in front. */
  static List<String> sodiumLines() {
    return resource("/report/sodium-sample.txt").lines().toList();
  }

  static MachineInfo machine() {
    return new MachineInfo(
        "AMD EPYC 7B13", 2, 24_000_000L, "Debian GNU/Linux 12 (bookworm)", "Linux 6.1.0 amd64");
  }

  static String resource(String path) {
    try (InputStream in = Samples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
