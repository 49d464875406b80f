package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.AddressFormatException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A reading position in a {@link Cell}: the next data bit and the next reference. Each {@code
 * load*} method checks that enough bits or references remain before it moves and throws a {@link
 * CellUnderflowException} otherwise. Mutable and not thread-safe; the cell itself never changes.
 */
public final class CellSlice {
  private final Cell cell;
  private final byte[] data;
  private final int bitEnd;
  private final Cell[] refs;
  private int bitPos;
  private int refPos;

  CellSlice(Cell cell) {
    this.cell = cell;
    this.data = cell.dataBytes();
    this.bitEnd = cell.bitLength();
    this.refs = cell.refArray();
  }

  /** A reader at the start of {@code cell}. */
  public static CellSlice of(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    return new CellSlice(cell);
  }

  /** Data bits not read yet. */
  public int remainingBits() {
    return bitEnd - bitPos;
  }

  /** References not read yet. */
  public int remainingRefs() {
    return refs.length - refPos;
  }

  /** One bit. */
  public boolean loadBit() {
    ensureBits(1);
    return readBits(1) != 0;
  }

  /**
   * An unsigned big-endian integer of {@code width} bits (0..64).
   *
   * @throws CellOverflowException.ValueOutOfRange if {@code width} is 64 and the value is 2^63 or
   *     more (use {@link #loadUintBig})
   */
  public long loadUint(int width) {
    checkLongWidth(width);
    ensureBits(width);
    if (width == 64 && (data[bitPos >>> 3] & (0x80 >>> (bitPos & 7))) != 0) {
      throw new CellOverflowException.ValueOutOfRange(
          "uint64 value does not fit in a long; use loadUintBig");
    }
    return readBits(width);
  }

  /** A two's-complement signed integer of {@code width} bits (0..64). */
  public long loadInt(int width) {
    checkLongWidth(width);
    ensureBits(width);
    if (width == 0) {
      return 0;
    }
    long raw = readBits(width);
    return (raw << (64 - width)) >> (64 - width);
  }

  /** An unsigned big-endian integer of {@code width} bits (0..256). */
  public BigInteger loadUintBig(int width) {
    checkBigWidth(width);
    ensureBits(width);
    return readBig(width);
  }

  /** A two's-complement signed integer of {@code width} bits (0..256). */
  public BigInteger loadIntBig(int width) {
    checkBigWidth(width);
    ensureBits(width);
    if (width == 0) {
      return BigInteger.ZERO;
    }
    BigInteger unsigned = readBig(width);
    return unsigned.testBit(width - 1)
        ? unsigned.subtract(BigInteger.ONE.shiftLeft(width))
        : unsigned;
  }

  /** {@code count} whole bytes (the position need not be byte-aligned). */
  public Bytes loadBytes(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    ensureBits(8L * count);
    return Bytes.wrap(readBytes(count));
  }

  /**
   * {@code n} bits, left-aligned in {@code ceil(n / 8)} bytes with the unused low bits zero (the
   * layout {@link CellBuilder#storeBits(Bytes, int)} takes).
   */
  public Bytes loadBits(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    ensureBits(n);
    byte[] out = readBytes(n >>> 3);
    int rest = n & 7;
    if (rest == 0) {
      return Bytes.wrap(out);
    }
    byte[] padded = Arrays.copyOf(out, out.length + 1);
    padded[out.length] = (byte) (readBits(rest) << (8 - rest));
    return Bytes.wrap(padded);
  }

  /** Skips {@code n} bits. */
  public CellSlice skip(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    ensureBits(n);
    bitPos += n;
    return this;
  }

  /** The next reference. */
  public Cell loadRef() {
    if (refPos >= refs.length) {
      throw new CellUnderflowException.NotEnoughRefs(1, 0);
    }
    return refs[refPos++];
  }

  /** TL-B {@code Maybe ^Cell}: a bit, and a reference when the bit is 1. */
  public Optional<Cell> loadMaybeRef() {
    ensureBits(1);
    boolean present = (data[bitPos >>> 3] & (0x80 >>> (bitPos & 7))) != 0;
    if (present && refPos >= refs.length) {
      throw new CellUnderflowException.NotEnoughRefs(1, 0);
    }
    bitPos++;
    return present ? Optional.of(refs[refPos++]) : Optional.empty();
  }

  /** TL-B {@code Coins} ({@code VarUInteger 16}): 4-bit byte length, then the big-endian value. */
  public BigInteger loadCoins() {
    ensureBits(4);
    int len = (int) peekBits(4);
    ensureBits(4L + 8L * len);
    bitPos += 4;
    return readBig(8 * len);
  }

  /**
   * An {@code addr_std} address without anycast (267 bits, see {@link CellBuilder#storeAddress}).
   *
   * @throws CellLayoutException.UnexpectedTag for {@code addr_none}, {@code addr_extern}, {@code
   *     addr_var}, anycast, or a workchain other than 0 / -1
   */
  public Address loadAddress() {
    return loadMaybeAddress()
        .orElseThrow(
            () -> new CellLayoutException.UnexpectedTag("addr_none where an address is required"));
  }

