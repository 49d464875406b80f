package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.Sha256;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable TON cell (protocol.md §11.1): up to 1023 data bits and up to 4 references, either
 * ordinary or a library cell. The representation hash and the depth are computed once, when the
 * cell is made (its children already carry theirs, so nothing recurses). Two cells are equal when
 * their representation hashes are equal.
 *
 * <p>Build cells with {@link CellBuilder}, read them with {@link #beginParse()}, and move them in
 * and out of bytes with {@link BagOfCells}.
 */
public final class Cell {
  /** Maximum number of data bits. */
  public static final int MAX_BITS = 1023;

  /** Maximum number of references. */
  public static final int MAX_REFS = 4;

  /** Maximum depth (a cell without references has depth 0). */
  public static final int MAX_DEPTH = 1024;

  /** Bits of a library cell: the type byte {@code 0x02} and a 32-byte hash. */
  static final int LIBRARY_BITS = 8 + 8 * Sha256.LENGTH;

  /** Exotic type byte of a library cell. */
  static final int LIBRARY_TAG = 2;

  static final Cell[] NO_REFS = new Cell[0];

  private static final Cell EMPTY = new Cell(new byte[0], 0, NO_REFS, CellType.ORDINARY, 0);

  /** {@code ceil(bitLength / 8)} bytes, bits after {@code bitLength} are zero (no tag). */
  private final byte[] data;

  private final int bitLength;
  private final Cell[] refs;
  private final CellType type;
  private final int depth;
  private final byte[] hash;

  /**
   * Takes ownership of {@code data} and {@code refs}; the caller has checked every limit and
   * computed {@code depth} with {@link #depthOf}.
   */
  Cell(byte[] data, int bitLength, Cell[] refs, CellType type, int depth, CellHasher hasher) {
    this.data = data;
    this.bitLength = bitLength;
    this.refs = refs;
    this.type = type;
    this.depth = depth;
    this.hash = hasher.hash(data, bitLength, refs, type != CellType.ORDINARY);
  }

  private Cell(byte[] data, int bitLength, Cell[] refs, CellType type, int depth) {
    this(data, bitLength, refs, type, depth, new CellHasher());
  }

  /** The cell without data and references. */
  public static Cell empty() {
    return EMPTY;
  }

  /**
   * A library cell (exotic type 2) referring to the code cell with representation hash {@code
   * codeHash}: 264 data bits {@code 0x02 || codeHash}, no references, {@code d1 = 0x08}.
   *
   * @throws CellLayoutException.InvalidLibraryCell if {@code codeHash} is not 32 bytes
   */
  public static Cell library(Bytes codeHash) {
    Objects.requireNonNull(codeHash, "codeHash");
    if (codeHash.length() != Sha256.LENGTH) {
      throw new CellLayoutException.InvalidLibraryCell(
          "library code hash must be 32 bytes, was " + codeHash.length());
    }
    byte[] bits = new byte[1 + Sha256.LENGTH];
    bits[0] = LIBRARY_TAG;
    codeHash.copyTo(bits, 1);
    return new Cell(bits, LIBRARY_BITS, NO_REFS, CellType.LIBRARY, 0);
  }

  /** {@code 0} without references, else {@code 1 + max(depth(ref))}. */
  static int depthOf(Cell[] refs) {
    int max = -1;
    for (Cell ref : refs) {
      max = Math.max(max, ref.depth);
    }
    return max + 1;
  }

  /** {@code d2 = floor(bits / 8) + ceil(bits / 8)}. */
  static int bitsDescriptor(int bitLength) {
    return (bitLength >>> 3) + ((bitLength + 7) >>> 3);
  }

  /** Number of data bits (0..1023). */
  public int bitLength() {
    return bitLength;
  }

  /**
   * The data bits, left-aligned in {@code ceil(bitLength / 8)} bytes, the unused low bits of the
   * last byte zero (no completion tag).
   */
  public Bytes data() {
    return Bytes.of(data);
  }

  /** Number of references (0..4). */
  public int refCount() {
    return refs.length;
  }

  /** Reference {@code index}. */
  public Cell ref(int index) {
    Objects.checkIndex(index, refs.length);
    return refs[index];
  }

  /** The references in order. */
  public List<Cell> refs() {
    return List.of(refs);
  }

  /** Ordinary or library. */
  public CellType type() {
    return type;
  }

  /** Whether this is an exotic cell (here: a library cell). */
  public boolean isExotic() {
    return type != CellType.ORDINARY;
  }

  /** For a library cell, the hash of the code it refers to (data bytes 1..33). */
  public Optional<Bytes> libraryHash() {
    return type == CellType.LIBRARY
        ? Optional.of(Bytes.of(data, 1, Sha256.LENGTH))
        : Optional.empty();
  }

  /** {@code 0} without references, else {@code 1 + max(depth(ref))}. */
  public int depth() {
    return depth;
  }

  /** The representation hash (32 bytes). For a StateInit root this is the account address hash. */
  public Bytes hash() {
    return Bytes.of(hash);
  }

  /** A fresh reader positioned at the first bit and the first reference. */
  public CellSlice beginParse() {
    return new CellSlice(this);
  }

  byte[] dataBytes() {
    return data;
  }

  byte[] hashBytes() {
    return hash;
  }

  Cell[] refArray() {
    return refs;
  }

  /** Equal when the representation hashes are equal (same data, type and subtree). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Cell other && Arrays.equals(hash, other.hash);
  }

  @Override
  public int hashCode() {
    return (hash[0] & 0xff) << 24 | (hash[1] & 0xff) << 16 | (hash[2] & 0xff) << 8 | hash[3] & 0xff;
  }

  /**
   * Fift-style data of this cell ({@code x{ABC_}}, {@code _} marks a completion tag inside the last
   * nibble) and the reference count.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(8 + 2 * data.length);
    text.append(type == CellType.LIBRARY ? "library x{" : "x{").append(fiftHex()).append('}');
    if (refs.length > 0) {
      text.append(" +").append(refs.length).append(refs.length == 1 ? " ref" : " refs");
    }
    return text.toString();
  }

  private String fiftHex() {
    byte[] padded = data.clone();
    int partial = bitLength & 7;
    if (partial != 0) {
      padded[padded.length - 1] |= (byte) (0x80 >>> partial);
    }
    String hex = Bytes.wrap(padded).toHex().toUpperCase(Locale.ROOT);
    if (bitLength % 4 == 0) {
      return hex.substring(0, bitLength / 4);
    }
    return (partial <= 4 ? hex.substring(0, hex.length() - 1) : hex) + "_";
  }
}
