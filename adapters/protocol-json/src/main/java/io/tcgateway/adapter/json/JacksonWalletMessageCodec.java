package io.tcgateway.adapter.json;

import io.tcgateway.application.port.out.WalletMessageCodec;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.ConnectRequest;
import io.tcgateway.domain.protocol.EmbeddedRequest;
import io.tcgateway.domain.protocol.RpcMethod;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.WalletEvent;
import io.tcgateway.domain.protocol.WalletMessage;
import io.tcgateway.domain.protocol.WalletResponse;
import java.util.Objects;

/**
 * {@link WalletMessageCodec} on Jackson: a streaming generator for output (string values quoted
 * like {@code JSON.stringify}, see {@link JsStrings}) and the tree model for input. Writes the
 * SDK's field names and key order; reads leniently where wallets differ and reports every problem
 * as a {@link io.tcgateway.domain.protocol.ProtocolFormatException} with the field path. Stateless
 * and thread-safe. See ADR 0003.
 */
public final class JacksonWalletMessageCodec implements WalletMessageCodec {

  @Override
  public String encodeConnectRequest(ConnectRequest request) {
    return WireWriter.connectRequest(Objects.requireNonNull(request, "request"));
  }

  @Override
  public String encodeAppRequest(AppRequest request) {
    return WireWriter.appRequest(Objects.requireNonNull(request, "request"));
  }

  @Override
  public String encodeEmbeddedRequest(EmbeddedRequest request) {
    return WireWriter.embeddedRequest(Objects.requireNonNull(request, "request"));
  }

  @Override
  public WalletMessage decodeWalletMessage(String json) {
    return WireReader.walletMessage(Objects.requireNonNull(json, "json"));
  }

  @Override
  public WalletResponse typeResponse(WalletResponse response, RpcMethod method) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(method, "method");
    if (response instanceof WalletResponse.Success success
        && success.result() instanceof RpcResult.Untyped) {
      return new WalletResponse.Success(success.id(), typeResult(success.result(), method));
    }
    return response;
  }

  @Override
  public RpcResult typeResult(RpcResult result, RpcMethod method) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(method, "method");
    if (result instanceof RpcResult.Untyped untyped) {
      return WireReader.typedResult(untyped.json(), method);
    }
    return result;
  }

  @Override
  public ConnectRequest decodeConnectRequest(String json) {
    return WireReader.connectRequest(Objects.requireNonNull(json, "json"));
  }

  @Override
  public AppRequest decodeAppRequest(String json) {
    return WireReader.appRequest(Objects.requireNonNull(json, "json"));
  }

  @Override
  public EmbeddedRequest decodeEmbeddedRequest(String json) {
    return WireReader.embeddedRequest(Objects.requireNonNull(json, "json"));
  }

  @Override
  public String encodeWalletEvent(WalletEvent event) {
    return WireWriter.walletEvent(Objects.requireNonNull(event, "event"));
  }

  @Override
  public String encodeWalletResponse(WalletResponse response) {
    return WireWriter.walletResponse(Objects.requireNonNull(response, "response"));
  }
}
