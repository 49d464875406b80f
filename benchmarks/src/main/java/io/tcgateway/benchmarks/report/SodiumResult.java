package io.tcgateway.benchmarks.report;

import java.util.List;
import java.util.Objects;

/**
 * One operation measured by {@code native/sodium_bench.c}.
 *
 * @param name the operation, e.g. {@code box_open_300B}
 * @param opsPerSecond the rate of each timed iteration
 * @param mean the mean rate the program printed
 */
public record SodiumResult(String name, List<Double> opsPerSecond, double mean) {
  public SodiumResult {
    Objects.requireNonNull(name, "name");
    opsPerSecond = List.copyOf(opsPerSecond);
  }

  /** Sample standard deviation of the iteration rates; {@code NaN} with fewer than two. */
  public double standardDeviation() {
    int n = opsPerSecond.size();
    if (n < 2) {
      return Double.NaN;
    }
    double average = opsPerSecond.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = 0;
    for (double rate : opsPerSecond) {
      squares += (rate - average) * (rate - average);
    }
    return Math.sqrt(squares / (n - 1));
  }
}
