package io.tcgateway.domain.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;

/**
 * The {@code ton_proof} reply (protocol.md §4.2, §7):
 *
 * <pre>
 * {"name":"ton_proof","proof":{"timestamp":1700000000,
 *   "domain":{"lengthBytes":11,"value":"example.com"},
 *   "signature":"<standard base64>","payload":"<echo of the request payload>"}}
 * </pre>
 *
 * Checked here the way the SDK's {@code validateTonProofItemReply} does (shape only: {@code
 * lengthBytes} equals the UTF-8 length of the domain, the signature is standard base64). The
 * signature itself is the verifier's job.
 */
public record TonProofReply(long timestamp, Domain domain, String signature, String payload)
    implements ConnectItemReply {

  /** Wire name. */
  public static final String NAME = "ton_proof";

  public TonProofReply {
    if (timestamp < 0) {
      throw new ProtocolFormatException.InvalidField(
          "proof.timestamp", "timestamp must not be negative");
    }
    if (domain == null) {
      throw new ProtocolFormatException.MissingField("proof.domain");
    }
    if (signature == null) {
      throw new ProtocolFormatException.MissingField("proof.signature");
    }
    try {
      if (signature.isEmpty()) {
        throw new IllegalArgumentException("signature is empty");
      }
      Base64s.decodeStandard(signature);
    } catch (IllegalArgumentException e) {
      throw new ProtocolFormatException.InvalidField(
          "proof.signature", "signature must be standard base64: " + e.getMessage(), e);
    }
    if (payload == null) {
      throw new ProtocolFormatException.MissingField("proof.payload");
    }
    if (payload.isEmpty()) {
      throw new ProtocolFormatException.InvalidField("proof.payload", "payload must not be empty");
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The decoded signature bytes. */
  public Bytes signatureBytes() {
    return Bytes.wrap(Base64s.decodeStandard(signature));
  }

  /** The app domain the proof is bound to; {@code lengthBytes} must be its UTF-8 length. */
  public record Domain(int lengthBytes, String value) {
    public Domain {
      if (value == null) {
        throw new ProtocolFormatException.MissingField("proof.domain.value");
      }
      if (value.isEmpty()) {
        throw new ProtocolFormatException.InvalidField(
            "proof.domain.value", "domain must not be empty");
      }
      int actual = value.getBytes(UTF_8).length;
      if (lengthBytes != actual) {
        throw new ProtocolFormatException.InvalidField(
            "proof.domain.lengthBytes",
            "lengthBytes is " + lengthBytes + " but the domain is " + actual + " UTF-8 bytes");
      }
    }

    /** The domain with its UTF-8 length. */
    public static Domain of(String value) {
      return new Domain(value.getBytes(UTF_8).length, value);
    }
  }
}
