package io.tcgateway.application.port.out;

import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;

/**
 * The TON Connect wire JSON: turns protocol messages into the exact JSON text the official SDK
 * emits (the plaintext that the NaCl box then encrypts, or that goes into a link's {@code r} and
 * {@code e}), and the decrypted JSON text of wallet messages back into protocol messages.
 *
 * <p>Contract for every method:
 *
 * <ul>
 *   <li>Arguments are never {@code null} ({@link NullPointerException} otherwise).
 *   <li>Encoding is deterministic: the same message always gives the same text — compact JSON, the
 *       SDK's field names and key order, and {@code JSON.stringify}'s string escaping.
 *   <li>Decoding is lenient where real wallets differ (numbers sent as numeric strings, the bare
 *       {@code "SendTransaction"} feature, {@code walletStateInit: ""}, unknown fields) and strict
 *       where it matters: malformed JSON, missing required fields, wrong types and invalid values
 *       throw {@link ProtocolFormatException} whose {@link ProtocolFormatException#field()} is the
 *       path of the offending field ({@code params[0].messages[1].amount}). No other exception of
 *       the JSON library escapes.
 *   <li>Implementations are stateless and thread-safe.
 * </ul>
 *
 * <p>An RPC answer can only be typed by knowing which request it answers, and the answer does not
 * say: {@link #decodeWalletMessage} returns results as {@link RpcResult.Untyped} and {@link
 * #typeResponse} types them once the caller has matched the id to its pending request.
 */
public interface WalletMessageCodec {

  // ---- app side: what the gateway sends ----

  /**
   * {@code
   * {"manifestUrl":"...","items":[{"name":"ton_addr"},{"name":"ton_proof","payload":"..."}]}} for
   * the {@code r} parameter.
   */
  String encodeConnectRequest(ConnectRequest request);

  /**
   * {@code {"method":"...","params":["<payload JSON>"],"id":"7"}}, the plaintext for the bridge.
   */
  String encodeAppRequest(AppRequest request);

  /**
   * The abbreviated wire form of an embedded request ({@code {"m":"st","f":..,"n":..,"vu":..,
   * "ms":[...]}}) for the {@code e} link parameter (before base64url).
   */
  String encodeEmbeddedRequest(EmbeddedRequest request);

  // ---- app side: what the gateway receives ----

  /**
   * Decodes a decrypted wallet message: a {@link WalletEvent} (connect, connect_error, disconnect)
   * or a {@link WalletResponse} whose successful result is {@link RpcResult.Untyped}. An embedded
   * response inside a connect event is also left untyped.
   *
   * @throws ProtocolFormatException if the text is not a well-formed wallet message
   */
  WalletMessage decodeWalletMessage(String json);

  /**
   * Types the result of {@code response} as the answer to {@code method}: {@link
   * RpcResult.SentTransaction}, {@link RpcResult.SignedMessage}, {@link
   * io.tcgateway.domain.protocol.SignDataResult} or {@link RpcResult.Disconnected}. Errors and
   * already typed results are returned unchanged.
   *
   * @throws ProtocolFormatException if the result does not have the shape {@code method} requires
   *     (field paths start at {@code result})
   */
  WalletResponse typeResponse(WalletResponse response, RpcMethod method);

  /**
   * Types an untyped result as the answer to {@code method} (for an embedded response, whose method
   * is the one the app embedded).
   *
   * @throws ProtocolFormatException as {@link #typeResponse}
   */
  RpcResult typeResult(RpcResult result, RpcMethod method);

  // ---- wallet side: for a simulated wallet ----

  /**
   * Decodes the connect request JSON from a link's {@code r} parameter.
   *
   * @throws ProtocolFormatException if it is not a valid connect request
   */
  ConnectRequest decodeConnectRequest(String json);

  /**
   * Decodes a decrypted app request, including its JSON-string payload.
   *
   * @throws ProtocolFormatException if it is not a valid request ({@link
   *     ProtocolFormatException.UnknownMethod} for a method outside the protocol)
   */
  AppRequest decodeAppRequest(String json);

  /**
   * Decodes the abbreviated JSON of an embedded request (a link's {@code e}, after base64url).
   *
   * @throws ProtocolFormatException if it is not a valid embedded request
   */
  EmbeddedRequest decodeEmbeddedRequest(String json);

  /** Encodes a wallet event as a wallet sends it. */
  String encodeWalletEvent(WalletEvent event);

  /**
   * Encodes an RPC answer as a wallet sends it.
   *
   * @throws ProtocolFormatException if the result is {@link RpcResult.Untyped} and its text is not
   *     JSON
   */
  String encodeWalletResponse(WalletResponse response);
}
