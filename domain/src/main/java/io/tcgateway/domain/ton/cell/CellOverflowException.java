package io.tcgateway.domain.ton.cell;

/**
 * A {@link CellBuilder} (or a cell factory) was asked for more than a cell can hold: more than 1023
 * data bits, more than 4 references, a value wider than its field, or a tree deeper than {@link
 * Cell#MAX_DEPTH}.
 */
public abstract sealed class CellOverflowException extends IllegalArgumentException
    permits CellOverflowException.TooManyBits,
        CellOverflowException.TooManyRefs,
        CellOverflowException.ValueOutOfRange,
        CellOverflowException.TooDeep {

  private CellOverflowException(String message) {
    super(message);
  }

  /** Storing would exceed 1023 data bits. */
  public static final class TooManyBits extends CellOverflowException {
    public TooManyBits(int have, int adding) {
      super(
          "cell overflow: "
              + have
              + " bits + "
              + adding
              + " bits exceeds "
              + Cell.MAX_BITS
              + " bits");
    }
  }

  /** Storing would exceed 4 references. */
  public static final class TooManyRefs extends CellOverflowException {
    public TooManyRefs(int have, int adding) {
      super(
          "cell overflow: "
              + have
              + " references + "
              + adding
              + " exceeds "
              + Cell.MAX_REFS
              + " references");
    }
  }

  /** A value does not fit the requested field width, or the width itself is out of range. */
  public static final class ValueOutOfRange extends CellOverflowException {
    public ValueOutOfRange(String message) {
      super(message);
    }
  }

  /** The new cell would be deeper than {@link Cell#MAX_DEPTH}. */
  public static final class TooDeep extends CellOverflowException {
    public TooDeep(int depth) {
      super("cell depth " + depth + " exceeds " + Cell.MAX_DEPTH);
    }
  }
}
