package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import org.junit.jupiter.api.Test;

class CellTest {
  private static final Bytes W5_BETA_CODE_HASH =
      Bytes.fromHex("e4cf3b2f4c6d6a61ea0f2b5447d266785b26af3637db2deee6bcd1aa826f3412");
  private static final Bytes W5R1_CODE_HASH =
      Bytes.fromHex("20834b7b72b112147e1b2fb457b84e74d1a30f04f737d4f62a668e9552d2b72f");

  @Test
  void emptyCellHasTheWellKnownHash() {
    assertThat(Cell.empty().hash().toHex())
        .isEqualTo("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
    assertThat(Cell.empty().depth()).isZero();
    assertThat(Cell.empty().bitLength()).isZero();
    assertThat(Cell.empty().refs()).isEmpty();
    assertThat(CellBuilder.beginCell().endCell()).isEqualTo(Cell.empty());
  }

  @Test
  void libraryCellOfW5BetaHashesToTheStoredCodeHashOfSection8() {
    Cell library = Cell.library(W5_BETA_CODE_HASH);

    assertThat(library.hash().toHex())
        .isEqualTo("f3d7ca53493deedac28b381986a849403cbac3d2c584779af081065af0ac4b93");
    assertThat(library.type()).isEqualTo(CellType.LIBRARY);
    assertThat(library.isExotic()).isTrue();
    assertThat(library.bitLength()).isEqualTo(264);
    assertThat(library.libraryHash()).contains(W5_BETA_CODE_HASH);
  }

  @Test
  void libraryCellOfW5R1HashesToTheComputedValueOfSection8() {
    assertThat(Cell.library(W5R1_CODE_HASH).hash().toHex())
        .isEqualTo("44b96c52eaa2e18b272629e6e496004d08e0c364c1835a7418b92fb7585a2ed1");
  }

  @Test
  void libraryCellDiffersFromAnOrdinaryCellWithTheSameBits() {
    Cell library = Cell.library(W5R1_CODE_HASH);
    Cell ordinary = CellBuilder.beginCell().storeUint(2, 8).storeBytes(W5R1_CODE_HASH).endCell();

    assertThat(ordinary.data()).isEqualTo(library.data());
    assertThat(ordinary).isNotEqualTo(library);
    assertThat(ordinary.libraryHash()).isEmpty();
  }

  @Test
  void libraryCellNeedsA32ByteHash() {
    assertThatThrownBy(() -> Cell.library(Bytes.fromHex("00")))
        .isInstanceOf(CellLayoutException.InvalidLibraryCell.class);
  }

  @Test
  void depthIsOnePlusTheDeepestReference() {
    Cell leaf = Cell.empty();
    Cell one = CellBuilder.beginCell().storeRef(leaf).endCell();
    Cell two = CellBuilder.beginCell().storeRef(one).endCell();
    Cell mixed = CellBuilder.beginCell().storeRef(leaf).storeRef(two).storeRef(one).endCell();

    assertThat(one.depth()).isEqualTo(1);
    assertThat(two.depth()).isEqualTo(2);
    assertThat(mixed.depth()).isEqualTo(3);
  }

  @Test
  void refusesToBuildACellDeeperThan1024() {
    Cell cell = Cell.empty();
    for (int i = 0; i < Cell.MAX_DEPTH; i++) {
      cell = CellBuilder.beginCell().storeRef(cell).endCell();
    }
    CellBuilder deeper = CellBuilder.beginCell().storeRef(cell);

    assertThatThrownBy(deeper::endCell).isInstanceOf(CellOverflowException.TooDeep.class);
  }

  @Test
  void equalityIsByContent() {
    Cell a = CellBuilder.beginCell().storeUint(5, 3).storeRef(Cell.empty()).endCell();
    Cell b = CellBuilder.beginCell().storeBit(true).storeBit(false).storeBit(true).endCell();
    Cell c = CellBuilder.beginCell().storeUint(5, 3).storeRef(Cell.empty()).endCell();

    assertThat(a).isEqualTo(c).hasSameHashCodeAs(c).isNotEqualTo(b).isNotEqualTo(null);
    assertThat(a).isNotEqualTo("x");
    assertThat(a.hash()).isEqualTo(c.hash());
  }

  @Test
  void dataIsLeftAlignedWithoutTheCompletionTag() {
    Cell cell = CellBuilder.beginCell().storeUint(0b101, 3).endCell();

    assertThat(cell.data().toHex()).isEqualTo("a0");
    assertThat(cell.bitLength()).isEqualTo(3);
  }

  @Test
  void printsFiftStyleData() {
    assertThat(CellBuilder.beginCell().storeUint(0xAB, 8).endCell()).hasToString("x{AB}");
    assertThat(CellBuilder.beginCell().storeUint(0xA, 4).endCell()).hasToString("x{A}");
    assertThat(CellBuilder.beginCell().storeUint(0b101, 3).endCell()).hasToString("x{B_}");
    assertThat(CellBuilder.beginCell().storeUint(0xAB, 8).storeBit(true).endCell())
        .hasToString("x{ABC_}");
    assertThat(CellBuilder.beginCell().storeUint(0x5F, 7).storeRef(Cell.empty()).endCell())
        .hasToString("x{BF_} +1 ref");
    assertThat(Cell.empty()).hasToString("x{}");
  }

  @Test
  void refAccessIsBoundsChecked() {
    Cell cell = CellBuilder.beginCell().storeRef(Cell.empty()).endCell();

    assertThat(cell.ref(0)).isEqualTo(Cell.empty());
    assertThatThrownBy(() -> cell.ref(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
