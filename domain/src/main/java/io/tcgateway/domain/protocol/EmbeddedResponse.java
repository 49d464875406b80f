package io.tcgateway.domain.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * The wallet's answer to an {@link EmbeddedRequest}, carried in the connect event's {@code
 * response} field with the shape of a {@link WalletResponse} (the id, if any, is kept as given).
 */
public sealed interface EmbeddedResponse permits EmbeddedResponse.Ok, EmbeddedResponse.Failed {

  /** The id the wallet put on the answer, if any. */
  Optional<RequestId> id();

  /** The embedded request succeeded. */
  record Ok(Optional<RequestId> id, RpcResult result) implements EmbeddedResponse {
    public Ok {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(result, "result");
    }
  }

  /** The wallet refused or failed the embedded request. */
  record Failed(Optional<RequestId> id, WalletError error) implements EmbeddedResponse {
    public Failed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
    }
  }
}
