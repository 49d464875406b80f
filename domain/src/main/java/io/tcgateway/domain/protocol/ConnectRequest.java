package io.tcgateway.domain.protocol;

import io.tcgateway.domain.ton.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The request an app puts (unencrypted) into the {@code r} parameter of a connect link: its
 * manifest URL and the items it asks for (protocol.md §4.1, SDK {@code createConnectRequest}).
 * Exactly one {@code ton_addr}, first; at most one {@code ton_proof}, after it.
 */
public record ConnectRequest(String manifestUrl, List<ConnectItem> items) {
  public ConnectRequest {
    if (manifestUrl == null) {
      throw new ProtocolFormatException.MissingField("manifestUrl");
    }
    if (manifestUrl.isBlank()) {
      throw new ProtocolFormatException.InvalidField("manifestUrl", "manifest URL is blank");
    }
    if (items == null) {
      throw new ProtocolFormatException.MissingField("items");
    }
    items = List.copyOf(items);
    if (items.isEmpty() || !(items.getFirst() instanceof ConnectItem.TonAddress)) {
      throw new ProtocolFormatException.InvalidField("items", "the first item must be ton_addr");
    }
    for (int i = 1; i < items.size(); i++) {
      if (!(items.get(i) instanceof ConnectItem.TonProof) || i > 1) {
        throw new ProtocolFormatException.InvalidField(
            "items[" + i + "]", "only one ton_proof may follow ton_addr");
      }
    }
  }

  /**
   * The request the SDK builds: {@code ton_addr} (with {@code network} if given), then {@code
   * ton_proof} if a payload is given.
   */
  public static ConnectRequest of(
      String manifestUrl, Optional<Network> network, Optional<String> proofPayload) {
    Objects.requireNonNull(proofPayload, "proofPayload");
    List<ConnectItem> items = new ArrayList<>();
    items.add(new ConnectItem.TonAddress(network));
    proofPayload.ifPresent(payload -> items.add(new ConnectItem.TonProof(payload)));
    return new ConnectRequest(manifestUrl, items);
  }

  /** The {@code ton_addr} item. */
  public ConnectItem.TonAddress tonAddress() {
    return (ConnectItem.TonAddress) items.getFirst();
  }

  /** The {@code ton_proof} item, if requested. */
  public Optional<ConnectItem.TonProof> tonProof() {
    return items.size() > 1 ? Optional.of((ConnectItem.TonProof) items.get(1)) : Optional.empty();
  }
}
