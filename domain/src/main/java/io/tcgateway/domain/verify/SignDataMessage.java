package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.crypto.Sha256;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.CellBuilder;
import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * The 32 bytes a wallet signs for {@code signData} (protocol.md §9; Tonkeeper's {@code
 * signUtils.ts}, the reference backend's {@code sign-data-service.ts}, the official wallet kit).
 *
 * <p><b>text / binary</b>: one SHA-256; every integer big-endian (unlike {@code ton_proof}):
 *
 * <pre>
 * message = 0xFF 0xFF || "ton-connect/sign-data/"       2 + 22 bytes
 *        || int32_BE(workchain) || address hash(32)
 *        || uint32_BE(len(domain_utf8)) || domain_utf8
 *        || uint64_BE(timestamp)
 *        || "txt" | "bin"                                3 ASCII bytes
 *        || uint32_BE(len(data)) || data                 UTF-8 text, or the raw bytes
 * signed  = sha256(message)
 * </pre>
 *
 * <p><b>cell</b>: the representation hash of this cell, no extra hashing:
 *
 * <pre>
 * message#75569022 schema_hash:uint32 timestamp:uint64 userAddress:MsgAddress
 *                  {n:#} appDomain:^(SnakeData ~n) payload:^Cell = Message;
 * schema_hash = crc32(schema_utf8)                       IEEE CRC-32, as java.util.zip.CRC32
 * appDomain   = TEP-81 DNS form: lower case, labels reversed, each followed by 0x00,
 *               non-ASCII labels punycoded ("app.example.org" → "org\0example\0app\0")
 * signed      = hash(root)                               refs: [domain snake cell, payload root]
 * </pre>
 */
public final class SignDataMessage {
  private static final byte[] TEXT_BINARY_PREFIX = prefix();
  private static final long CELL_PREFIX = 0x75569022L;

  private SignDataMessage() {}

  /** Which of the two byte-string payload kinds is signed; the tag is part of the message. */
  public enum ByteKind {
    /** {@code text}: UTF-8 of the text, tag {@code "txt"}. */
    TEXT("txt"),
    /** {@code binary}: the decoded bytes, tag {@code "bin"}. */
    BINARY("bin");

    private final byte[] tag;

    ByteKind(String tag) {
      this.tag = tag.getBytes(UTF_8);
    }
  }

  /** The pre-hash message for a text or binary payload (the vectors' {@code debug.messageHex}). */
  public static byte[] textOrBinaryMessage(
      Address address, String domain, long timestamp, ByteKind kind, byte[] data) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(data, "data");
    byte[] domainBytes = domain.getBytes(UTF_8);
    ByteBuffer out =
        ByteBuffer.allocate(
            TEXT_BINARY_PREFIX.length + 4 + 32 + 4 + domainBytes.length + 8 + 3 + 4 + data.length);
    out.put(TEXT_BINARY_PREFIX);
    out.putInt(address.workchain());
    out.put(address.hash().toByteArray());
    out.putInt(domainBytes.length);
    out.put(domainBytes);
    out.putLong(timestamp);
    out.put(kind.tag);
    out.putInt(data.length);
    out.put(data);
    return out.array();
  }

  /** The signed hash of a text or binary payload: {@code sha256(message)}. */
  public static byte[] textOrBinaryHash(
      Address address, String domain, long timestamp, ByteKind kind, byte[] data) {
    return Sha256.hash(textOrBinaryMessage(address, domain, timestamp, kind, data));
  }

  /** The cell a wallet signs for a cell payload (its hash is what is signed). */
  public static Cell cellMessage(
      Address address, String domain, long timestamp, String schema, Cell payload) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(payload, "payload");
    return buildCell(address, tep81(domain), timestamp, schema, payload);
  }

  private static Cell buildCell(
      Address address, String storedDomain, long timestamp, String schema, Cell payload) {
    CRC32 crc = new CRC32();
    crc.update(schema.getBytes(UTF_8));
    return CellBuilder.beginCell()
        .storeUint(CELL_PREFIX, 32)
        .storeUint(crc.getValue(), 32)
        .storeUint(timestamp, 64)
        .storeAddress(address)
        .storeStringRefTail(storedDomain)
        .storeRef(payload)
        .endCell();
  }

  /** The signed hash of a cell payload: the representation hash of {@link #cellMessage}. */
  public static byte[] cellHash(
      Address address, String domain, long timestamp, String schema, Cell payload) {
    return cellMessage(address, domain, timestamp, schema, payload).hash().toByteArray();
  }

  /**
   * The hash older wallets signed for a cell payload: the same cell with the domain stored as its
   * plain UTF-8 text instead of the TEP-81 form. Only for an explicit compatibility mode.
   */
  public static byte[] cellHashWithPlainDomain(
      Address address, String domain, long timestamp, String schema, Cell payload) {
    return buildCell(address, domain, timestamp, schema, payload).hash().toByteArray();
  }

  /**
   * TEP-81 DNS encoding of an app domain: {@code "app.example.org"} → {@code "org\0example\0app\0"}
   * (as bytes of the returned string's ASCII characters).
   */
  static String tep81(String domain) {
    String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.", -1);
    StringBuilder out = new StringBuilder(domain.length() + labels.length);
    for (int i = labels.length - 1; i >= 0; i--) {
      String label = labels[i];
      out.append(isAscii(label) ? label : IDN.toASCII(label, IDN.ALLOW_UNASSIGNED)).append('\0');
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static byte[] prefix() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xff);
    out.write(0xff);
    out.writeBytes("ton-connect/sign-data/".getBytes(UTF_8));
    return out.toByteArray();
  }
}
