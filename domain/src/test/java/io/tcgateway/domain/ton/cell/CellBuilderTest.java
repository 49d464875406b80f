package io.tcgateway.domain.ton.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link CellBuilder} and {@link CellSlice}: every store has a load that reads it back. */
class CellBuilderTest {
  private static final Address ADDRESS =
      Address.parse("0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc");

  @Test
  void unsignedAndSignedLongsRoundTripAtEveryWidth() {
    SplittableRandom random = new SplittableRandom(7);
    for (int width = 1; width <= 64; width++) {
      for (int i = 0; i < 20; i++) {
        long signed = random.nextLong() >> (64 - width);
        long unsigned = width == 64 ? random.nextLong() >>> 1 : random.nextLong() >>> (64 - width);
        Cell cell =
            CellBuilder.beginCell()
                .storeBit(true)
                .storeInt(signed, width)
                .storeUint(unsigned, width)
                .endCell();
        CellSlice s = cell.beginParse();
        assertThat(s.loadBit()).isTrue();
        assertThat(s.loadInt(width)).as("int%d", width).isEqualTo(signed);
        assertThat(s.loadUint(width)).as("uint%d", width).isEqualTo(unsigned);
        assertThat(s.remainingBits()).isZero();
      }
    }
  }

  @Test
  void bigIntegersRoundTripUpTo256Bits() {
    SplittableRandom random = new SplittableRandom(11);
    for (int width : new int[] {0, 1, 7, 63, 64, 65, 100, 255, 256}) {
      for (int i = 0; i < 10; i++) {
        BigInteger unsigned = randomBig(random, width);
        BigInteger signed =
            width == 0 ? BigInteger.ZERO : unsigned.subtract(BigInteger.ONE.shiftLeft(width - 1));
        Cell cell =
            CellBuilder.beginCell()
                .storeBit(false)
                .storeUint(unsigned, width)
                .storeInt(signed, width)
                .endCell();
        CellSlice s = cell.beginParse();
        s.skip(1);
        assertThat(s.loadUintBig(width)).as("uint%d", width).isEqualTo(unsigned);
        assertThat(s.loadIntBig(width)).as("int%d", width).isEqualTo(signed);
      }
    }
  }

  @Test
  void integersAreBigEndianTwosComplement() {
    Cell cell =
        CellBuilder.beginCell()
            .storeUint(0x1234, 16)
            .storeInt(-1, 8)
            .storeInt(BigInteger.valueOf(-2), 72)
            .endCell();

    assertThat(cell.data().toHex()).isEqualTo("1234ff" + "ff".repeat(8) + "fe");
    assertThat(CellBuilder.beginCell().storeInt(-2L, 72).endCell())
        .as("long overload beyond 64 bits sign-extends")
        .isEqualTo(CellBuilder.beginCell().storeInt(BigInteger.valueOf(-2), 72).endCell());
    assertThat(CellBuilder.beginCell().storeUint(5L, 200).endCell())
        .isEqualTo(CellBuilder.beginCell().storeUint(BigInteger.valueOf(5), 200).endCell());
  }

