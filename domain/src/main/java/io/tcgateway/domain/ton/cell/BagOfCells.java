package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.EncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Reads and writes the Bag-of-Cells format (protocol.md §11.2, @ton/core {@code
 * boc/cell/serialization.js}). Writing is byte-exact with @ton/core {@code toBoc({idx, crc32})}.
 * Reading accepts the generic magic {@code b5ee9c72} with or without index and CRC-32C and the
 * legacy magics {@code 68ff65f3} / {@code acc3a728}; it treats input as hostile: every declared
 * size is checked against the remaining bytes and {@link BocLimits} before anything is allocated,
 * cells are built bottom-up without recursion, and every defect is a {@link BocFormatException}.
 * See ADR 0002 for the supported subset.
 *
 * <pre>
 * magic          u32     b5ee9c72
 * flags          u8      has_idx&lt;&lt;7 | has_crc32c&lt;&lt;6 | has_cache_bits&lt;&lt;5 | 0&lt;&lt;3 | size
 * off_bytes      u8      bytes per offset (1..8); size = bytes per cell index (1..4)
 * cells          size    number of cells
 * roots          size    number of roots
 * absent         size    0
 * tot_cells_size off_bytes   length of cell_data
 * root_list      roots × size
 * index          cells × off_bytes   only if has_idx: cumulative end offset of each cell
 * cell_data      per cell: d1, d2, [hashes+depths if d1 &amp; 16], ceil(d2/2) data bytes, refs × size
 * crc32c         4 bytes little-endian, only if has_crc32c, over all preceding bytes
 * </pre>
 */
public final class BagOfCells {
  private static final int MAGIC_GENERIC = 0xb5ee9c72;
  private static final int MAGIC_INDEXED = 0x68ff65f3;
  private static final int MAGIC_INDEXED_CRC32C = 0xacc3a728;

  /** Stored hash + depth of a level-0 cell when {@code d1 & 16}: one 32-byte hash, one uint16. */
  private static final int STORED_HASH_BYTES = 32 + 2;

  private BagOfCells() {}

  /** The root cells of {@code boc}, with {@link BocLimits#DEFAULT}. */
  public static List<Cell> deserialize(byte[] boc) {
    return deserialize(boc, BocLimits.DEFAULT);
  }

  /**
   * The root cells of {@code boc}, in root-list order.
   *
   * @throws BocFormatException (a specific subclass) if {@code boc} is not an acceptable BoC
   */
  public static List<Cell> deserialize(byte[] boc, BocLimits limits) {
    Objects.requireNonNull(boc, "boc");
    Objects.requireNonNull(limits, "limits");
    return new Reader(boc, limits).read();
  }

  /** The only root of {@code boc}, with {@link BocLimits#DEFAULT}. */
  public static Cell deserializeSingleRoot(byte[] boc) {
    return deserializeSingleRoot(boc, BocLimits.DEFAULT);
  }

  /**
   * The only root of {@code boc}.
   *
   * @throws BocFormatException.NotSingleRoot if the BoC has several roots
   * @throws BocFormatException (another subclass) if {@code boc} is not an acceptable BoC
   */
  public static Cell deserializeSingleRoot(byte[] boc, BocLimits limits) {
    return singleRoot(deserialize(boc, limits));
  }

  /** The root cells of a BoC in base64 (standard or URL-safe, padding optional). */
  public static List<Cell> deserializeBase64(CharSequence base64) {
    return deserializeBase64(base64, BocLimits.DEFAULT);
  }

  /**
   * The root cells of a BoC in base64 (standard or URL-safe, padding optional).
   *
   * @throws BocFormatException.InvalidBase64 if the text is not base64
   * @throws BocFormatException (another subclass) if the bytes are not an acceptable BoC
   */
  public static List<Cell> deserializeBase64(CharSequence base64, BocLimits limits) {
    return deserialize(decodeBase64(base64, limits), limits);
  }

  /** The only root of a BoC in base64 (standard or URL-safe, padding optional). */
  public static Cell deserializeSingleRootBase64(CharSequence base64) {
    return deserializeSingleRootBase64(base64, BocLimits.DEFAULT);
  }

  /** The only root of a BoC in base64 (standard or URL-safe, padding optional). */
  public static Cell deserializeSingleRootBase64(CharSequence base64, BocLimits limits) {
    return singleRoot(deserializeBase64(base64, limits));
  }

