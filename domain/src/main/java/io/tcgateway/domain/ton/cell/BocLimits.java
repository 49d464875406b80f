package io.tcgateway.domain.ton.cell;

/**
 * Upper bounds a {@link BagOfCells} reader enforces before it allocates anything for a BoC.
 *
 * @param maxCells most cells a BoC may declare (default 16384, twice the 8192 cells a TON message
 *     may have)
 * @param maxInputBytes most bytes a BoC may have (default 1 MiB, four times the 2^21-bit message
 *     limit)
 */
public record BocLimits(int maxCells, int maxInputBytes) {
  /** 16384 cells, 1 MiB. */
  public static final BocLimits DEFAULT = new BocLimits(16_384, 1 << 20);

  public BocLimits {
    if (maxCells < 1) {
      throw new IllegalArgumentException("maxCells must be positive, was " + maxCells);
    }
    if (maxInputBytes < 1) {
      throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
    }
  }

  /** Limits with {@code maxCells} and {@code maxInputBytes}. */
  public static BocLimits of(int maxCells, int maxInputBytes) {
    return new BocLimits(maxCells, maxInputBytes);
  }
}
