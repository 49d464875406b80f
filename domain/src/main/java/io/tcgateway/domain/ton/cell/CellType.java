package io.tcgateway.domain.ton.cell;

/**
 * The cell types this package supports. Pruned-branch (exotic type 1) and Merkle proof/update
 * (types 3 and 4) cells need per-level hashes and are rejected on input (ADR 0002).
 */
public enum CellType {
  /** An ordinary cell: up to 1023 data bits and 4 references. */
  ORDINARY,
  /** Exotic type 2: {@code 0x02 || 32-byte hash} of a library code cell, no references. */
  LIBRARY
}
