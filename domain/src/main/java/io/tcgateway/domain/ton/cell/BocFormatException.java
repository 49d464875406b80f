package io.tcgateway.domain.ton.cell;

/**
 * Bytes that should be a Bag of Cells are not one we accept (protocol.md §11.2). The subclass names
 * the rule that failed; the message says where. Thrown for every malformed input, however hostile:
 * a BoC reader never lets an {@code ArrayIndexOutOfBoundsException}, an {@code OutOfMemoryError} or
 * a {@code StackOverflowError} escape.
 */
public abstract sealed class BocFormatException extends IllegalArgumentException
    permits BocFormatException.Empty,
        BocFormatException.InputTooLarge,
        BocFormatException.InvalidBase64,
        BocFormatException.Truncated,
        BocFormatException.BadMagic,
        BocFormatException.InvalidHeader,
        BocFormatException.AbsentCells,
        BocFormatException.TooManyCells,
        BocFormatException.RootIndexOutOfRange,
        BocFormatException.CrcMismatch,
        BocFormatException.TrailingData,
        BocFormatException.InvalidCellData,
        BocFormatException.TooManyRefs,
        BocFormatException.RefIndexOutOfRange,
        BocFormatException.BackwardRef,
        BocFormatException.UnsupportedCellType,
        BocFormatException.TooDeep,
        BocFormatException.NotSingleRoot {

  private BocFormatException(String message) {
    super(message);
  }

  /** Zero bytes (or empty base64 text). */
  public static final class Empty extends BocFormatException {
    public Empty() {
      super("BoC is empty");
    }
  }

  /** More bytes than {@link BocLimits#maxInputBytes()} allows. */
  public static final class InputTooLarge extends BocFormatException {
    private final long size;

    public InputTooLarge(long size, int limit) {
      super("BoC has " + size + " bytes, the limit is " + limit);
      this.size = size;
    }

    /** The (possibly estimated) input size in bytes. */
    public long size() {
      return size;
    }
  }

  /** The text given for a BoC is not base64. */
  public static final class InvalidBase64 extends BocFormatException {
    public InvalidBase64(String message, Throwable cause) {
      super(message);
      initCause(cause);
    }
  }

  /** The input ends before a field that the header or a cell declares. */
  public static final class Truncated extends BocFormatException {
    private final long offset;

    public Truncated(long offset, String message) {
      super("BoC truncated at offset " + offset + ": " + message);
      this.offset = offset;
    }

    /** Byte offset where the missing field starts. */
    public long offset() {
      return offset;
    }
  }

  /** The first four bytes are none of {@code b5ee9c72}, {@code 68ff65f3}, {@code acc3a728}. */
  public static final class BadMagic extends BocFormatException {
    public BadMagic(String message) {
      super(message);
    }
  }

  /** A header field is out of its range or inconsistent with another one. */
  public static final class InvalidHeader extends BocFormatException {
    public InvalidHeader(String message) {
      super(message);
    }
  }

  /** The header declares absent cells; only complete bags are accepted. */
  public static final class AbsentCells extends BocFormatException {
    public AbsentCells(long absent) {
      super("BoC declares " + absent + " absent cells, only complete BoCs are supported");
    }
  }

  /** The header declares more cells than {@link BocLimits#maxCells()}. */
  public static final class TooManyCells extends BocFormatException {
    private final long cells;

    public TooManyCells(long cells, int limit) {
      super("BoC declares " + cells + " cells, the limit is " + limit);
      this.cells = cells;
    }

    /** The declared cell count. */
    public long cells() {
      return cells;
    }
  }

  /** A root index points outside the cell list. */
  public static final class RootIndexOutOfRange extends BocFormatException {
    public RootIndexOutOfRange(long root, long cells) {
      super("root index " + root + " is out of range for " + cells + " cells");
    }
  }

  /** The CRC-32C trailer does not match the preceding bytes. */
  public static final class CrcMismatch extends BocFormatException {
    public CrcMismatch(int expected, int actual) {
      super(
          String.format(
              "CRC-32C mismatch: stored %08x, computed %08x (both as little-endian uint32)",
              expected, actual));
    }
  }

  /** Bytes remain after the cell data (and CRC), or cell data does not fill its section. */
  public static final class TrailingData extends BocFormatException {
    public TrailingData(String message) {
      super(message);
    }
  }

  /** A cell's bytes are not a valid cell (completion tag missing, malformed library cell). */
  public static final class InvalidCellData extends BocFormatException {
    public InvalidCellData(int cell, String message) {
      super("cell " + cell + ": " + message);
    }
  }

  /** A cell descriptor declares more than 4 references. */
  public static final class TooManyRefs extends BocFormatException {
    public TooManyRefs(int cell, int refs) {
      super("cell " + cell + " declares " + refs + " references, at most 4 are allowed");
    }
  }

  /** A reference points past the last cell. */
  public static final class RefIndexOutOfRange extends BocFormatException {
    public RefIndexOutOfRange(int cell, long ref, long cells) {
      super("cell " + cell + " refers to cell " + ref + ", but there are only " + cells);
    }
  }

  /**
   * A reference points to the cell itself or to a lower index. Writers emit cells in topological
   * order (references point forward), so this is either a cycle or a bag we refuse to reorder.
   */
  public static final class BackwardRef extends BocFormatException {
    public BackwardRef(int cell, long ref) {
      super(
          "cell "
              + cell
              + " refers to cell "
              + ref
              + "; references must point to higher indexes (cycle or unordered BoC)");
    }
  }

  /** An exotic cell other than a library cell, or a non-zero level mask. */
  public static final class UnsupportedCellType extends BocFormatException {
    public UnsupportedCellType(int cell, String message) {
      super("cell " + cell + ": " + message);
    }
  }

  /** A cell tree deeper than {@link Cell#MAX_DEPTH}. */
  public static final class TooDeep extends BocFormatException {
    public TooDeep(int cell, int depth) {
      super("cell " + cell + " has depth " + depth + ", the maximum is " + Cell.MAX_DEPTH);
    }
  }

  /** The caller needs exactly one root and the BoC has another number. */
  public static final class NotSingleRoot extends BocFormatException {
    private final int roots;

    public NotSingleRoot(int roots) {
      super("expected exactly one root cell, the BoC has " + roots);
      this.roots = roots;
    }

    /** The number of roots found. */
    public int roots() {
      return roots;
    }
  }
}
