package io.tcgateway.benchmarks.report;

import java.util.List;
import java.util.Objects;

/**
 * A throughput the issue requires of one benchmark (every parameter set of it), per thread.
 *
 * @param benchmark {@link JmhResult#shortName()} of the benchmark, e.g. {@code
 *     SessionCryptoBenchmark.boxOpen300}
 * @param minOpsPerSecond the score must be at least this
 */
public record Target(String benchmark, double minOpsPerSecond) {
  /** The issue's targets: box open ≥ 200,000 ops/s, ton_proof verify ≥ 8,000 ops/s. */
  public static final List<Target> ISSUE =
      List.of(
          new Target("SessionCryptoBenchmark.boxOpen300", 200_000),
          new Target("TonProofBenchmark.verify", 8_000));

  /** Whether a target was reached. */
  public enum Verdict {
    MET("met"),
    NOT_MET("not met");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** How the report writes it. */
    public String label() {
      return label;
    }
  }

  public Target {
    Objects.requireNonNull(benchmark, "benchmark");
    if (!(minOpsPerSecond > 0)) {
      throw new IllegalArgumentException("minOpsPerSecond must be positive");
    }
  }

  /** Whether this target is about {@code result}. */
  public boolean appliesTo(JmhResult result) {
    return result.shortName().equals(benchmark);
  }

  /**
   * {@link Verdict#MET} when the mean score reaches the target. The error bar is shown next to it
   * in the report but does not change the verdict.
   */
  public Verdict verdict(double opsPerSecond) {
    return opsPerSecond >= minOpsPerSecond ? Verdict.MET : Verdict.NOT_MET;
  }
}
