package io.tcgateway.domain.ton.cell;

/** A {@link CellSlice} was asked for more bits or references than remain in it. */
public abstract sealed class CellUnderflowException extends IllegalArgumentException
    permits CellUnderflowException.NotEnoughBits, CellUnderflowException.NotEnoughRefs {

  private CellUnderflowException(String message) {
    super(message);
  }

  /** Fewer data bits remain than requested. */
  public static final class NotEnoughBits extends CellUnderflowException {
    public NotEnoughBits(int requested, int remaining) {
      super("cell underflow: need " + requested + " bits, " + remaining + " remain");
    }
  }

  /** Fewer references remain than requested. */
  public static final class NotEnoughRefs extends CellUnderflowException {
    public NotEnoughRefs(int requested, int remaining) {
      super("cell underflow: need " + requested + " references, " + remaining + " remain");
    }
  }
}
