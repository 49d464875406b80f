package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class BocLimitsTest {
  @Test
  void defaultsLeaveRoomForTheLargestTonMessage() {
    assertThat(BocLimits.DEFAULT.maxCells()).isEqualTo(16_384);
    assertThat(BocLimits.DEFAULT.maxInputBytes()).isEqualTo(1 << 20);
  }

  @Test
  void rejectsNonPositiveLimits() {
    assertThatThrownBy(() -> BocLimits.of(0, 1)).hasMessageContaining("maxCells");
    assertThatThrownBy(() -> BocLimits.of(1, 0)).hasMessageContaining("maxInputBytes");
  }

  @Test
  void limitsAndWriteOptionsAreValues() {
    // EqualsVerifier cannot build a BocLimits (it insists on a zero limit), so check by hand.
    assertThat(BocLimits.of(5, 6))
        .isEqualTo(BocLimits.of(5, 6))
        .hasSameHashCodeAs(BocLimits.of(5, 6));
    assertThat(BocLimits.of(5, 6))
        .isNotEqualTo(BocLimits.of(5, 7))
        .isNotEqualTo(BocLimits.of(4, 6));
    EqualsVerifier.forClass(BocWriteOptions.class).verify();
    assertThat(BocWriteOptions.of(true, true)).isEqualTo(BocWriteOptions.INDEXED_CRC32C);
  }
}
