package io.tcgateway.benchmarks.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One entry of JMH's JSON result file ({@code -rf json}): a benchmark method with one set of
 * parameters, its primary score and the run settings.
 *
 * @param benchmark fully qualified method, {@code io.tcgateway.benchmarks.X.method}
 * @param params the {@code @Param} values, in JMH's order; empty without parameters
 * @param mode JMH mode ({@code thrpt}, ...)
 * @param score the primary metric
 * @param error the 99.9% confidence half-width JMH reports; {@code NaN} when it has too few
 *     iterations to compute one
 * @param unit the score unit ({@code ops/s})
 * @param settings how the benchmark was run
 */
public record JmhResult(
    String benchmark,
    Map<String, String> params,
    String mode,
    double score,
    double error,
    String unit,
    Settings settings) {

  /**
   * How JMH ran a benchmark, with the JVM it forked.
   *
   * @param forks forks
   * @param threads threads
   * @param warmupIterations warm-up iterations per fork
   * @param warmupTime duration of one warm-up iteration, as JMH writes it ({@code "2 s"})
   * @param measurementIterations measured iterations per fork
   * @param measurementTime duration of one measured iteration
   * @param jmhVersion JMH version
   * @param jdkVersion {@code java.version} of the forked JVM
   * @param vm VM name and version of the forked JVM
   * @param jvmArgs extra JVM arguments, space separated, empty if none
   */
  public record Settings(
      int forks,
      int threads,
      int warmupIterations,
      String warmupTime,
      int measurementIterations,
      String measurementTime,
      String jmhVersion,
      String jdkVersion,
      String vm,
      String jvmArgs) {}

  public JmhResult {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(settings, "settings");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** {@code Class.method}: the fully qualified name without its package. */
  public String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
    return benchmark.substring(type + 1);
  }

  /** {@link #shortName()} followed by the parameters, e.g. {@code X.verify (wallet=v4r2)}. */
  public String label() {
    if (params.isEmpty()) {
      return shortName();
    }
    return shortName()
        + params.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", " (", ")"));
  }
}
