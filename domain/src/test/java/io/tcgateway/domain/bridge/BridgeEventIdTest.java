package io.tcgateway.domain.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BridgeEventIdTest {

  @Test
  void decimalIdsCompareAsNumbersNotAsText() {
    BridgeEventId nine = BridgeEventId.of(9);
    BridgeEventId ten = new BridgeEventId("10");
    assertThat(ten.isAfter(nine)).isTrue();
    assertThat(nine.isAfter(ten)).isFalse();
    assertThat(ten.isAfter(ten)).isFalse();
    assertThat(nine.latest(ten)).isEqualTo(ten);
    assertThat(ten.latest(nine)).isEqualTo(ten);
  }

  @Test
  void referenceBridgeIdsFitInALong() {
    BridgeEventId id = new BridgeEventId("1756974843535448");
    assertThat(id.isNumeric()).isTrue();
    assertThat(id.isAfter(new BridgeEventId("1756974843535447"))).isTrue();
  }

  @Test
  void opaqueIdsOnlyKnowDifferent() {
    BridgeEventId a = new BridgeEventId("a-1");
    BridgeEventId b = new BridgeEventId("b-0");
    assertThat(a.isNumeric()).isFalse();
    assertThat(b.isAfter(a)).isTrue();
    assertThat(a.isAfter(b)).isTrue();
    assertThat(a.isAfter(new BridgeEventId("a-1"))).isFalse();
    assertThat(new BridgeEventId("99999999999999999999").isNumeric()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1 2", "1,2", "line\nbreak", "é"})
  void rejectsIdsAnSseLineOrAQueryCannotCarry(String text) {
    assertThatThrownBy(() -> new BridgeEventId(text))
        .isInstanceOf(BridgeFormatException.InvalidEventId.class);
  }

  @Test
  void rejectsOverlongIds() {
    assertThatThrownBy(() -> new BridgeEventId("1".repeat(BridgeEventId.MAX_LENGTH + 1)))
        .isInstanceOf(BridgeFormatException.InvalidEventId.class);
  }
}
