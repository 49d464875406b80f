package io.tcgateway.domain.protocol;

import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;

/**
 * The result of {@code signData} (protocol.md §9):
 *
 * <pre>
 * {"signature":"<base64, 64 bytes>","address":"0:<hex>","timestamp":1700000000,
 *  "domain":"example.com","payload":{...the request payload, echoed...}}
 * </pre>
 *
 * Nothing here is verified; a verifier must rebuild the signed bytes, check the signature with the
 * key established at connect, and check {@code payload} against what was sent.
 */
public record SignDataResult(
    Bytes signature, Address address, long timestamp, String domain, SignDataPayload payload)
    implements RpcResult {

  /** Length of an Ed25519 signature. */
  public static final int SIGNATURE_LENGTH = 64;

  public SignDataResult {
    if (signature == null) {
      throw new ProtocolFormatException.MissingField("signature");
    }
    if (signature.length() != SIGNATURE_LENGTH) {
      throw new ProtocolFormatException.InvalidField(
          "signature", "signature must be 64 bytes, was " + signature.length());
    }
    if (address == null) {
      throw new ProtocolFormatException.MissingField("address");
    }
    if (timestamp < 0) {
      throw new ProtocolFormatException.InvalidField("timestamp", "timestamp must not be negative");
    }
    if (domain == null) {
      throw new ProtocolFormatException.MissingField("domain");
    }
    if (payload == null) {
      throw new ProtocolFormatException.MissingField("payload");
    }
  }
}
