package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhResultsTest {

  @Test
  void readsEveryEntryWithScoreErrorAndParameters() {
    List<JmhResult> results = JmhResults.parse(Samples.jmhJson());

    assertThat(results).hasSize(6);
    JmhResult boxOpen = results.get(0);
    assertThat(boxOpen.benchmark())
        .isEqualTo("io.tcgateway.benchmarks.SessionCryptoBenchmark.boxOpen300");
    assertThat(boxOpen.shortName()).isEqualTo("SessionCryptoBenchmark.boxOpen300");
    assertThat(boxOpen.label()).isEqualTo("SessionCryptoBenchmark.boxOpen300");
    assertThat(boxOpen.params()).isEmpty();
    assertThat(boxOpen.mode()).isEqualTo("thrpt");
    assertThat(boxOpen.score()).isEqualTo(412345.6);
    assertThat(boxOpen.error()).isEqualTo(10234.4);
    assertThat(boxOpen.unit()).isEqualTo("ops/s");

    JmhResult w5 = results.get(4);
    assertThat(w5.params()).isEqualTo(Map.of("wallet", "v5r1"));
    assertThat(w5.label()).isEqualTo("TonProofBenchmark.verify (wallet=v5r1)");
  }

  @Test
  void jmhsNanStringIsANanError() {
    JmhResult ed25519 = JmhResults.parse(Samples.jmhJson()).get(1);

    assertThat(ed25519.shortName()).isEqualTo("SessionCryptoBenchmark.ed25519Verify");
    assertThat(ed25519.error()).isNaN();
  }

  @Test
  void readsTheRunSettings() {
    JmhResult.Settings settings = JmhResults.parse(Samples.jmhJson()).get(0).settings();

    assertThat(settings)
        .isEqualTo(
            new JmhResult.Settings(
                1,
                1,
                5,
                "2 s",
                5,
                "2 s",
                "1.37",
                "25.0.3",
                "OpenJDK 64-Bit Server VM 25.0.3+9-LTS",
                ""));
  }

  @Test
  void rejectsTextThatIsNotAJsonArray() {
    assertThatThrownBy(() -> JmhResults.parse("{\"benchmark\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("array");
    assertThatThrownBy(() -> JmhResults.parse("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void rejectsAnEntryWithoutPrimaryMetric() {
    assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\"}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.B.c")
        .hasMessageContaining("primaryMetric");
  }

  @Test
  void emptyArrayIsNoResults() {
    assertThat(JmhResults.parse("[]")).isEmpty();
  }
}