  /**
   * {@code addr_none} (empty) or an {@code addr_std} address.
   *
   * @throws CellLayoutException.UnexpectedTag for {@code addr_extern}, {@code addr_var}, anycast,
   *     or a workchain other than 0 / -1
   */
  public Optional<Address> loadMaybeAddress() {
    ensureBits(2);
    int tag = (int) peekBits(2);
    if (tag == 0b00) {
      bitPos += 2;
      return Optional.empty();
    }
    if (tag != 0b10) {
      throw new CellLayoutException.UnexpectedTag(
          (tag == 0b01 ? "addr_extern" : "addr_var") + " is not supported, only addr_std");
    }
    ensureBits(2 + 1 + 8 + 256);
    bitPos += 2;
    if (readBits(1) != 0) {
      throw new CellLayoutException.UnexpectedTag("anycast addresses are not supported");
    }
    int workchain = (byte) readBits(8);
    Bytes hash = Bytes.wrap(readBytes(32));
    try {
      return Optional.of(Address.of(workchain, hash));
    } catch (AddressFormatException e) {
      throw new CellLayoutException.UnexpectedTag(
          "address workchain " + workchain + " is not supported");
    }
  }

  /**
   * The rest of this slice as a snake string ({@link CellBuilder#storeStringTail}): the remaining
   * bytes here, then the chain through the single reference of each cell, decoded as UTF-8
   * (malformed sequences become U+FFFD, as in JavaScript's {@code Buffer.toString()}).
   *
   * @throws CellLayoutException.MalformedSnake if a cell's bit count is not a multiple of 8 or it
   *     has more than one reference
   */
  public String loadStringTail() {
    return new String(loadBytesTail(), StandardCharsets.UTF_8);
  }

  /** A reference, read as a snake string ({@link CellBuilder#storeStringRefTail}). */
  public String loadStringRefTail() {
    return loadRef().beginParse().loadStringTail();
  }

  /** The bytes of the rest of this slice as a snake (see {@link #loadStringTail}). */
  public byte[] loadBytesTail() {
    checkSnake(remainingBits(), remainingRefs());
    ByteArrayOutputStream out = new ByteArrayOutputStream(remainingBits() / 8 + 16);
    out.writeBytes(readBytes(remainingBits() / 8));
    Cell next = refPos < refs.length ? refs[refPos++] : null;
    // Iterative walk: the chain length is bounded by the cell depth (at most 1024).
    while (next != null) {
      checkSnake(next.bitLength(), next.refCount());
      out.write(next.dataBytes(), 0, next.bitLength() / 8);
      next = next.refCount() == 1 ? next.ref(0) : null;
    }
    return out.toByteArray();
  }

  /**
   * Asserts that nothing is left.
   *
   * @throws CellLayoutException.TrailingData if bits or references remain
   */
  public void endParse() {
    if (remainingBits() != 0 || remainingRefs() != 0) {
      throw new CellLayoutException.TrailingData(remainingBits(), remainingRefs());
    }
  }

  Cell cell() {
    return cell;
  }

  int bitPosition() {
    return bitPos;
  }

  int refPosition() {
    return refPos;
  }

  /** Reads {@code n} (0..64) bits of {@code src} from bit {@code pos}; no bounds checks. */
  static long readBitsAt(byte[] src, int pos, int n) {
    long result = 0;
    while (n > 0) {
      int avail = 8 - (pos & 7);
      int take = Math.min(avail, n);
      int chunk = ((src[pos >>> 3] & 0xff) >>> (avail - take)) & ((1 << take) - 1);
      result = (result << take) | chunk;
      pos += take;
      n -= take;
    }
    return result;
  }

  private static void checkSnake(int bits, int refCount) {
    if (bits % 8 != 0) {
      throw new CellLayoutException.MalformedSnake(
          "snake cell has " + bits + " bits, not a multiple of 8");
    }
    if (refCount > 1) {
      throw new CellLayoutException.MalformedSnake(
          "snake cell has " + refCount + " references, at most 1 is allowed");
    }
  }

  private void ensureBits(long n) {
    if (n > remainingBits()) {
      throw new CellUnderflowException.NotEnoughBits(
          (int) Math.min(n, Integer.MAX_VALUE), remainingBits());
    }
  }

  private static void checkLongWidth(int width) {
    if (width < 0 || width > 64) {
      throw new CellOverflowException.ValueOutOfRange(
          "width must be 0..64 for a long, was " + width);
    }
  }

  private static void checkBigWidth(int width) {
    if (width < 0 || width > 256) {
      throw new CellOverflowException.ValueOutOfRange("width must be 0..256, was " + width);
    }
  }

  private long readBits(int n) {
    long v = readBitsAt(data, bitPos, n);
    bitPos += n;
    return v;
  }

  private long peekBits(int n) {
    return readBitsAt(data, bitPos, n);
  }

  private byte[] readBytes(int count) {
    byte[] out;
    if ((bitPos & 7) == 0) {
      int from = bitPos >>> 3;
      out = Arrays.copyOfRange(data, from, from + count);
    } else {
      out = new byte[count];
      for (int i = 0; i < count; i++) {
        out[i] = (byte) readBitsAt(data, bitPos + 8 * i, 8);
      }
    }
    bitPos += 8 * count;
    return out;
  }

  private BigInteger readBig(int width) {
    if (width < 64) {
      return BigInteger.valueOf(readBits(width));
    }
    int n = (width + 7) / 8;
    byte[] magnitude = new byte[n];
    int head = width - 8 * (n - 1);
    magnitude[0] = (byte) readBits(head);
    for (int i = 1; i < n; i++) {
      magnitude[i] = (byte) readBits(8);
    }
    return new BigInteger(1, magnitude);
  }
}
