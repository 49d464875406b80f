package io.tcgateway.domain.verify;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.crypto.Sha256;
import io.tcgateway.domain.ton.Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The bytes a wallet signs for {@code ton_proof} (protocol.md §7; SPEC-NEW {@code connect.md} "Byte
 * layout"). Note the mixed endianness, confirmed in four independent implementations:
 *
 * <pre>
 * message = "ton-proof-item-v2/"          18 ASCII bytes
 *        || int32_BE(workchain)            4
 *        || address hash                   32
 *        || uint32_LE(len(domain_utf8))    4
 *        || domain_utf8                    n
 *        || uint64_LE(timestamp seconds)   8
 *        || payload_utf8                   rest, no length prefix
 * signed  = sha256(0xFF 0xFF || "ton-connect" || sha256(message))     // 32 bytes, Ed25519-signed
 * </pre>
 *
 * @param address the account that signs
 * @param domain the app domain ({@code host[:port]} of the manifest URL)
 * @param timestamp unix seconds
 * @param payload the payload the app issued, echoed by the wallet
 */
public record TonProofMessage(Address address, String domain, long timestamp, String payload) {
  private static final byte[] PREFIX = "ton-proof-item-v2/".getBytes(UTF_8);
  private static final byte[] SIGNED_PREFIX = {(byte) 0xff, (byte) 0xff};
  private static final byte[] TON_CONNECT = "ton-connect".getBytes(UTF_8);

  public TonProofMessage {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(payload, "payload");
  }

  /** The message before hashing (the vectors' {@code debug.messageHex}). */
  public byte[] message() {
    byte[] domainBytes = domain.getBytes(UTF_8);
    byte[] payloadBytes = payload.getBytes(UTF_8);
    ByteBuffer out =
        ByteBuffer.allocate(
            PREFIX.length + 4 + 32 + 4 + domainBytes.length + 8 + payloadBytes.length);
    out.put(PREFIX);
    out.order(ByteOrder.BIG_ENDIAN).putInt(address.workchain());
    address.hash().copyTo(out.array(), out.position());
    out.position(out.position() + 32);
    out.order(ByteOrder.LITTLE_ENDIAN).putInt(domainBytes.length);
    out.put(domainBytes);
    out.order(ByteOrder.LITTLE_ENDIAN).putLong(timestamp);
    out.put(payloadBytes);
    return out.array();
  }

  /** The 32 bytes the wallet's Ed25519 key signs (the vectors' {@code debug.signedHashHex}). */
  public byte[] signedHash() {
    return Sha256.hash(SIGNED_PREFIX, TON_CONNECT, Sha256.hash(message()));
  }
}