  @Test
  void rejectsValuesThatDoNotFitTheirWidth() {
    CellBuilder b = CellBuilder.beginCell();

    assertThatThrownBy(() -> b.storeUint(256, 8))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeUint(-1, 8))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeUint(-1, 64))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeInt(128, 8))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeInt(-129, 8))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeInt(1, 0))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeUint(BigInteger.ONE.shiftLeft(256), 256))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeInt(BigInteger.ONE.shiftLeft(255), 256))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeUint(BigInteger.ONE, 257))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> b.storeUint(1, 257))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThat(b.bits()).as("nothing was written").isZero();
  }

  @Test
  void limitsACellTo1023BitsAnd4Refs() {
    CellBuilder b = CellBuilder.beginCell().storeBytes(new byte[127]).storeUint(0, 7);

    assertThat(b.availableBits()).isZero();
    assertThatThrownBy(() -> b.storeBit(true))
        .isInstanceOf(CellOverflowException.TooManyBits.class);
    assertThatThrownBy(() -> CellBuilder.beginCell().storeBytes(new byte[128]))
        .isInstanceOf(CellOverflowException.TooManyBits.class);
    CellBuilder refs = CellBuilder.beginCell();
    for (int i = 0; i < 4; i++) {
      refs.storeRef(Cell.empty());
    }
    assertThat(refs.availableRefs()).isZero();
    assertThatThrownBy(() -> refs.storeRef(Cell.empty()))
        .isInstanceOf(CellOverflowException.TooManyRefs.class);
    assertThatThrownBy(() -> refs.storeMaybeRef(Cell.empty()))
        .isInstanceOf(CellOverflowException.TooManyRefs.class);
    assertThat(refs.bits()).as("the maybe bit was not written").isZero();
  }

  @Test
  void bitsAndBytesRoundTripAtAnyAlignment() {
    byte[] bytes = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x01};
    for (int shift = 0; shift < 8; shift++) {
      Cell cell =
          CellBuilder.beginCell()
              .storeUint(0, shift)
              .storeBytes(bytes)
              .storeBits(new byte[] {(byte) 0xa0}, 3)
              .storeBits(Bytes.of(bytes), 21)
              .endCell();
      CellSlice s = cell.beginParse();
      s.skip(shift);
      assertThat(s.loadBytes(5).toByteArray()).isEqualTo(bytes);
      assertThat(s.loadBits(3).toHex()).isEqualTo("a0");
      assertThat(s.loadBits(21).toHex()).isEqualTo("deadb8");
      assertThat(s.remainingBits()).isZero();
    }
  }

  @Test
  void storeSliceCopiesTheRemainingBitsAndRefs() {
    Cell source =
        CellBuilder.beginCell()
            .storeUint(0x3, 2)
            .storeUint(0xABCDEF, 24)
            .storeRef(Cell.empty())
            .storeRef(CellBuilder.beginCell().storeBit(true).endCell())
            .endCell();
    CellSlice slice = source.beginParse();
    slice.skip(2);
    slice.loadRef();

    Cell copy = CellBuilder.beginCell().storeBit(false).storeSlice(slice).endCell();

    assertThat(slice.remainingBits()).as("the slice did not move").isEqualTo(24);
    CellSlice s = copy.beginParse();
    assertThat(s.loadBit()).isFalse();
    assertThat(s.loadUint(24)).isEqualTo(0xABCDEF);
    assertThat(s.loadRef()).isEqualTo(source.ref(1));
    assertThat(s.remainingRefs()).isZero();
  }

  @Test
  void coinsAreVarUInteger16() {
    Cell zero = CellBuilder.beginCell().storeCoins(0).endCell();
    Cell oneTon = CellBuilder.beginCell().storeCoins(1_000_000_000L).endCell();
    Cell max =
        CellBuilder.beginCell()
            .storeCoins(BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE))
            .endCell();

    assertThat(zero.bitLength()).isEqualTo(4);
    assertThat(oneTon.data().toHex()).isEqualTo("43b9aca000");
    assertThat(oneTon.bitLength()).isEqualTo(4 + 32);
    assertThat(max.bitLength()).isEqualTo(4 + 120);
    assertThat(zero.beginParse().loadCoins()).isZero();
    assertThat(oneTon.beginParse().loadCoins()).isEqualTo(BigInteger.valueOf(1_000_000_000L));
    assertThat(max.beginParse().loadCoins())
        .isEqualTo(BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE));
    assertThat(CellBuilder.beginCell().storeCoins(BigInteger.valueOf(1_000_000_000L)).endCell())
        .isEqualTo(oneTon);
    assertThatThrownBy(() -> CellBuilder.beginCell().storeCoins(BigInteger.ONE.shiftLeft(120)))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThatThrownBy(() -> CellBuilder.beginCell().storeCoins(-1))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
  }

  @Test
  void addressIsStoredAsAddrStdIn267Bits() {
    Cell cell = CellBuilder.beginCell().storeAddress(ADDRESS).endCell();

    assertThat(cell.bitLength()).isEqualTo(267);
    // 10 0 00000000 <hash>: 0x80 then the workchain byte shifted by 3 bits
    assertThat(cell.data().toHex()).startsWith("80");
    assertThat(cell.beginParse().loadAddress()).isEqualTo(ADDRESS);
    Address master = Address.of(-1, ADDRESS.hash());
    Cell masterCell = CellBuilder.beginCell().storeAddress(master).endCell();
    assertThat(masterCell.data().toHex()).startsWith("9fe5");
    assertThat(masterCell.beginParse().loadAddress()).isEqualTo(master);
  }

  @Test
  void addrNoneIsTwoZeroBits() {
    Cell cell = CellBuilder.beginCell().storeAddressNone().storeAddress(ADDRESS).endCell();
    CellSlice s = cell.beginParse();

    assertThat(cell.bitLength()).isEqualTo(2 + 267);
    assertThat(s.loadMaybeAddress()).isEmpty();
    assertThat(s.loadMaybeAddress()).contains(ADDRESS);
    assertThatThrownBy(
            () -> CellBuilder.beginCell().storeAddressNone().endCell().beginParse().loadAddress())
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
  }

  @Test
  void rejectsAddressKindsOtherThanAddrStd() {
    Cell extern = CellBuilder.beginCell().storeUint(0b01, 2).storeUint(0, 9).endCell();
    Cell anycast =
        CellBuilder.beginCell()
            .storeUint(0b101, 3)
            .storeUint(0, 8)
            .storeBytes(new byte[32])
            .endCell();
    Cell workchain7 =
        CellBuilder.beginCell()
            .storeUint(0b100, 3)
            .storeInt(7, 8)
            .storeBytes(new byte[32])
            .endCell();

    assertThatThrownBy(() -> extern.beginParse().loadMaybeAddress())
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
    assertThatThrownBy(() -> anycast.beginParse().loadAddress())
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
    assertThatThrownBy(() -> workchain7.beginParse().loadAddress())
        .isInstanceOf(CellLayoutException.UnexpectedTag.class);
  }

  @Test
  void maybeRefIsABitAndAnOptionalReference() {
    Cell child = CellBuilder.beginCell().storeUint(1, 1).endCell();
    Cell cell = CellBuilder.beginCell().storeMaybeRef(null).storeMaybeRef(child).endCell();
    CellSlice s = cell.beginParse();

    assertThat(cell.bitLength()).isEqualTo(2);
    assertThat(s.loadMaybeRef()).isEmpty();
    assertThat(s.loadMaybeRef()).contains(child);
    s.endParse();
  }

  @Test
  void stringTailFillsThisCellThenChains127Bytes() {
    String text = "x".repeat(100 + 127 + 127 + 5);
    Cell cell = CellBuilder.beginCell().storeUint(0, 8 * 27).storeStringTail(text).endCell();

    assertThat(cell.bitLength()).isEqualTo(1016);
    assertThat(cell.ref(0).bitLength()).isEqualTo(127 * 8);
    assertThat(cell.ref(0).ref(0).bitLength()).isEqualTo(127 * 8);
    assertThat(cell.ref(0).ref(0).ref(0).bitLength()).isEqualTo(5 * 8);
    assertThat(cell.ref(0).ref(0).ref(0).refCount()).isZero();
    CellSlice s = cell.beginParse();
    s.skip(8 * 27);
    assertThat(s.loadStringTail()).isEqualTo(text);
  }

  @Test
  void stringTailThatFitsNeedsNoReference() {
    Cell cell = CellBuilder.beginCell().storeStringTail("a".repeat(127)).endCell();

    assertThat(cell.refCount()).isZero();
    assertThat(cell.beginParse().loadStringTail()).isEqualTo("a".repeat(127));
  }

  @Test
  void stringTailWithoutRoomStartsWithAnEmptyPartAndAReference() {
    CellBuilder full = CellBuilder.beginCell().storeBits(new byte[128], 1020);

    Cell cell = full.storeStringTail("hi").endCell();

    assertThat(cell.bitLength()).isEqualTo(1020);
    assertThat(cell.ref(0).data().toByteArray()).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stringTailNeedsAFreeReference() {
    CellBuilder b = CellBuilder.beginCell();
    for (int i = 0; i < 4; i++) {
      b.storeRef(Cell.empty());
    }

    assertThat(b.storeStringTail("fits").endCell().bitLength()).isEqualTo(32);
    assertThatThrownBy(() -> b.storeStringTail("z".repeat(200)))
        .isInstanceOf(CellOverflowException.TooManyRefs.class);
  }

  @Test
  void stringRefTailIsASnakeInAReference() {
    String domain = "com\0example\0";
    Cell cell = CellBuilder.beginCell().storeStringRefTail(domain).endCell();

    assertThat(cell.bitLength()).isZero();
    assertThat(cell.ref(0).data().toHex()).isEqualTo("636f6d006578616d706c6500");
    assertThat(cell.beginParse().loadStringRefTail()).isEqualTo(domain);
  }

  @Test
  void stringTailSplitsMultiByteCharactersAndJoinsThemBack() {
    String text = "\uD83D\uDE80".repeat(60); // 240 bytes of 4-byte characters
    Cell cell = CellBuilder.beginCell().storeUint(0, 32).storeStringTail(text).endCell();

    assertThat(cell.bitLength()).isEqualTo(32 + 123 * 8);
    CellSlice s = cell.beginParse();
    s.skip(32);
    assertThat(s.loadStringTail()).isEqualTo(text);
  }

  @Test
  void rejectsSnakesThatAreNotByteAlignedOrBranch() {
    Cell unaligned = CellBuilder.beginCell().storeUint(1, 9).endCell();
    Cell branching =
        CellBuilder.beginCell()
            .storeUint(1, 8)
            .storeRef(Cell.empty())
            .storeRef(Cell.empty())
            .endCell();
    Cell badChild = CellBuilder.beginCell().storeUint(1, 8).storeRef(unaligned).endCell();

    assertThatThrownBy(() -> unaligned.beginParse().loadStringTail())
        .isInstanceOf(CellLayoutException.MalformedSnake.class);
    assertThatThrownBy(() -> branching.beginParse().loadStringTail())
        .isInstanceOf(CellLayoutException.MalformedSnake.class);
    assertThatThrownBy(() -> badChild.beginParse().loadStringTail())
        .isInstanceOf(CellLayoutException.MalformedSnake.class);
  }

  @Test
  void sliceReportsUnderflow() {
    Cell cell = CellBuilder.beginCell().storeUint(3, 4).endCell();
    CellSlice s = cell.beginParse();

    assertThatThrownBy(() -> s.loadUint(5))
        .isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThatThrownBy(() -> s.loadBytes(1))
        .isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThatThrownBy(s::loadRef).isInstanceOf(CellUnderflowException.NotEnoughRefs.class);
    assertThatThrownBy(() -> s.skip(5)).isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThat(s.remainingBits()).as("failed loads do not move").isEqualTo(4);
    assertThat(s.loadUint(4)).isEqualTo(3);
    assertThatThrownBy(s::loadBit).isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThatThrownBy(s::loadCoins).isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    assertThatThrownBy(s::loadAddress).isInstanceOf(CellUnderflowException.NotEnoughBits.class);
    Cell maybeWithoutRef = CellBuilder.beginCell().storeBit(true).endCell();
    assertThatThrownBy(() -> maybeWithoutRef.beginParse().loadMaybeRef())
        .isInstanceOf(CellUnderflowException.NotEnoughRefs.class);
  }

  @Test
  void uint64AboveLongMaxNeedsTheBigIntegerLoader() {
    BigInteger big = BigInteger.ONE.shiftLeft(63).add(BigInteger.TEN);
    Cell cell = CellBuilder.beginCell().storeUint(big, 64).endCell();

    assertThatThrownBy(() -> cell.beginParse().loadUint(64))
        .isInstanceOf(CellOverflowException.ValueOutOfRange.class);
    assertThat(cell.beginParse().loadUintBig(64)).isEqualTo(big);
    assertThat(cell.beginParse().loadInt(64)).isEqualTo(big.longValue());
  }

  @Test
  void endParseRejectsLeftovers() {
    CellSlice s = CellBuilder.beginCell().storeBit(true).endCell().beginParse();

    assertThatThrownBy(s::endParse).isInstanceOf(CellLayoutException.TrailingData.class);
    s.loadBit();
    s.endParse();
  }

  @Test
  void endCellSnapshotsTheBuilder() {
    CellBuilder b = CellBuilder.beginCell().storeUint(1, 8);
    Cell first = b.endCell();
    Cell second = b.storeUint(2, 8).endCell();

    assertThat(first.bitLength()).isEqualTo(8);
    assertThat(second.data().toHex()).isEqualTo("0102");
    assertThat(first).isNotEqualTo(second);
  }

  private static BigInteger randomBig(SplittableRandom random, int width) {
    BigInteger value = BigInteger.ZERO;
    for (int i = 0; i < width; i++) {
      value = value.shiftLeft(1).or(random.nextBoolean() ? BigInteger.ONE : BigInteger.ZERO);
    }
    return value;
  }
}
