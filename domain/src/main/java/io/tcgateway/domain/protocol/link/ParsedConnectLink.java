package io.tcgateway.domain.protocol.link;

import java.util.Objects;
import java.util.Optional;

/**
 * A connect link taken apart (what a wallet reads from it): protocol {@code version}, the app's
 * {@code clientId} (lowercase hex), the {@code traceId} if any, the connect request JSON, the
 * return strategy if any, and the embedded request JSON ({@code e}, base64url-decoded) if any.
 */
public record ParsedConnectLink(
    int version,
    String clientId,
    Optional<String> traceId,
    String requestJson,
    Optional<ReturnStrategy> returnStrategy,
    Optional<String> embeddedRequestJson) {

  public ParsedConnectLink {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(requestJson, "requestJson");
    Objects.requireNonNull(returnStrategy, "returnStrategy");
    Objects.requireNonNull(embeddedRequestJson, "embeddedRequestJson");
  }
}
