package io.tcgateway.domain.protocol;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ton_addr} reply: the connected account (protocol.md §4.2).
 *
 * <pre>
 * {"name":"ton_addr","address":"0:<64 hex>","network":"-239",
 *  "publicKey"?:"<64 hex>","walletStateInit"?:"<base64 BoC>"}
 * </pre>
 *
 * {@code publicKey} and {@code walletStateInit} are untrusted hints: a verifier re-derives the key
 * from the state init and checks that the state init hashes to the address. Non-standard wallets
 * omit the key and send {@code walletStateInit: ""}; the text is kept as sent.
 */
public record TonAddressReply(
    Address address, Network network, Optional<Bytes> publicKey, Optional<String> walletStateInit)
    implements ConnectItemReply {

  /** Wire name. */
  public static final String NAME = "ton_addr";

  public TonAddressReply {
    if (address == null) {
      throw new ProtocolFormatException.MissingField("address");
    }
    if (network == null) {
      throw new ProtocolFormatException.MissingField("network");
    }
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(walletStateInit, "walletStateInit");
    if (publicKey.isPresent() && publicKey.get().length() != 32) {
      throw new ProtocolFormatException.InvalidField(
          "publicKey", "public key must be 32 bytes, was " + publicKey.get().length());
    }
    if (walletStateInit.isPresent() && !walletStateInit.get().isEmpty()) {
      try {
        Base64s.decodeLenient(walletStateInit.get());
      } catch (IllegalArgumentException e) {
        throw new ProtocolFormatException.InvalidField(
            "walletStateInit", "walletStateInit must be base64: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The decoded state init BoC; empty if absent or {@code ""}. */
  public Optional<Bytes> walletStateInitBytes() {
    return walletStateInit
        .filter(text -> !text.isEmpty())
        .map(text -> Bytes.wrap(Base64s.decodeLenient(text)));
  }
}
