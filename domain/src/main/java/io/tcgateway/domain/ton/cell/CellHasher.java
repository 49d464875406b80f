package io.tcgateway.domain.ton.cell;

import io.tcgateway.domain.crypto.Sha256;
import java.security.MessageDigest;

/**
 * Computes representation hashes with one digest and one scratch buffer, so hashing many cells (a
 * deserialized bag, a snake chain) allocates nothing but the 32-byte results. Not thread-safe: one
 * instance per operation.
 */
final class CellHasher {
  /** d1 + d2 + 128 data bytes + 4 refs × (2-byte depth + 32-byte hash). */
  private static final int MAX_REPR = 2 + 128 + Cell.MAX_REFS * (2 + Sha256.LENGTH);

  private final MessageDigest digest = Sha256.newDigest();
  private final byte[] repr = new byte[MAX_REPR];

  /**
   * SHA-256 of the representation of a level-0 cell (@ton/core {@code descriptor.js getRepr}):
   *
   * <pre>
   * repr = d1 (1 byte)           refs + 8 * exotic
   *     || d2 (1 byte)           floor(bits / 8) + ceil(bits / 8)
   *     || data                  ceil(bits / 8) bytes; if bits % 8 != 0 the bit right after the
   *                              data is set to 1 (completion tag) and the rest stays 0
   *     || depth(ref_i)          uint16 big-endian, for each ref in order
   *     || hash(ref_i)           32 bytes, for each ref in order
   * </pre>
   *
   * @param data {@code ceil(bitLength / 8)} bytes, bits after {@code bitLength} zero
   */
  byte[] hash(byte[] data, int bitLength, Cell[] refs, boolean exotic) {
    int p = 0;
    repr[p++] = (byte) (refs.length + (exotic ? 8 : 0));
    repr[p++] = (byte) Cell.bitsDescriptor(bitLength);
    int dataBytes = (bitLength + 7) >>> 3;
    System.arraycopy(data, 0, repr, p, dataBytes);
    int partial = bitLength & 7;
    if (partial != 0) {
      repr[p + dataBytes - 1] |= (byte) (0x80 >>> partial);
    }
    p += dataBytes;
    for (Cell ref : refs) {
      repr[p++] = (byte) (ref.depth() >>> 8);
      repr[p++] = (byte) ref.depth();
    }
    for (Cell ref : refs) {
      System.arraycopy(ref.hashBytes(), 0, repr, p, Sha256.LENGTH);
      p += Sha256.LENGTH;
    }
    digest.update(repr, 0, p);
    return digest.digest();
  }
}
