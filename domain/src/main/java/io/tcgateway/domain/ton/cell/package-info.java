/**
 * TON cells and the Bag-of-Cells format (protocol.md §11): immutable {@link
 * io.tcgateway.domain.ton.cell.Cell}s with their representation hash, {@link
 * io.tcgateway.domain.ton.cell.CellBuilder} / {@link io.tcgateway.domain.ton.cell.CellSlice} to
 * write and read them, {@link io.tcgateway.domain.ton.cell.BagOfCells} to (de)serialize hostile
 * input within {@link io.tcgateway.domain.ton.cell.BocLimits}, and the two structures TON Connect
 * needs: {@link io.tcgateway.domain.ton.cell.StateInit} (with {@link
 * io.tcgateway.domain.ton.cell.WalletContract} to find a wallet's public key) and {@link
 * io.tcgateway.domain.ton.cell.TextComment}.
 *
 * <p>Only ordinary and library cells are supported; pruned-branch and Merkle cells are rejected
 * (docs/adr/0002-boc-subset.md). Dependencies: {@code java.*} and the domain's {@code bytes},
 * {@code crypto} and {@code ton} packages.
 */
package io.tcgateway.domain.ton.cell;
