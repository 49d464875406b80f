package io.tcgateway.domain.protocol;

/**
 * A decrypted message from the wallet: an event (connect, connect_error, disconnect) or the answer
 * to an RPC request (protocol.md §4.2, §5).
 */
public sealed interface WalletMessage permits WalletEvent, WalletResponse {}
