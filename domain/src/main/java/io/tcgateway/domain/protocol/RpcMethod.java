package io.tcgateway.domain.protocol;

import java.util.Optional;

/** The RPC methods an app can call over the bridge, with their wire names (protocol.md §5). */
public enum RpcMethod {
  /** Sign and broadcast a transaction. */
  SEND_TRANSACTION("sendTransaction"),
  /** Sign text, bytes or a cell. */
  SIGN_DATA("signData"),
  /** Sign an internal message without broadcasting it. */
  SIGN_MESSAGE("signMessage"),
  /** End the session. */
  DISCONNECT("disconnect");

  private final String wireName;

  RpcMethod(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code method} string on the wire (also the bridge {@code topic}). */
  public String wireName() {
    return wireName;
  }

  /** The method named {@code wireName} (case-sensitive), if any. */
  public static Optional<RpcMethod> fromWireName(String wireName) {
    for (RpcMethod method : values()) {
      if (method.wireName.equals(wireName)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
