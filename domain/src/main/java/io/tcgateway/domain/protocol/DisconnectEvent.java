package io.tcgateway.domain.protocol;

/**
 * {@code {"event":"disconnect","id":<n>,"payload":{}}}: the user disconnected in the wallet; forget
 * the session.
 */
public record DisconnectEvent(long id) implements WalletEvent {}
