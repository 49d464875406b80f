package io.tcgateway.domain.protocol;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.BocFormatException;
import java.util.Objects;

/**
 * A bag of cells as TON Connect carries it: standard base64 with padding (payloads, state inits,
 * {@code signData} cells, signed messages).
 *
 * <p>{@link #parse} accepts the standard or the URL-safe alphabet with or without padding (not
 * mixed), and normalises to standard + padding like the SDK's {@code normalizeBase64} (protocol.md
 * §6). The decoded bytes must start with the BoC magic {@code b5ee9c72} (the SDK's {@code te6cc}
 * prefix check) and parse as a bag of cells with exactly one root ({@link
 * io.tcgateway.domain.ton.cell.BagOfCells}, default limits); {@link #requireBoc} is the one place
 * that decides what counts as a BoC.
 */
public record BocBase64(String base64) {
  // serialized_boc#b5ee9c72 (tlb: crypto/tl/boc.tlb); the only BoC flavour wallets accept.
  private static final byte[] MAGIC = {(byte) 0xb5, (byte) 0xee, (byte) 0x9c, (byte) 0x72};

  public BocBase64 {
    Objects.requireNonNull(base64, "base64");
    byte[] bytes;
    try {
      bytes = Base64s.decodeStandard(base64);
    } catch (IllegalArgumentException e) {
      throw new ProtocolFormatException.InvalidField(
          "boc", "BoC must be standard base64 with padding: " + e.getMessage(), e);
    }
    requireBoc(bytes);
  }

  /**
   * Parses base64 in either alphabet, padded or not, and normalises it.
   *
   * @throws ProtocolFormatException.InvalidField if it is not base64 or not a BoC
   */
  public static BocBase64 parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new ProtocolFormatException.InvalidField("boc", "BoC must not be empty");
    }
    boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
    boolean standard = text.indexOf('+') >= 0 || text.indexOf('/') >= 0;
    if (urlSafe && standard) {
      throw new ProtocolFormatException.InvalidField(
          "boc", "BoC base64 mixes the standard and URL-safe alphabets");
    }
    String normalized = text.replace('-', '+').replace('_', '/');
    int padding = (4 - normalized.length() % 4) % 4;
    return new BocBase64(normalized + "=".repeat(padding));
  }

  /** The standard base64 of {@code boc}. */
  public static BocBase64 of(Bytes boc) {
    return new BocBase64(boc.toBase64());
  }

  /**
   * Checks that {@code bytes} are a one-root bag of cells with the {@code b5ee9c72} magic (the
   * legacy magics a reader accepts are refused here: wallets and the SDK only take this one).
   *
   * @throws ProtocolFormatException.InvalidField if they are not
   */
  public static void requireBoc(byte[] bytes) {
    if (bytes.length < MAGIC.length) {
      throw new ProtocolFormatException.InvalidField("boc", "BoC is shorter than its magic");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        throw new ProtocolFormatException.InvalidField(
            "boc", "not a bag of cells: bytes do not start with b5ee9c72");
      }
    }
    try {
      BagOfCells.deserializeSingleRoot(bytes);
    } catch (BocFormatException e) {
      throw new ProtocolFormatException.InvalidField(
          "boc", "not a one-root bag of cells: " + e.getMessage(), e);
    }
  }

  /** The decoded BoC bytes. */
  public Bytes bytes() {
    return Bytes.wrap(Base64s.decodeStandard(base64));
  }

  /** The base64 text. */
  @Override
  public String toString() {
    return base64;
  }
}
