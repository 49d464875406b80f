package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final Target BOX_OPEN = Target.ISSUE.get(0);
  private static final Target TON_PROOF = Target.ISSUE.get(1);

  @Test
  void issueTargetsAreBoxOpenAndTonProofVerify() {
    assertThat(BOX_OPEN).isEqualTo(new Target("SessionCryptoBenchmark.boxOpen300", 200_000));
    assertThat(TON_PROOF).isEqualTo(new Target("TonProofBenchmark.verify", 8_000));
  }

  @Test
  void reachingTheTargetExactlyIsMetAndAnythingBelowIsNot() {
    assertThat(BOX_OPEN.verdict(200_000)).isEqualTo(Target.Verdict.MET);
    assertThat(BOX_OPEN.verdict(450_000)).isEqualTo(Target.Verdict.MET);
    assertThat(BOX_OPEN.verdict(199_999.9)).isEqualTo(Target.Verdict.NOT_MET);
    assertThat(TON_PROOF.verdict(7_999.5)).isEqualTo(Target.Verdict.NOT_MET);
    assertThat(Target.Verdict.NOT_MET.label()).isEqualTo("not met");
  }

  @Test
  void appliesToEveryParameterSetOfItsBenchmarkOnly() {
    List<JmhResult> results = JmhResults.parse(Samples.jmhJson());

    assertThat(results.stream().filter(TON_PROOF::appliesTo))
        .extracting(JmhResult::label)
        .containsExactly(
            "TonProofBenchmark.verify (wallet=v4r2)", "TonProofBenchmark.verify (wallet=v5r1)");
    assertThat(results.stream().filter(BOX_OPEN::appliesTo)).hasSize(1);
  }

  @Test
  void targetMustBePositive() {
    assertThatThrownBy(() -> new Target("X.y", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
