package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class TextCommentTest {
  @Test
  void helloIsTheSection14PayloadCell() {
    Cell cell = TextComment.of("hello").toCell();

    assertThat(cell.hash().toHex())
        .isEqualTo("551f6c3e8d7ae7d9b3ac53bca9b6f82cff322fb16113820776d14a3f93b93951");
    assertThat(TextComment.of("hello").toBase64())
        .isEqualTo(
            Base64s.encodeStandard(
                CellFixtures.hex("b5ee9c7241010101000b0000120000000068656c6c6f9a0d6a79")));
  }

  @Test
  void firstCellHolds123BytesAndEachContinuation127() {
    String text = "é".repeat(200); // 400 bytes, every character two bytes
    Cell cell = TextComment.of(text).toCell();

    assertThat(cell.bitLength()).isEqualTo(32 + 123 * 8);
    assertThat(cell.ref(0).bitLength()).isEqualTo(127 * 8);
    assertThat(cell.ref(0).ref(0).bitLength()).isEqualTo(127 * 8);
    assertThat(cell.ref(0).ref(0).ref(0).bitLength()).isEqualTo((400 - 123 - 254) * 8);
    assertThat(TextComment.fromCell(cell).text()).isEqualTo(text);
    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(400);
  }

  @Test
  void emptyCommentIsJustTheOp() {
    Cell cell = TextComment.of("").toCell();

    assertThat(cell.bitLength()).isEqualTo(32);
    assertThat(cell.refCount()).isZero();
    assertThat(TextComment.fromCell(cell).text()).isEmpty();
  }

  @Test
  void rejectsABodyWithAnotherOp() {
    Cell jettonTransfer = CellBuilder.beginCell().storeUint(0x0f8a7ea5L, 32).endCell();

    assertThatThrownBy(() -> TextComment.fromCell(jettonTransfer))
        .isInstanceOf(CellLayoutException.UnexpectedTag.class)
        .hasMessageContaining("0x0f8a7ea5");
  }

  @Test
  void rejectsABodyShorterThanTheOp() {
    assertThatThrownBy(
            () -> TextComment.fromCell(CellBuilder.beginCell().storeUint(0, 16).endCell()))
        .isInstanceOf(CellUnderflowException.NotEnoughBits.class);
  }

  @Test
  void rejectsAnExoticBody() {
    assertThatThrownBy(() -> TextComment.fromCell(Cell.library(Bytes.of(new byte[32]))))
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
  }

  @Test
  void malformedUtf8IsReplacedLikeJavaScriptDoes() {
    Cell cell =
        CellBuilder.beginCell()
            .storeUint(0, 32)
            .storeBytes(new byte[] {'a', (byte) 0xff})
            .endCell();

    assertThat(TextComment.fromCell(cell).text()).isEqualTo("a\uFFFD");
  }

  @Test
  void isAValue() {
    EqualsVerifier.forClass(TextComment.class).suppress(Warning.NULL_FIELDS).verify();
    assertThatThrownBy(() -> TextComment.of(null)).isInstanceOf(NullPointerException.class);
  }
}
