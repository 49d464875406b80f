package io.tcgateway.domain.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.ton.Network;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of a {@link ConnectRequest}: what the app asks the wallet to share (protocol.md §4.1).
 */
public sealed interface ConnectItem permits ConnectItem.TonAddress, ConnectItem.TonProof {

  /** The wire {@code name}. */
  String name();

  /**
   * {@code {"name":"ton_addr"}}: the account address. With {@code network} the wallet should
   * connect on that network (SPEC-NEW; the SDK adds it when the dApp set a desired network).
   */
  record TonAddress(Optional<Network> network) implements ConnectItem {
    /** Wire name. */
    public static final String NAME = "ton_addr";

    public TonAddress {
      Objects.requireNonNull(network, "network");
    }

    /** {@code ton_addr} without a network. */
    public static TonAddress any() {
      return new TonAddress(Optional.empty());
    }

    @Override
    public String name() {
      return NAME;
    }
  }

  /**
   * {@code {"name":"ton_proof","payload":"..."}}: a signature over the app domain and {@code
   * payload} (usually a server nonce). The SDK requires a non-empty payload of at most 128 UTF-8
   * bytes (Ledger signs no more); with the app domain the total must stay within 222 bytes, see
   * {@link #requireFitsLedger}.
   */
  record TonProof(String payload) implements ConnectItem {
    /** Wire name. */
    public static final String NAME = "ton_proof";

    /** Largest payload, in UTF-8 bytes. */
    public static final int MAX_PAYLOAD_BYTES = 128;

    /** Largest app domain, in UTF-8 bytes. */
    public static final int MAX_DOMAIN_BYTES = 128;

    /** Largest domain + payload, in UTF-8 bytes. */
    public static final int MAX_TOTAL_BYTES = 222;

    public TonProof {
      if (payload == null) {
        throw new ProtocolFormatException.MissingField("payload");
      }
      if (payload.isEmpty()) {
        throw new ProtocolFormatException.InvalidField("payload", "ton_proof payload is empty");
      }
      int bytes = payload.getBytes(UTF_8).length;
      if (bytes > MAX_PAYLOAD_BYTES) {
        throw new ProtocolFormatException.InvalidField(
            "payload", "ton_proof payload is " + bytes + " UTF-8 bytes, the limit is 128");
      }
    }

    @Override
    public String name() {
      return NAME;
    }

    /**
     * Checks the Ledger limits that involve the app domain the proof will be bound to.
     *
     * @throws ProtocolFormatException.InvalidField if the domain exceeds 128 bytes or domain +
     *     payload exceed 222 bytes
     */
    public void requireFitsLedger(String appDomain) {
      int domainBytes = appDomain.getBytes(UTF_8).length;
      if (domainBytes > MAX_DOMAIN_BYTES) {
        throw new ProtocolFormatException.InvalidField(
            "domain", "app domain is " + domainBytes + " UTF-8 bytes, the limit is 128");
      }
      int total = domainBytes + payload.getBytes(UTF_8).length;
      if (total > MAX_TOTAL_BYTES) {
        throw new ProtocolFormatException.InvalidField(
            "payload", "app domain + ton_proof payload are " + total + " bytes, the limit is 222");
      }
    }
  }
}
