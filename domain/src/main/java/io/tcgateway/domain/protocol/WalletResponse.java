package io.tcgateway.domain.protocol;

import java.util.Objects;

/**
 * The wallet's answer to an {@link AppRequest}, matched to it by {@link #id()} (protocol.md §5):
 *
 * <pre>
 * {"result":&lt;string | object&gt;,"id":"7"}
 * {"error":{"code":300,"message":"...","data"?:...},"id":"7"}
 * </pre>
 */
public sealed interface WalletResponse extends WalletMessage
    permits WalletResponse.Success, WalletResponse.Error {

  /** The id of the request this answers. */
  RequestId id();

  /** The request succeeded. */
  record Success(RequestId id, RpcResult result) implements WalletResponse {
    public Success {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(result, "result");
    }
  }

  /** The wallet refused or failed; an expected outcome, not an exception. */
  record Error(RequestId id, WalletError error) implements WalletResponse {
    public Error {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
    }
  }
}
