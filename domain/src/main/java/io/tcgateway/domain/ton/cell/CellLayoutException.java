package io.tcgateway.domain.ton.cell;

/**
 * A cell has enough bits and references, but they do not follow the expected TL-B layout: an
 * unsupported constructor tag, a snake string that is not byte-aligned, data left over after a
 * structure that must consume the whole cell, or a malformed library cell.
 */
public abstract sealed class CellLayoutException extends IllegalArgumentException
    permits CellLayoutException.UnexpectedTag,
        CellLayoutException.MalformedSnake,
        CellLayoutException.TrailingData,
        CellLayoutException.InvalidLibraryCell {

  private CellLayoutException(String message) {
    super(message);
  }

  /** A constructor tag or prefix other than the ones accepted here. */
  public static final class UnexpectedTag extends CellLayoutException {
    public UnexpectedTag(String message) {
      super(message);
    }
  }

  /** A snake (string tail) cell has a bit count that is not a multiple of 8, or several refs. */
  public static final class MalformedSnake extends CellLayoutException {
    public MalformedSnake(String message) {
      super(message);
    }
  }

  /** Bits or references remain after a structure that must use the whole cell. */
  public static final class TrailingData extends CellLayoutException {
    public TrailingData(int bits, int refs) {
      super("unexpected data after the structure: " + bits + " bits, " + refs + " references");
    }
  }

  /** A library cell must be {@code 0x02 || 32-byte hash} (264 bits) without references. */
  public static final class InvalidLibraryCell extends CellLayoutException {
    public InvalidLibraryCell(String message) {
      super(message);
    }
  }
}
