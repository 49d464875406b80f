package io.tcgateway.domain.protocol;

/**
 * An event the wallet sends on its own: {@code {"event":"connect"|"connect_error"|"disconnect",
 * "id":<n>,"payload":{...}}}. The id is the wallet's increasing counter (some wallets send it as a
 * numeric string; it is compared as a number).
 */
public sealed interface WalletEvent extends WalletMessage permits ConnectEvent, DisconnectEvent {

  /** The wallet's event id. */
  long id();
}
