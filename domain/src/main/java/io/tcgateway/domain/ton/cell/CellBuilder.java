package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes bits and references into a new {@link Cell}, the way @ton/core's {@code beginCell()} does.
 * Every {@code store*} method checks the 1023-bit / 4-reference limits first and throws a {@link
 * CellOverflowException} without changing the builder. Not thread-safe; {@link #endCell()} can be
 * called more than once (each call snapshots the current content).
 */
public final class CellBuilder {
  private static final BigInteger MAX_COINS = BigInteger.ONE.shiftLeft(120);
  private static final int MAX_INT_BITS = 256;

  /** The bits written so far, left-aligned; bits at and after {@link #bits} are always zero. */
  private final byte[] data = new byte[(Cell.MAX_BITS + 7) / 8];

  private int bits;
  private final Cell[] refs = new Cell[Cell.MAX_REFS];
  private int refCount;

  private CellBuilder() {}

  /** An empty builder. */
  public static CellBuilder beginCell() {
    return new CellBuilder();
  }

  /** Bits written so far. */
  public int bits() {
    return bits;
  }

  /** References written so far. */
  public int refs() {
    return refCount;
  }

  /** Bits that can still be written. */
  public int availableBits() {
    return Cell.MAX_BITS - bits;
  }

  /** References that can still be written. */
  public int availableRefs() {
    return Cell.MAX_REFS - refCount;
  }

  /** One bit. */
  public CellBuilder storeBit(boolean bit) {
    ensureBits(1);
    writeBits(bit ? 1 : 0, 1);
    return this;
  }

  /**
   * The first {@code bitLength} bits of {@code src} (most significant bit of {@code src[0]} first).
   */
  public CellBuilder storeBits(byte[] src, int bitLength) {
    Objects.requireNonNull(src, "src");
    if (bitLength < 0 || (bitLength + 7) / 8 > src.length) {
      throw new CellOverflowException.ValueOutOfRange(
          "bitLength " + bitLength + " does not fit in " + src.length + " bytes");
    }
    ensureBits(bitLength);
    writeBitsFrom(src, 0, bitLength);
    return this;
  }

  /** The first {@code bitLength} bits of {@code src}. */
  public CellBuilder storeBits(Bytes src, int bitLength) {
    Objects.requireNonNull(src, "src");
    return storeBits(src.toByteArray(), bitLength);
  }

  /**
   * The remaining bits and references of {@code slice} (the slice itself does not move), like
   *
   * @ton/core {@code storeSlice}.
   */
  public CellBuilder storeSlice(CellSlice slice) {
    Objects.requireNonNull(slice, "slice");
    int n = slice.remainingBits();
    int r = slice.remainingRefs();
    ensureBits(n);
    ensureRefs(r);
    Cell cell = slice.cell();
    int from = slice.bitPosition();
    byte[] src = cell.dataBytes();
    if ((from & 7) == 0) {
      writeBitsFrom(src, from >>> 3, n);
    } else {
      int pos = from;
      int left = n;
      while (left > 0) {
        int take = Math.min(left, 56);
        writeBits(CellSlice.readBitsAt(src, pos, take), take);
        pos += take;
        left -= take;
      }
    }
    Cell[] sourceRefs = cell.refArray();
    for (int i = slice.refPosition(); i < sourceRefs.length; i++) {
      refs[refCount++] = sourceRefs[i];
    }
    return this;
  }

  /**
   * An unsigned integer of {@code width} bits (0..256), big-endian.
   *
   * @throws CellOverflowException.ValueOutOfRange if {@code value} is negative or needs more bits
   */
  public CellBuilder storeUint(long value, int width) {
    checkBigWidth(width);
    if (value < 0 || (width < 64 && (value >>> width) != 0)) {
      throw new CellOverflowException.ValueOutOfRange(
          "value " + value + " does not fit in uint" + width);
    }
    ensureBits(width);
    writeLong(value, width);
    return this;
  }

  /**
   * A two's-complement signed integer of {@code width} bits (0..256).
   *
   * @throws CellOverflowException.ValueOutOfRange if {@code value} needs more bits
   */
  public CellBuilder storeInt(long value, int width) {
    checkBigWidth(width);
    boolean fits =
        width >= 64
            || (width == 0
                ? value == 0
                : (value >> (width - 1)) == 0 || (value >> (width - 1)) == -1);
    if (!fits) {
      throw new CellOverflowException.ValueOutOfRange(
          "value " + value + " does not fit in int" + width);
    }
    ensureBits(width);
    writeLong(value, width);
    return this;
  }

  /**
   * An unsigned integer of {@code width} bits (0..256), big-endian.
   *
   * @throws CellOverflowException.ValueOutOfRange if {@code value} is negative or needs more bits
   */
  public CellBuilder storeUint(BigInteger value, int width) {
    Objects.requireNonNull(value, "value");
    checkBigWidth(width);
    if (value.signum() < 0 || value.bitLength() > width) {
      throw new CellOverflowException.ValueOutOfRange(
          "value " + value + " does not fit in uint" + width);
    }
    ensureBits(width);
    writeBig(value, width);
    return this;
  }

  /**
   * A two's-complement signed integer of {@code width} bits (0..256).
   *
   * @throws CellOverflowException.ValueOutOfRange if {@code value} needs more bits
   */
  public CellBuilder storeInt(BigInteger value, int width) {
    Objects.requireNonNull(value, "value");
    checkBigWidth(width);
    boolean fits = width == 0 ? value.signum() == 0 : value.bitLength() <= width - 1;
    if (!fits) {
      throw new CellOverflowException.ValueOutOfRange(
          "value " + value + " does not fit in int" + width);
    }
    ensureBits(width);
    writeBig(value, width);
    return this;
  }

  /** Whole bytes. */
  public CellBuilder storeBytes(byte[] src) {
    Objects.requireNonNull(src, "src");
    ensureBits(8L * src.length);
    writeBitsFrom(src, 0, src.length * 8);
    return this;
  }

  /** Whole bytes. */
  public CellBuilder storeBytes(Bytes src) {
    Objects.requireNonNull(src, "src");
    return storeBytes(src.toByteArray());
  }

  /** A reference to {@code cell}. */
  public CellBuilder storeRef(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    ensureRefs(1);
    refs[refCount++] = cell;
    return this;
  }

  /**
   * TL-B {@code Maybe ^Cell}: bit {@code 0} for {@code null}, else bit {@code 1} and a reference.
   */
  public CellBuilder storeMaybeRef(Cell cellOrNull) {
    if (cellOrNull == null) {
      return storeBit(false);
    }
    ensureBits(1);
    ensureRefs(1);
    writeBits(1, 1);
    refs[refCount++] = cellOrNull;
    return this;
  }

  /**
   * TL-B {@code Coins} = {@code VarUInteger 16}: {@code len:(## 4)} then {@code len} big-endian
   * bytes of the value ({@code len = 0} for zero).
   *
   * @throws CellOverflowException.ValueOutOfRange unless {@code 0 <= amount < 2^120}
   */
  public CellBuilder storeCoins(BigInteger amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0 || amount.compareTo(MAX_COINS) >= 0) {
      throw new CellOverflowException.ValueOutOfRange(
          "coins must be in 0 .. 2^120-1, was " + amount);
    }
    int len = (amount.bitLength() + 7) / 8;
    ensureBits(4 + 8 * len);
    writeBits(len, 4);
    writeBig(amount, 8 * len);
    return this;
  }

  /** {@link #storeCoins(BigInteger)} for a non-negative {@code long}. */
  public CellBuilder storeCoins(long amount) {
    if (amount < 0) {
      throw new CellOverflowException.ValueOutOfRange("coins must not be negative, was " + amount);
    }
    int len = (64 - Long.numberOfLeadingZeros(amount) + 7) / 8;
    ensureBits(4 + 8 * len);
    writeBits(len, 4);
    writeBits(amount, 8 * len);
    return this;
  }

  /**
   * {@code MsgAddressInt} as {@code addr_std} (protocol.md §9), 267 bits:
   *
   * <pre>
   * 10          addr_std$10
   * 0           anycast: nothing
   * int8        workchain_id
   * bits256     address (account hash)
   * </pre>
   */
  public CellBuilder storeAddress(Address address) {
    Objects.requireNonNull(address, "address");
    ensureBits(2 + 1 + 8 + 256);
    writeBits(0b100, 3);
    writeBits(address.workchain(), 8);
    writeBitsFrom(address.hash().toByteArray(), 0, 256);
    return this;
  }

  /** {@code MsgAddress} {@code addr_none$00}: two zero bits. */
  public CellBuilder storeAddressNone() {
    ensureBits(2);
    writeBits(0, 2);
    return this;
  }

  /**
   * A snake string, exactly as @ton/core {@code storeStringTail} ({@code strings.js writeBuffer}):
   * this cell takes {@code floor(availableBits / 8)} bytes of the UTF-8 text, the rest goes into
   * one reference chain of cells holding 127 bytes each. A multi-byte character may be split across
   * cells.
   */
  public CellBuilder storeStringTail(String text) {
    Objects.requireNonNull(text, "text");
    return storeBytesTail(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #storeStringTail} in a new cell, stored as a reference. */
  public CellBuilder storeStringRefTail(String text) {
    Objects.requireNonNull(text, "text");
    ensureRefs(1);
    return storeRef(beginCell().storeStringTail(text).endCell());
  }

  /**
   * Snake bytes (see {@link #storeStringTail}).
   *
   * <pre>
   * this cell:  first floor(availableBits/8) bytes   [+ ref -> continuation]
   * continuation: next 127 bytes                      [+ ref -> continuation] ...
   * </pre>
   */
  public CellBuilder storeBytesTail(byte[] src) {
    Objects.requireNonNull(src, "src");
    int here = Math.min(src.length, availableBits() / 8);
    if (here == src.length) {
      return storeBytes(src);
    }
    ensureRefs(1);
    int chunk = Cell.MAX_BITS / 8;
    // Build the chain bottom-up: the last chunk first, each earlier chunk refers to the next one.
    CellHasher hasher = new CellHasher();
    Cell tail = null;
    int rest = src.length - here;
    int chunks = (rest + chunk - 1) / chunk;
    for (int i = chunks - 1; i >= 0; i--) {
      int from = here + i * chunk;
      int to = Math.min(src.length, from + chunk);
      CellBuilder b = beginCell();
      b.writeBitsFrom(src, from, (to - from) * 8);
      if (tail != null) {
        b.refs[b.refCount++] = tail;
      }
      tail = b.endCell(hasher);
    }
    writeBitsFrom(src, 0, here * 8);
    refs[refCount++] = tail;
    return this;
  }

  /**
   * The cell with everything stored so far.
   *
   * @throws CellOverflowException.TooDeep if a reference already has depth {@link Cell#MAX_DEPTH}
   */
  public Cell endCell() {
    return endCell(new CellHasher());
  }

  private Cell endCell(CellHasher hasher) {
    Cell[] cellRefs = refCount == 0 ? Cell.NO_REFS : Arrays.copyOf(refs, refCount);
    int depth = Cell.depthOf(cellRefs);
    if (depth > Cell.MAX_DEPTH) {
      throw new CellOverflowException.TooDeep(depth);
    }
    byte[] cellData = Arrays.copyOf(data, (bits + 7) >>> 3);
    return new Cell(cellData, bits, cellRefs, CellType.ORDINARY, depth, hasher);
  }

  private void ensureBits(long n) {
    if (bits + n > Cell.MAX_BITS) {
      throw new CellOverflowException.TooManyBits(bits, (int) Math.min(n, Integer.MAX_VALUE));
    }
  }

  private void ensureRefs(int n) {
    if (refCount + n > Cell.MAX_REFS) {
      throw new CellOverflowException.TooManyRefs(refCount, n);
    }
  }

  private static void checkBigWidth(int width) {
    if (width < 0 || width > MAX_INT_BITS) {
      throw new CellOverflowException.ValueOutOfRange("width must be 0..256, was " + width);
    }
  }

  /** Writes the low {@code n} bits (0..64) of {@code value}, most significant first. */
  private void writeBits(long value, int n) {
    while (n > 0) {
      int free = 8 - (bits & 7);
      int take = Math.min(free, n);
      int chunk = (int) (value >>> (n - take)) & ((1 << take) - 1);
      data[bits >>> 3] |= (byte) (chunk << (free - take));
      bits += take;
      n -= take;
    }
  }

  /** Writes {@code value} in {@code width} (0..256) bits, sign-extended beyond 64 bits. */
  private void writeLong(long value, int width) {
    if (width > 64) {
      long extension = value < 0 ? -1L : 0L;
      for (int left = width - 64; left > 0; left -= 64) {
        writeBits(extension, Math.min(left, 64));
      }
      width = 64;
    }
    writeBits(value, width);
  }

  /** Writes {@code n} bits of {@code src} starting at byte {@code fromByte}. */
  private void writeBitsFrom(byte[] src, int fromByte, int n) {
    int whole = n >>> 3;
    if ((bits & 7) == 0) {
      System.arraycopy(src, fromByte, data, bits >>> 3, whole);
      bits += whole * 8;
    } else {
      for (int i = 0; i < whole; i++) {
        writeBits(src[fromByte + i] & 0xff, 8);
      }
    }
    int rest = n & 7;
    if (rest != 0) {
      writeBits((src[fromByte + whole] & 0xff) >>> (8 - rest), rest);
    }
  }

  /** Writes the low {@code width} bits of {@code value} in two's complement. */
  private void writeBig(BigInteger value, int width) {
    if (width <= 64) {
      writeBits(value.longValue(), width);
      return;
    }
    int n = (width + 7) / 8;
    byte[] twos = value.toByteArray();
    byte[] out = new byte[n];
    if (value.signum() < 0) {
      Arrays.fill(out, (byte) 0xff);
    }
    int copy = Math.min(twos.length, n);
    System.arraycopy(twos, twos.length - copy, out, n - copy, copy);
    int head = width - 8 * (n - 1);
    writeBits((out[0] & 0xff) & ((1 << head) - 1), head);
    writeBitsFrom(out, 1, 8 * (n - 1));
  }
}
