/**
 * The TON Connect 2 message model: connect request and connect event, RPC requests and answers,
 * wallet events, their payloads and the wallet's advertised features (protocol.md §4–§6, §9; SDK
 * {@code packages/protocol/src/models}).
 *
 * <p>Values are validated records; malformed input is a {@link
 * io.tcgateway.domain.protocol.ProtocolFormatException} naming the offending field, while wallet
 * refusals are values ({@link io.tcgateway.domain.protocol.WalletResponse.Error}, {@link
 * io.tcgateway.domain.protocol.ConnectEvent.Error}). This package knows no JSON: the wire codec is
 * an adapter behind the application's {@code WalletMessageCodec} port (ADR 0003). Depends on {@code
 * domain.bytes} and {@code domain.ton} only.
 */
package io.tcgateway.domain.protocol;
