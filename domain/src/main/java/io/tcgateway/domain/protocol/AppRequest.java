package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * An RPC request from the app to the wallet, sent encrypted over the bridge (protocol.md §5):
 *
 * <pre>
 * {"method":"sendTransaction","params":["&lt;payload as a JSON string&gt;"],"id":"7"}
 * {"method":"disconnect","params":[],"id":"8"}
 * </pre>
 */
public sealed interface AppRequest
    permits AppRequest.SendTransaction,
        AppRequest.SignData,
        AppRequest.SignMessage,
        AppRequest.Disconnect {

  /** The request id (decimal string on the wire). */
  RequestId id();

  /** The method. */
  RpcMethod method();

  /** Sign and broadcast a transaction; the result is the external message BoC. */
  record SendTransaction(RequestId id, TransactionPayload payload) implements AppRequest {
    public SendTransaction {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SEND_TRANSACTION;
    }
  }

  /** Sign data; the result is a {@link SignDataResult}. */
  record SignData(RequestId id, SignDataPayload payload) implements AppRequest {
    public SignData {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SIGN_DATA;
    }
  }

  /** Sign an internal message without broadcasting it; the result is its BoC. */
  record SignMessage(RequestId id, TransactionPayload payload) implements AppRequest {
    public SignMessage {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.SIGN_MESSAGE;
    }
  }

  /** End the session (sent once; the app forgets the session whatever the answer). */
  record Disconnect(RequestId id) implements AppRequest {
    public Disconnect {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public RpcMethod method() {
      return RpcMethod.DISCONNECT;
    }
  }
}
