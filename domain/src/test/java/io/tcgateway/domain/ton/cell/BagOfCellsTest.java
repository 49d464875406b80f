package io.tcgateway.domain.ton.cell;

import static io.tcgateway.domain.ton.cell.CellFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class BagOfCellsTest {
  /** protocol.md §14.4: comment "hello". */
  private static final String HELLO_PLAIN = "b5ee9c7201010101000b0000120000000068656c6c6f";

  private static final String HELLO_CRC = "b5ee9c7241010101000b0000120000000068656c6c6f9a0d6a79";
  private static final String HELLO_IDX_CRC =
      "b5ee9c72c1010101000b000b00120000000068656c6c6ff7ce604d";
  private static final String HELLO_HASH =
      "551f6c3e8d7ae7d9b3ac53bca9b6f82cff322fb16113820776d14a3f93b93951";

  private static Cell hello() {
    return TextComment.of("hello").toCell();
  }

  @Test
  void writesTheSection14CommentInEveryForm() {
    assertThat(hello().hash().toHex()).isEqualTo(HELLO_HASH);
    assertThat(hex(BagOfCells.serialize(hello(), BocWriteOptions.PLAIN))).isEqualTo(HELLO_PLAIN);
    assertThat(hex(BagOfCells.serialize(hello(), BocWriteOptions.CRC32C))).isEqualTo(HELLO_CRC);
    assertThat(hex(BagOfCells.serialize(hello(), BocWriteOptions.INDEXED_CRC32C)))
        .isEqualTo(HELLO_IDX_CRC);
    assertThat(BagOfCells.serializeBase64(hello(), BocWriteOptions.PLAIN))
        .isEqualTo("te6ccgEBAQEACwAAEgAAAABoZWxsbw==");
  }

  @Test
  void readsTheSection14CommentInEveryForm() {
    for (String form : List.of(HELLO_PLAIN, HELLO_CRC, HELLO_IDX_CRC)) {
      assertThat(BagOfCells.deserializeSingleRoot(hex(form)).hash().toHex()).isEqualTo(HELLO_HASH);
    }
    assertThat(
            BagOfCells.deserializeSingleRootBase64("te6ccgEBAQEACwAAEgAAAABoZWxsbw==")
                .hash()
                .toHex())
        .isEqualTo(HELLO_HASH);
  }

  @Test
  void readsUrlSafeAndUnpaddedBase64() {
    String standard = Base64s.encodeStandard(hex(HELLO_CRC));
    String urlSafe = Base64s.encodeUrlSafeNoPadding(hex(HELLO_CRC));

    assertThat(BagOfCells.deserializeSingleRootBase64(standard)).isEqualTo(hello());
    assertThat(BagOfCells.deserializeSingleRootBase64(urlSafe)).isEqualTo(hello());
    assertThat(BagOfCells.deserializeBase64(urlSafe)).containsExactly(hello());
  }

  @Test
  void rejectsTextThatIsNotBase64() {
    assertThatThrownBy(() -> BagOfCells.deserializeBase64("te6cc*EB"))
        .isInstanceOf(BocFormatException.InvalidBase64.class);
    assertThatThrownBy(() -> BagOfCells.deserializeBase64(""))
        .isInstanceOf(BocFormatException.Empty.class);
  }

  @Test
  void rejectsBase64LongerThanTheInputLimit() {
    String big = "A".repeat(4 * 1000);

    assertThatThrownBy(() -> BagOfCells.deserializeBase64(big, BocLimits.of(10, 100)))
        .isInstanceOf(BocFormatException.InputTooLarge.class);
  }

  @Test
  void readsTheLegacyIndexedMagics() {
    // 68ff65f3 size off_bytes cells roots absent tot_cells_size index cell_data (root is cell 0)
    byte[] indexed = hex("68ff65f3" + "01" + "01" + "01" + "01" + "00" + "0b" + "0b" + CELL_HELLO);
    byte[] indexedCrc = withCrc(hex("acc3a728" + "0101010100" + "0b" + "0b" + CELL_HELLO));

    assertThat(BagOfCells.deserializeSingleRoot(indexed)).isEqualTo(hello());
    assertThat(BagOfCells.deserializeSingleRoot(indexedCrc)).isEqualTo(hello());
  }

  @Test
  void rejectsALegacyBocWithAWrongCrc() {
    byte[] indexedCrc = withCrc(hex("acc3a728" + "0101010100" + "0b" + "0b" + CELL_HELLO));
    indexedCrc[indexedCrc.length - 1] ^= 1;

    assertThatThrownBy(() -> BagOfCells.deserialize(indexedCrc))
        .isInstanceOf(BocFormatException.CrcMismatch.class);
  }

  private static final String CELL_HELLO = "0012" + "00000000" + "68656c6c6f";

  @Test
  void skipsStoredHashesAndDepthsWhenD1Has16() {
    // d1 = 0x10 (no refs, hashes stored), d2, 32-byte hash, uint16 depth, data
    String cell = "1012" + HELLO_HASH + "0000" + "0000000068656c6c6f";
    byte[] boc = hex("b5ee9c72" + "01" + "01" + "01" + "01" + "00" + "2d" + "00" + cell);

    assertThat(BagOfCells.deserializeSingleRoot(boc)).isEqualTo(hello());
  }

  @Test
  void readsSeveralRootsInRootListOrder() {
    Cell a = CellBuilder.beginCell().storeUint(0xA, 4).endCell();
    Cell b = CellBuilder.beginCell().storeUint(0xB, 4).endCell();
    // cells: 0 = a (0001a8), 1 = b (0001b8); roots listed as [1, 0]
    byte[] boc =
        hex(
            "b5ee9c72"
                + "01"
                + "01"
                + "02"
                + "02"
                + "00"
                + "06"
                + "01"
                + "00"
                + "0001a8"
                + "0001b8");

    assertThat(BagOfCells.deserialize(boc)).containsExactly(b, a);
    assertThatThrownBy(() -> BagOfCells.deserializeSingleRoot(boc))
        .isInstanceOf(BocFormatException.NotSingleRoot.class)
        .extracting(e -> ((BocFormatException.NotSingleRoot) e).roots())
        .isEqualTo(2);
  }

  @Test
  void readsAndWritesALibraryCell() {
    Cell library = Cell.library(Bytes.fromHex(HELLO_HASH));
    byte[] boc = BagOfCells.serialize(library, false);

    assertThat(hex(boc)).startsWith("b5ee9c7201010101002300084202" + HELLO_HASH);
    Cell read = BagOfCells.deserializeSingleRoot(boc);
    assertThat(read).isEqualTo(library);
    assertThat(read.type()).isEqualTo(CellType.LIBRARY);
  }

  @Test
  void deduplicatesIdenticalSubtrees() {
    Cell leaf = CellBuilder.beginCell().storeUint(7, 3).endCell();
    Cell mid = CellBuilder.beginCell().storeRef(leaf).storeRef(leaf).endCell();
    Cell root = CellBuilder.beginCell().storeRef(mid).storeRef(mid).storeRef(leaf).endCell();

    byte[] boc = BagOfCells.serialize(root, false);

    assertThat(boc[6]).as("cell count").isEqualTo((byte) 3);
    assertThat(BagOfCells.deserializeSingleRoot(boc)).isEqualTo(root);
  }

  @Test
  void writesAndReadsTheDeepestAllowedChainWithoutRecursion() {
    Cell cell = Cell.empty();
    for (int i = 0; i < Cell.MAX_DEPTH; i++) {
      cell = CellBuilder.beginCell().storeUint(i, 16).storeRef(cell).endCell();
    }
    assertThat(cell.depth()).isEqualTo(Cell.MAX_DEPTH);

    byte[] boc = BagOfCells.serialize(cell, BocWriteOptions.INDEXED_CRC32C);

    assertThat(BagOfCells.deserializeSingleRoot(boc)).isEqualTo(cell);
  }

  @Test
  void rejectsAChainDeeperThan1024AsTooDeep() {
    byte[] boc = chain(Cell.MAX_DEPTH + 50);

    assertThatThrownBy(() -> BagOfCells.deserialize(boc))
        .isInstanceOf(BocFormatException.TooDeep.class);
  }

  @Test
  void acceptsAChainOfExactly1024() {
    assertThat(BagOfCells.deserializeSingleRoot(chain(Cell.MAX_DEPTH + 1)).depth())
        .isEqualTo(Cell.MAX_DEPTH);
  }

  @Test
  void honoursTheCellCountLimit() {
    byte[] boc = chain(100);

    assertThat(BagOfCells.deserialize(boc, BocLimits.of(100, 1 << 20))).hasSize(1);
    assertThatThrownBy(() -> BagOfCells.deserialize(boc, BocLimits.of(99, 1 << 20)))
        .isInstanceOf(BocFormatException.TooManyCells.class)
        .extracting(e -> ((BocFormatException.TooManyCells) e).cells())
        .isEqualTo(100L);
  }

  @Test
  void honoursTheInputSizeLimit() {
    byte[] boc = chain(100);

    assertThatThrownBy(() -> BagOfCells.deserialize(boc, BocLimits.of(1000, boc.length - 1)))
        .isInstanceOf(BocFormatException.InputTooLarge.class);
  }

  @Test
  void rejectsHugeDeclaredCountsBeforeAllocating() {
    // cells = 0xffffffff with size 4
    assertThatThrownBy(
            () ->
                BagOfCells.deserialize(
                    hex("b5ee9c7204" + "01" + "ffffffff" + "00000001" + "00000000" + "ff")))
        .isInstanceOf(BocFormatException.TooManyCells.class);
    // tot_cells_size = 2^64-1 with off_bytes 8
    assertThatThrownBy(
            () ->
                BagOfCells.deserialize(
                    hex(
                        "b5ee9c7201"
                            + "08"
                            + "01"
                            + "01"
                            + "00"
                            + "ffffffffffffffff"
                            + "00"
                            + "0000")))
        .isInstanceOf(BocFormatException.Truncated.class);
    // 16384 cells declared, 2 bytes of data
    assertThatThrownBy(
            () ->
                BagOfCells.deserialize(
                    hex("b5ee9c7202" + "01" + "4000" + "0001" + "0000" + "02" + "0000" + "0000")))
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    // roots declared beyond the input
    assertThatThrownBy(
            () ->
                BagOfCells.deserialize(
                    hex("b5ee9c7202" + "01" + "0100" + "0100" + "0000" + "02" + "0000")))
        .isInstanceOf(BocFormatException.Truncated.class);
  }

  @Test
  void rejectsHeaderFieldsOutOfRange() {
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7200" + "01010100020000")))
        .as("size 0")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7205" + "01010100020000")))
        .as("size 5")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7201" + "09010100020000")))
        .as("off_bytes 9")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7209" + "01010100020000")))
        .as("reserved flag")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7221" + "01010100020000")))
        .as("cache bits without index")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7201" + "01010000020000")))
        .as("no roots")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7201" + "01000000020000")))
        .as("no cells")
        .isInstanceOf(BocFormatException.InvalidHeader.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7201" + "01010101020000")))
        .as("absent cells")
        .isInstanceOf(BocFormatException.AbsentCells.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex("b5ee9c7201" + "01010100020100")))
        .as("root index 1 of 1 cell")
        .isInstanceOf(BocFormatException.RootIndexOutOfRange.class);
  }

  @Test
  void rejectsTrailingGarbage() {
    assertThatThrownBy(() -> BagOfCells.deserialize(hex(HELLO_PLAIN + "00")))
        .isInstanceOf(BocFormatException.TrailingData.class);
    assertThatThrownBy(() -> BagOfCells.deserialize(hex(HELLO_CRC + "00")))
        .isInstanceOf(BocFormatException.TrailingData.class);
  }

  @Test
  void rejectsCellDataThatDoesNotFillItsSection() {
    // tot_cells_size 4, but the one empty cell uses 2 bytes
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010004" + "00" + "0000" + "0000")))
        .isInstanceOf(BocFormatException.TrailingData.class);
  }

  @Test
  void rejectsACrcThatIsMissing() {
    byte[] boc = hex(HELLO_CRC);
    byte[] noCrc = Arrays.copyOf(boc, boc.length - 4);

    assertThatThrownBy(() -> BagOfCells.deserialize(noCrc))
        .isInstanceOf(BocFormatException.Truncated.class)
        .extracting(e -> ((BocFormatException.Truncated) e).offset())
        .isEqualTo((long) noCrc.length);
  }

  @Test
  void rejectsACellWithoutItsCompletionTag() {
    // d2 = 1 (odd): one byte that must hold a completion tag, but it is 0
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010003" + "00" + "000100")))
        .isInstanceOf(BocFormatException.InvalidCellData.class);
    // a tag that fills the whole byte would mean a multiple of 8 bits, which needs an even d2
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010003" + "00" + "000180")))
        .isInstanceOf(BocFormatException.InvalidCellData.class);
  }

  @Test
  void rejectsPrunedAndMerkleCells() {
    // exotic, no refs, 8 bits: type byte 1 (pruned), 3 (Merkle proof), 4 (Merkle update), 9
    for (String type : List.of("01", "03", "04", "09")) {
      assertThatThrownBy(
              () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010003" + "00" + "0802" + type)))
          .as("type %s", type)
          .isInstanceOf(BocFormatException.UnsupportedCellType.class);
    }
    // level mask 1 on an ordinary cell
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010002" + "00" + "2000")))
        .isInstanceOf(BocFormatException.UnsupportedCellType.class);
  }

  @Test
  void rejectsAMalformedLibraryCell() {
    // exotic type 2 with only 8 bits
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010003" + "00" + "080202")))
        .isInstanceOf(BocFormatException.InvalidCellData.class);
    // exotic with no data at all
    assertThatThrownBy(
            () -> BagOfCells.deserialize(hex("b5ee9c7201" + "0101010002" + "00" + "0800")))
        .isInstanceOf(BocFormatException.InvalidCellData.class);
  }

  @Test
  void rejectsReferencesToLowerIndexes() {
    // cell 0 -> 1, cell 1 -> 0 (a cycle through a lower index)
    byte[] boc = hex("b5ee9c7201" + "0102010006" + "00" + "010001" + "010000");

    assertThatThrownBy(() -> BagOfCells.deserialize(boc))
        .isInstanceOf(BocFormatException.BackwardRef.class);
  }

  @Test
  void truncatedReportsTheOffset() {
    byte[] boc = hex(HELLO_PLAIN);

    for (int length = 1; length < boc.length; length++) {
      byte[] cut = Arrays.copyOf(boc, length);
      assertThatThrownBy(() -> BagOfCells.deserialize(cut))
          .as("length %d", length)
          .isInstanceOfAny(BocFormatException.Truncated.class);
    }
  }

  /** A BoC of {@code cells} cells, each referring to the next one (2-byte cell indexes). */
  static byte[] chain(int cells) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int i = 0; i < cells - 1; i++) {
      data.write(0x01); // one ref
      data.write(0x00); // no data
      data.write((i + 1) >>> 8);
      data.write(i + 1);
    }
    data.write(0x00);
    data.write(0x00);
    byte[] cellData = data.toByteArray();
    ByteArrayOutputStream boc = new ByteArrayOutputStream();
    boc.writeBytes(hex("b5ee9c72"));
    boc.write(0x02); // size 2
    boc.write(0x04); // off_bytes 4
    boc.write(cells >>> 8);
    boc.write(cells);
    boc.writeBytes(new byte[] {0, 1, 0, 0}); // roots 1, absent 0
    boc.writeBytes(
        new byte[] {
          (byte) (cellData.length >>> 24),
          (byte) (cellData.length >>> 16),
          (byte) (cellData.length >>> 8),
          (byte) cellData.length
        });
    boc.writeBytes(new byte[] {0, 0}); // root 0
    boc.writeBytes(cellData);
    return boc.toByteArray();
  }

  private static byte[] withCrc(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    int value = (int) crc.getValue();
    byte[] out = Arrays.copyOf(body, body.length + 4);
    out[body.length] = (byte) value;
    out[body.length + 1] = (byte) (value >>> 8);
    out[body.length + 2] = (byte) (value >>> 16);
    out[body.length + 3] = (byte) (value >>> 24);
    return out;
  }
}
