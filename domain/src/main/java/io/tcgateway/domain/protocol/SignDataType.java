package io.tcgateway.domain.protocol;

import java.util.Optional;

/** Kinds of {@code signData} payloads (protocol.md §9). */
public enum SignDataType {
  /** UTF-8 text shown to the user. */
  TEXT("text"),
  /** Opaque bytes. */
  BINARY("binary"),
  /** A cell with its TL-B schema. */
  CELL("cell");

  private final String wireName;

  SignDataType(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code type} string on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The type named {@code wireName}, if any. */
  public static Optional<SignDataType> fromWireName(String wireName) {
    for (SignDataType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