  /** {@code root} as a BoC with CRC-32C and without index (@ton/core's default {@code toBoc()}). */
  public static byte[] serialize(Cell root) {
    return serialize(root, BocWriteOptions.CRC32C);
  }

  /** {@code root} as a BoC without index, with or without CRC-32C. */
  public static byte[] serialize(Cell root, boolean withCrc32c) {
    return serialize(root, BocWriteOptions.of(false, withCrc32c));
  }

  /** {@code root} as standard base64 of {@link #serialize(Cell, BocWriteOptions)}. */
  public static String serializeBase64(Cell root, BocWriteOptions options) {
    return Base64s.encodeStandard(serialize(root, options));
  }

  /**
   * {@code root} as a one-root BoC, byte-exact with @ton/core {@code toBoc({idx, crc32})}: cells in
   * topological order with the root first and every reference pointing to a higher index, identical
   * cells (same hash) written once, minimal byte widths for cell indexes and offsets.
   */
  public static byte[] serialize(Cell root, BocWriteOptions options) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    List<Cell> order = topologicalOrder(root);
    int cellCount = order.size();
    Map<Cell, Integer> indexOf = new HashMap<>(cellCount * 2);
    for (int i = 0; i < cellCount; i++) {
      indexOf.put(order.get(i), i);
    }
    int sizeBytes = Math.max(1, bytesFor(cellCount));
    long totalCellSize = 0;
    long[] ends = new long[cellCount];
    for (int i = 0; i < cellCount; i++) {
      Cell cell = order.get(i);
      totalCellSize += 2 + (cell.bitLength() + 7) / 8 + (long) cell.refCount() * sizeBytes;
      ends[i] = totalCellSize;
    }
    int offsetBytes = Math.max(1, bytesFor(totalCellSize));
    long totalSize =
        4
            + 1
            + 1
            + 3L * sizeBytes
            + offsetBytes
            + sizeBytes
            + (options.withIndex() ? (long) cellCount * offsetBytes : 0)
            + totalCellSize
            + (options.withCrc32c() ? 4 : 0);
    if (totalSize > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("BoC of " + totalSize + " bytes is too large");
    }
    Writer out = new Writer((int) totalSize);
    out.uint(MAGIC_GENERIC & 0xffffffffL, 4);
    out.uint((options.withIndex() ? 0x80 : 0) | (options.withCrc32c() ? 0x40 : 0) | sizeBytes, 1);
    out.uint(offsetBytes, 1);
    out.uint(cellCount, sizeBytes); // cells
    out.uint(1, sizeBytes); // roots
    out.uint(0, sizeBytes); // absent
    out.uint(totalCellSize, offsetBytes);
    out.uint(0, sizeBytes); // root index
    if (options.withIndex()) {
      for (long end : ends) {
        out.uint(end, offsetBytes);
      }
    }
    for (Cell cell : order) {
      // d1 = refs + 8 * exotic, d2 = floor(bits/8) + ceil(bits/8), data with completion tag
      out.uint(cell.refCount() + (cell.isExotic() ? 8 : 0), 1);
      out.uint(Cell.bitsDescriptor(cell.bitLength()), 1);
      out.paddedData(cell.dataBytes(), cell.bitLength());
      for (Cell ref : cell.refArray()) {
        out.uint(indexOf.get(ref), sizeBytes);
      }
    }
    if (options.withCrc32c()) {
      int crc = crc32c(out.buffer, 0, out.position);
      out.uint(Integer.toUnsignedLong(Integer.reverseBytes(crc)), 4);
    }
    return out.buffer;
  }

  /**
   * The order @ton/core {@code topologicalSort} produces: the reverse post-order of a depth-first
   * walk from the root that visits references last to first, each distinct cell once. Iterative, so
   * a 1024-deep chain needs no deep Java stack.
   */
  private static List<Cell> topologicalOrder(Cell root) {
    Set<Cell> seen = new HashSet<>();
    List<Cell> postOrder = new ArrayList<>();
    Cell[] stackCell = new Cell[root.depth() + 1];
    int[] stackNext = new int[root.depth() + 1];
    int top = 0;
    stackCell[0] = root;
    stackNext[0] = root.refCount() - 1;
    seen.add(root);
    while (top >= 0) {
      Cell cell = stackCell[top];
      int next = stackNext[top];
      if (next >= 0) {
        stackNext[top] = next - 1;
        Cell child = cell.refArray()[next];
        if (seen.add(child)) {
          top++;
          stackCell[top] = child;
          stackNext[top] = child.refCount() - 1;
        }
      } else {
        postOrder.add(cell);
        stackCell[top] = null;
        top--;
      }
    }
    List<Cell> order = new ArrayList<>(postOrder.size());
    for (int i = postOrder.size() - 1; i >= 0; i--) {
      order.add(postOrder.get(i));
    }
    return order;
  }

  /** Bytes needed for {@code value} as an unsigned number (0 for 0). */
  private static int bytesFor(long value) {
    return (64 - Long.numberOfLeadingZeros(value) + 7) / 8;
  }

  private static int crc32c(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  private static Cell singleRoot(List<Cell> roots) {
    if (roots.size() != 1) {
      throw new BocFormatException.NotSingleRoot(roots.size());
    }
    return roots.get(0);
  }

  private static byte[] decodeBase64(CharSequence base64, BocLimits limits) {
    Objects.requireNonNull(base64, "base64");
    Objects.requireNonNull(limits, "limits");
    if (base64.isEmpty()) {
      throw new BocFormatException.Empty();
    }
    long estimated = (long) base64.length() / 4 * 3;
    if (estimated > limits.maxInputBytes()) {
      throw new BocFormatException.InputTooLarge(estimated, limits.maxInputBytes());
    }
    try {
      return Base64s.decodeLenient(base64);
    } catch (EncodingException e) {
      throw new BocFormatException.InvalidBase64("BoC is not base64: " + e.getMessage(), e);
    }
  }

  /** A growing-free output buffer of known size. */
  private static final class Writer {
    final byte[] buffer;
    int position;

    Writer(int size) {
      buffer = new byte[size];
    }

    /** {@code value} as {@code bytes} big-endian bytes. */
    void uint(long value, int bytes) {
      for (int i = bytes - 1; i >= 0; i--) {
        buffer[position++] = (byte) (value >>> (8 * i));
      }
    }

    /** The data bytes, with the completion tag bit set after the last data bit if needed. */
    void paddedData(byte[] data, int bitLength) {
      System.arraycopy(data, 0, buffer, position, data.length);
      position += data.length;
      int partial = bitLength & 7;
      if (partial != 0) {
        buffer[position - 1] |= (byte) (0x80 >>> partial);
      }
    }
  }

  /** One pass over one input; every read is checked against the end of its section. */
  private static final class Reader {
    private final byte[] in;
    private final BocLimits limits;
    private int pos;

    Reader(byte[] in, BocLimits limits) {
      this.in = in;
      this.limits = limits;
    }

    List<Cell> read() {
      if (in.length == 0) {
        throw new BocFormatException.Empty();
      }
      if (in.length > limits.maxInputBytes()) {
        throw new BocFormatException.InputTooLarge(in.length, limits.maxInputBytes());
      }
      int magic = (int) uint(4, in.length, "magic");
      boolean hasIndex;
      boolean hasCrc;
      int size;
      boolean legacy;
      switch (magic) {
        case MAGIC_GENERIC -> {
          int flags = (int) uint(1, in.length, "flags");
          hasIndex = (flags & 0x80) != 0;
          hasCrc = (flags & 0x40) != 0;
          boolean hasCacheBits = (flags & 0x20) != 0;
          if ((flags & 0x18) != 0) {
            throw new BocFormatException.InvalidHeader(
                "reserved flag bits are set: 0x" + Integer.toHexString(flags));
          }
          if (hasCacheBits && !hasIndex) {
            throw new BocFormatException.InvalidHeader("has_cache_bits requires has_idx");
          }
          size = flags & 0x07;
          legacy = false;
        }
        case MAGIC_INDEXED, MAGIC_INDEXED_CRC32C -> {
          hasIndex = true;
          hasCrc = magic == MAGIC_INDEXED_CRC32C;
          size = (int) uint(1, in.length, "size");
          legacy = true;
        }
        default ->
            throw new BocFormatException.BadMagic(
                String.format(
                    "unknown BoC magic %08x (expected b5ee9c72, 68ff65f3 or acc3a728)", magic));
      }
      if (size < 1 || size > 4) {
        throw new BocFormatException.InvalidHeader("cell index size must be 1..4, was " + size);
      }
      int offBytes = (int) uint(1, in.length, "off_bytes");
      if (offBytes < 1 || offBytes > 8) {
        throw new BocFormatException.InvalidHeader("offset size must be 1..8, was " + offBytes);
      }
      long cells = uint(size, in.length, "cell count");
      long roots = uint(size, in.length, "root count");
      long absent = uint(size, in.length, "absent count");
      long totCellsSize = uint(offBytes, in.length, "tot_cells_size");
      if (cells == 0) {
        throw new BocFormatException.InvalidHeader("BoC declares no cells");
      }
      if (cells > limits.maxCells()) {
        throw new BocFormatException.TooManyCells(cells, limits.maxCells());
      }
      if (roots == 0) {
        throw new BocFormatException.InvalidHeader("BoC declares no roots");
      }
      if (roots > cells) {
        throw new BocFormatException.InvalidHeader(
            "BoC declares " + roots + " roots but only " + cells + " cells");
      }
      if (legacy && roots != 1) {
        throw new BocFormatException.InvalidHeader(
            "legacy indexed BoC must have exactly 1 root, has " + roots);
      }
      if (absent != 0) {
        throw new BocFormatException.AbsentCells(absent);
      }
      int cellCount = (int) cells;

      int[] rootIndexes;
      if (legacy) {
        rootIndexes = new int[] {0};
      } else {
        require(roots * size, in.length, "root list");
        rootIndexes = new int[(int) roots];
        for (int i = 0; i < rootIndexes.length; i++) {
          long root = uint(size, in.length, "root index");
          if (root >= cells) {
            throw new BocFormatException.RootIndexOutOfRange(root, cells);
          }
          rootIndexes[i] = (int) root;
        }
      }
      if (hasIndex) {
        require(cells * offBytes, in.length, "index");
        pos += cellCount * offBytes; // the index only speeds up random access; not needed here
      }
      long remaining = in.length - pos;
      if (totCellsSize < 0 || totCellsSize > remaining) {
        throw new BocFormatException.Truncated(
            pos,
            "cell data declares "
                + Long.toUnsignedString(totCellsSize)
                + " bytes, "
                + remaining
                + " remain");
      }
      if (totCellsSize < 2 * cells) {
        throw new BocFormatException.InvalidHeader(
            "BoC declares " + cells + " cells in only " + totCellsSize + " bytes of cell data");
      }
      int dataStart = pos;
      int dataEnd = dataStart + (int) totCellsSize;
      int end = dataEnd;
      if (hasCrc) {
        if (in.length - dataEnd < 4) {
          throw new BocFormatException.Truncated(dataEnd, "CRC-32C missing");
        }
        end = dataEnd + 4;
      }
      if (end != in.length) {
        throw new BocFormatException.TrailingData(
            (in.length - end) + " bytes after the end of the BoC");
      }
      if (hasCrc) {
        int stored =
            (in[dataEnd] & 0xff)
                | (in[dataEnd + 1] & 0xff) << 8
                | (in[dataEnd + 2] & 0xff) << 16
                | (in[dataEnd + 3] & 0xff) << 24;
        int computed = crc32c(in, 0, dataEnd);
        if (stored != computed) {
          throw new BocFormatException.CrcMismatch(stored, computed);
        }
      }
      Cell[] built = buildCells(cellCount, size, dataEnd);
      List<Cell> result = new ArrayList<>(rootIndexes.length);
      for (int root : rootIndexes) {
        result.add(built[root]);
      }
      return List.copyOf(result);
    }

    /** Parses every cell descriptor, then builds cells from the last index down to 0. */
    private Cell[] buildCells(int cellCount, int size, int dataEnd) {
      int[] dataOffset = new int[cellCount];
      int[] bitLength = new int[cellCount];
      byte[] refCount = new byte[cellCount];
      boolean[] library = new boolean[cellCount];
      int[] refIndex = new int[cellCount * Cell.MAX_REFS];
      for (int i = 0; i < cellCount; i++) {
        int d1 = (int) uint(1, dataEnd, "cell descriptor d1");
        int d2 = (int) uint(1, dataEnd, "cell descriptor d2");
        int refs = d1 & 7;
        boolean exotic = (d1 & 8) != 0;
        boolean storedHashes = (d1 & 16) != 0;
        int levelMask = d1 >>> 5;
        if (refs > Cell.MAX_REFS) {
          throw new BocFormatException.TooManyRefs(i, refs);
        }
        if (levelMask != 0) {
          throw new BocFormatException.UnsupportedCellType(
              i, "level mask " + levelMask + " (pruned-branch and Merkle cells are not supported)");
        }
        if (storedHashes) {
          require(STORED_HASH_BYTES, dataEnd, "stored hash and depth");
          pos += STORED_HASH_BYTES;
        }
        int dataBytes = (d2 + 1) >>> 1;
        require(dataBytes, dataEnd, "cell data");
        int bits = dataBytes * 8;
        if ((d2 & 1) != 0) {
          // d2 odd: the last byte ends with a completion tag "1 0*".
          int last = in[pos + dataBytes - 1] & 0xff;
          if (last == 0) {
            throw new BocFormatException.InvalidCellData(i, "completion tag missing");
          }
          int trailingZeros = Integer.numberOfTrailingZeros(last);
          if (trailingZeros == 7) {
            throw new BocFormatException.InvalidCellData(
                i, "completion tag fills a whole byte (non-canonical d2)");
          }
          bits = dataBytes * 8 - trailingZeros - 1;
        }
        if (exotic) {
          if (bits < 8) {
            throw new BocFormatException.InvalidCellData(i, "exotic cell without a type byte");
          }
          int type = in[pos] & 0xff;
          if (type != Cell.LIBRARY_TAG) {
            throw new BocFormatException.UnsupportedCellType(i, exoticName(type));
          }
          if (bits != Cell.LIBRARY_BITS || refs != 0) {
            throw new BocFormatException.InvalidCellData(
                i, "library cell must have 264 bits and no references");
          }
          library[i] = true;
        }
        dataOffset[i] = pos;
        bitLength[i] = bits;
        pos += dataBytes;
        require((long) refs * size, dataEnd, "reference indexes");
        for (int r = 0; r < refs; r++) {
          long ref = uint(size, dataEnd, "reference index");
          if (ref >= cellCount) {
            throw new BocFormatException.RefIndexOutOfRange(i, ref, cellCount);
          }
          if (ref <= i) {
            throw new BocFormatException.BackwardRef(i, ref);
          }
          refIndex[i * Cell.MAX_REFS + r] = (int) ref;
        }
        refCount[i] = (byte) refs;
      }
      if (pos != dataEnd) {
        throw new BocFormatException.TrailingData(
            (dataEnd - pos) + " unused bytes at the end of the cell data");
      }
      CellHasher hasher = new CellHasher();
      Cell[] built = new Cell[cellCount];
      for (int i = cellCount - 1; i >= 0; i--) {
        int refs = refCount[i];
        Cell[] children = refs == 0 ? Cell.NO_REFS : new Cell[refs];
        for (int r = 0; r < refs; r++) {
          children[r] = built[refIndex[i * Cell.MAX_REFS + r]];
        }
        int depth = Cell.depthOf(children);
        if (depth > Cell.MAX_DEPTH) {
          throw new BocFormatException.TooDeep(i, depth);
        }
        int bits = bitLength[i];
        byte[] data = Arrays.copyOfRange(in, dataOffset[i], dataOffset[i] + (bits + 7) / 8);
        if ((bits & 7) != 0) {
          data[data.length - 1] &= (byte) (0xff << (8 - (bits & 7)));
        }
        built[i] =
            new Cell(
                data,
                bits,
                children,
                library[i] ? CellType.LIBRARY : CellType.ORDINARY,
                depth,
                hasher);
      }
      return built;
    }

    private static String exoticName(int type) {
      return switch (type) {
        case 1 -> "pruned-branch cells (exotic type 1) are not supported";
        case 3 -> "Merkle proof cells (exotic type 3) are not supported";
        case 4 -> "Merkle update cells (exotic type 4) are not supported";
        default -> "unknown exotic cell type " + type;
      };
    }

    /** Fails unless {@code count} bytes remain before {@code limit}. */
    private void require(long count, int limit, String what) {
      if (count > limit - pos) {
        throw new BocFormatException.Truncated(
            pos, what + " needs " + count + " bytes, " + (limit - pos) + " remain");
      }
    }

    /**
     * A big-endian unsigned number of {@code bytes} (1..8) bytes; 8 bytes may come out negative.
     */
    private long uint(int bytes, int limit, String what) {
      require(bytes, limit, what);
      long value = 0;
      for (int i = 0; i < bytes; i++) {
        value = (value << 8) | (in[pos++] & 0xff);
      }
      return value;
    }
  }
}
