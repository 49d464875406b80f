package io.tcgateway.domain.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code payload.items} in a {@code connect} event: the reply to a {@link ConnectItem}
 * (protocol.md §4.2).
 */
public sealed interface ConnectItemReply
    permits TonAddressReply, TonProofReply, ConnectItemReply.Failed, ConnectItemReply.Unknown {

  /** The item name ({@code ton_addr}, {@code ton_proof} ...). */
  String name();

  /**
   * {@code {"name":"ton_proof","error":{"code":400,"message"?:"..."}}}: the wallet could not
   * produce this item (e.g. it does not support ton_proof).
   */
  record Failed(String name, int code, Optional<String> message) implements ConnectItemReply {
    public Failed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(message, "message");
    }

    /** The code as a constant ({@link ConnectItemErrorCode#UNKNOWN} outside the table). */
    public ConnectItemErrorCode kind() {
      return ConnectItemErrorCode.fromCode(code);
    }
  }

  /** A reply to an item this codebase does not know, kept by name. */
  record Unknown(String name) implements ConnectItemReply {
    public Unknown {
      Objects.requireNonNull(name, "name");
    }
  }
}
