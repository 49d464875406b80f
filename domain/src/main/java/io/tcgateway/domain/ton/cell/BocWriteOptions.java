package io.tcgateway.domain.ton.cell;

/**
 * How {@link BagOfCells#serialize(Cell, BocWriteOptions)} writes a BoC, like @ton/core {@code
 * toBoc({idx, crc32})}.
 *
 * @param withIndex write the offset index (cumulative end offset of each cell)
 * @param withCrc32c append the CRC-32C of all preceding bytes, little-endian
 */
public record BocWriteOptions(boolean withIndex, boolean withCrc32c) {
  /** No index, no CRC ({@code te6ccgEB...}). */
  public static final BocWriteOptions PLAIN = new BocWriteOptions(false, false);

  /** No index, with CRC-32C ({@code te6cckEB...}): @ton/core's default and what wallets expect. */
  public static final BocWriteOptions CRC32C = new BocWriteOptions(false, true);

  /** Index and CRC-32C ({@code te6ccsEB...}). */
  public static final BocWriteOptions INDEXED_CRC32C = new BocWriteOptions(true, true);

  /** The options with the given flags. */
  public static BocWriteOptions of(boolean withIndex, boolean withCrc32c) {
    return new BocWriteOptions(withIndex, withCrc32c);
  }
}
