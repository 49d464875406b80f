package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void ratioIsJavaOverLibsodium() {
    assertThat(Comparison.ratio(400_000, 1_000_000)).isEqualTo(0.4);
    assertThat(Comparison.ratio(30_000, 15_000)).isEqualTo(2.0);
  }

  @Test
  void ratioWithoutALibsodiumRateIsNan() {
    assertThat(Comparison.ratio(1_000, 0)).isNaN();
    assertThat(Comparison.ratio(1_000, Double.NaN)).isNaN();
  }

  @Test
  void defaultPairsStartWithTheTwoTheIssueAsksFor() {
    assertThat(Comparison.DEFAULT.get(0).sodiumName()).isEqualTo("box_open_300B");
    assertThat(Comparison.DEFAULT.get(1).sodiumName()).isEqualTo("ed25519_verify");
    assertThat(Comparison.DEFAULT)
        .extracting(Comparison::javaBenchmark)
        .allMatch(name -> name.startsWith("SessionCryptoBenchmark."));
  }
}
