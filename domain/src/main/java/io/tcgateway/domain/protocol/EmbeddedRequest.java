package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * A request folded into the connect link ({@code e=} parameter) so the wallet can answer it with
 * the connect event (SPEC-NEW deeplinks "embedded requests", SDK {@code EmbeddedRequest}). It has
 * no id; the wallet must advertise {@link Feature.EmbeddedRequest}.
 */
public sealed interface EmbeddedRequest
    permits EmbeddedRequest.SendTransaction, EmbeddedRequest.SignData, EmbeddedRequest.SignMessage {

  /** The method. */
  RpcMethod method();

  /** The same request as an RPC with {@code id}. */
  AppRequest withId(RequestId id);

  /** Embedded sendTransaction. */
  record SendTransaction(TransactionPayload payload) implements EmbeddedRequest {
    public SendTransaction {
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SEND_TRANSACTION;
    }

    @Override
    public AppRequest withId(RequestId id) {
      return new AppRequest.SendTransaction(id, payload);
    }
  }

  /** Embedded signData. */
  record SignData(SignDataPayload payload) implements EmbeddedRequest {
    public SignData {
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SIGN_DATA;
    }

    @Override
    public AppRequest withId(RequestId id) {
      return new AppRequest.SignData(id, payload);
    }
  }

  /** Embedded signMessage. */
  record SignMessage(TransactionPayload payload) implements EmbeddedRequest {
    public SignMessage {
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SIGN_MESSAGE;
    }

    @Override
    public AppRequest withId(RequestId id) {
      return new AppRequest.SignMessage(id, payload);
    }
  }
}
