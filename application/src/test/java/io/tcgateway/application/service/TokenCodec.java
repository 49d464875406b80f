package io.tcgateway.application.service;

import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON is the codec adapter's business, so here every message is a token: what the gateway sends is
 * remembered under the token it encodes to (the test, as the wallet, opens the box and looks the
 * token up), and a wallet message is put in the table before it is sealed. An {@link
 * RpcResult.Untyped} result cannot be typed: it stands for a result of the wrong shape.
 */
final class TokenCodec implements WalletMessageCodec {
  private final Map<String, AppRequest> sent = new ConcurrentHashMap<>();
  private final Map<String, WalletMessage> incoming = new ConcurrentHashMap<>();
  private final AtomicInteger tokens = new AtomicInteger();

  @Override
  public String encodeAppRequest(AppRequest request) {
    String token = "app-request-" + tokens.incrementAndGet();
    sent.put(token, request);
    return token;
  }

  /** The request a sealed plaintext stands for. */
  AppRequest sentRequest(String plaintext) {
    AppRequest request = sent.get(plaintext);
    if (request == null) {
      throw new AssertionError("the gateway did not encode " + plaintext);
    }
    return request;
  }

  /** The plaintext a wallet would seal for {@code message}. */
  String walletText(WalletMessage message) {
    String token = "wallet-message-" + tokens.incrementAndGet();
    incoming.put(token, message);
    return token;
  }

  @Override
  public WalletMessage decodeWalletMessage(String json) {
    WalletMessage message = incoming.get(json);
    if (message == null) {
      throw new ProtocolFormatException.MalformedJson("", "not in the test table", null);
    }
    return message;
  }

  @Override
  public WalletResponse typeResponse(WalletResponse response, RpcMethod method) {
    if (response instanceof WalletResponse.Success success
        && success.result() instanceof RpcResult.Untyped untyped) {
      throw new ProtocolFormatException.InvalidField(
          "result", "not a " + method.wireName() + " result: " + untyped.json());
    }
    return response;
  }

  @Override
  public String encodeConnectRequest(ConnectRequest request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String encodeEmbeddedRequest(EmbeddedRequest request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public RpcResult typeResult(RpcResult result, RpcMethod method) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConnectRequest decodeConnectRequest(String json) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AppRequest decodeAppRequest(String json) {
    throw new UnsupportedOperationException();
  }

  @Override
  public EmbeddedRequest decodeEmbeddedRequest(String json) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String encodeWalletEvent(WalletEvent event) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String encodeWalletResponse(WalletResponse response) {
    throw new UnsupportedOperationException();
  }
}
