package io.tcgateway.domain.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wallet's first message after a connect link: {@code connect} (approved) or {@code
 * connect_error} (protocol.md §4.2, SDK {@code wallet-event/connect-event.ts}).
 */
public sealed interface ConnectEvent extends WalletEvent
    permits ConnectEvent.Success, ConnectEvent.Error {

  /**
   * {@code
   * {"event":"connect","id":<n>,"payload":{"items":[...],"device":{...}},"response"?:{...}}}. The
   * items must include a {@code ton_addr} reply; {@code response} answers an embedded request.
   */
  record Success(
      long id, List<ConnectItemReply> items, DeviceInfo device, Optional<EmbeddedResponse> response)
      implements ConnectEvent {
    public Success {
      if (items == null) {
        throw new ProtocolFormatException.MissingField("payload.items");
      }
      items = List.copyOf(items);
      if (items.stream().noneMatch(TonAddressReply.class::isInstance)) {
        throw new ProtocolFormatException.InvalidField(
            "payload.items", "connect event has no ton_addr reply");
      }
      if (device == null) {
        throw new ProtocolFormatException.MissingField("payload.device");
      }
      Objects.requireNonNull(response, "response");
    }

    /** The connected account. */
    public TonAddressReply tonAddress() {
      return items.stream()
          .filter(TonAddressReply.class::isInstance)
          .map(TonAddressReply.class::cast)
          .findFirst()
          .orElseThrow();
    }

    /** The ton_proof reply, if the wallet produced one. */
    public Optional<TonProofReply> tonProof() {
      return items.stream()
          .filter(TonProofReply.class::isInstance)
          .map(TonProofReply.class::cast)
          .findFirst();
    }

    /** A per-item error for {@code itemName}, if the wallet sent one. */
    public Optional<ConnectItemReply.Failed> itemError(String itemName) {
      return items.stream()
          .filter(ConnectItemReply.Failed.class::isInstance)
          .map(ConnectItemReply.Failed.class::cast)
          .filter(failed -> failed.name().equals(itemName))
          .findFirst();
    }
  }

  /** {@code {"event":"connect_error","id":<n>,"payload":{"code":300,"message":"..."}}}. */
  record Error(long id, int code, String message) implements ConnectEvent {
    public Error {
      if (message == null) {
        throw new ProtocolFormatException.MissingField("payload.message");
      }
    }

    /** The code as a constant ({@link ConnectErrorCode#UNKNOWN} outside the table). */
    public ConnectErrorCode kind() {
      return ConnectErrorCode.fromCode(code);
    }
  }
}
