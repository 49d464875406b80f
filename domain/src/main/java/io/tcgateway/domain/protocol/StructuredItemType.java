package io.tcgateway.domain.protocol;

import java.util.Optional;

/**
 * Kinds of structured {@code items} in a sendTransaction / signMessage payload (protocol.md §6).
 */
public enum StructuredItemType {
  /** Native TON transfer. */
  TON("ton"),
  /** TEP-74 jetton transfer. */
  JETTON("jetton"),
  /** TEP-62 NFT transfer. */
  NFT("nft");

  private final String wireName;

  StructuredItemType(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code type} string on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The type named {@code wireName}, if any. */
  public static Optional<StructuredItemType> fromWireName(String wireName) {
    for (StructuredItemType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
