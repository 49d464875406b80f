package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.protocol.WalletResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link WalletConnection} did with one request.
 *
 * @param request the request
 * @param reaction approve, decline or silent
 * @param response what was sent back; empty when silent
 */
public record AnsweredRequest(
    IncomingRequest request, WalletPolicy.Reaction reaction, Optional<WalletResponse> response) {
  public AnsweredRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(reaction, "reaction");
    Objects.requireNonNull(response, "response");
  }
}
