package io.tcgateway.benchmarks.load;

import java.util.Arrays;

/**
 * Every latency of a measurement window in nanoseconds, kept whole (a 30 s window at 30,000/s is
 * under 8 MB), so that percentiles are exact: nearest rank of the sorted values.
 */
final class Latencies {
  private long[] values = new long[1 << 16];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  Summary summary() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    double sum = 0;
    for (long value : sorted) {
      sum += value;
    }
    return new Summary(
        size,
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        rank(sorted, 0.999),
        size == 0 ? 0 : sorted[size - 1],
        size == 0 ? 0 : sum / size);
  }

  private static long rank(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Percentiles and mean in nanoseconds; all 0 when nothing was recorded. */
  record Summary(int count, long p50, long p90, long p99, long p999, long max, double mean) {}
}
