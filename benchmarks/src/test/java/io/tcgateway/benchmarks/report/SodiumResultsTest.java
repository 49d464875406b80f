package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SodiumResultsTest {

  @Test
  void readsVersionSettingsAndEveryOperationSkippingNoise() {
    SodiumResults results = SodiumResults.parse(Samples.sodiumLines());

    assertThat(results.version()).isEqualTo("1.0.18");
    assertThat(results.secondsPerIteration()).isEqualTo(2.0);
    assertThat(results.results())
        .extracting(SodiumResult::name)
        .containsExactly(
            "box_open_300B", "box_seal_300B", "box_beforenm", "x25519", "ed25519_verify");
    SodiumResult open = results.find("box_open_300B").orElseThrow();
    assertThat(open.mean()).isEqualTo(1_130_000.0);
    assertThat(open.opsPerSecond()).containsExactly(1_100_000.0, 1_130_000.0, 1_160_000.0);
  }

  @Test
  void standardDeviationIsTheSampleDeviationOfTheIterations() {
    SodiumResults results = SodiumResults.parse(Samples.sodiumLines());

    assertThat(results.find("box_open_300B").orElseThrow().standardDeviation())
        .isCloseTo(30_000.0, within(1e-6));
    assertThat(results.find("ed25519_verify").orElseThrow().standardDeviation()).isZero();
    assertThat(new SodiumResult("one", List.of(5.0), 5.0).standardDeviation()).isNaN();
  }

  @Test
  void outputWithoutHeaderHasUnknownVersionAndSettings() {
    SodiumResults results =
        SodiumResults.parse(
            List.of("{\"benchmark\":\"x25519\",\"opsPerSecond\":[10,20],\"mean\":15}"));

    assertThat(results.version()).isEqualTo("unknown");
    assertThat(results.secondsPerIteration()).isNaN();
    assertThat(results.find("x25519")).isPresent();
    assertThat(results.find("ed25519_verify")).isEmpty();
  }

  @Test
  void rejectsMalformedJsonLineAndResultWithoutMean() {
    assertThatThrownBy(() -> SodiumResults.parse(List.of("{\"benchmark\": ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () -> SodiumResults.parse(List.of("{\"benchmark\":\"x25519\",\"opsPerSecond\":[1]}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean");
  }
}
