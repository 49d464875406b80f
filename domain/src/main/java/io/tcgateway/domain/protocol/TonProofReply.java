package io.tcgateway.domain.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The {@code ton_proof} reply (protocol.md §4.2, §7):
 *
 * <pre>
 * {"name":"ton_proof","proof":{"timestamp":1700000000,
 *   "domain":{"lengthBytes":11,"value":"example.com"},
 *   "signature":"<standard base64>","payload":"<echo of the request payload>"}}
 * </pre>
 *
 * Only the shape is checked here (fields present, timestamp not negative). Everything a proof can
 * get wrong — {@code lengthBytes} that is not the UTF-8 length of the domain, a signature that is
 * not 64 bytes of base64, an empty payload — is kept as sent, so that {@code
 * domain.verify.TonProofVerifier} rejects it with a stable reason instead of the whole connect
 * event being dropped as malformed.
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
    if (payload == null) {
      throw new ProtocolFormatException.MissingField("proof.payload");
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The app domain the proof is bound to, with {@code lengthBytes} as the wallet sent it (a valid
   * proof has the UTF-8 length of {@code value}, see {@link #lengthMatches()}).
   */
  public record Domain(int lengthBytes, String value) {
    public Domain {
      if (value == null) {
        throw new ProtocolFormatException.MissingField("proof.domain.value");
      }
      if (value.isEmpty()) {
        throw new ProtocolFormatException.InvalidField(
            "proof.domain.value", "domain must not be empty");
      }
    }

    /** Whether {@code lengthBytes} is the UTF-8 length of {@code value}. */
    public boolean lengthMatches() {
      return lengthBytes == value.getBytes(UTF_8).length;
    }

    /** The domain with its UTF-8 length. */
    public static Domain of(String value) {
      return new Domain(value.getBytes(UTF_8).length, value);
    }
  }
}
