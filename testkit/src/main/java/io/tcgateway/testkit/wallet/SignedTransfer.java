package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocWriteOptions;
import io.tcgateway.domain.ton.cell.Cell;
import java.util.Objects;

/**
 * A transfer the simulated wallet signed: the message that carries it (external-in for
 * sendTransaction, internal to the wallet itself for signMessage) and its signed body.
 *
 * @param message the message cell whose BoC is the RPC result
 * @param signedBody the body the wallet contract checks (signature over the rest's hash)
 * @param seqno the wallet seqno the transfer uses
 * @param validUntil the {@code valid_until} it carries, unix seconds
 */
public record SignedTransfer(Cell message, Cell signedBody, long seqno, long validUntil) {
  public SignedTransfer {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signedBody, "signedBody");
  }

  /** The message as a one-root BoC with CRC-32C (what {@code @ton/core} {@code toBoc()} writes). */
  public BocBase64 boc() {
    return BocBase64.of(Bytes.wrap(BagOfCells.serialize(message, BocWriteOptions.CRC32C)));
  }
}
