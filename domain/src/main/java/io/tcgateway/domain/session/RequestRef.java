package io.tcgateway.domain.session;

import io.tcgateway.domain.protocol.RequestId;
import java.util.Objects;

/**
 * A request as the gateway's users name it: the session it was sent in and its RPC id there. Wire
 * request ids restart with every session, so the id alone is ambiguous for an owner who connected
 * twice; {@link #value()} ({@code <session id>-<request id>}) is unique.
 */
public record RequestRef(SessionId sessionId, RequestId requestId) {

  public RequestRef {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * Parses {@link #value()}.
   *
   * @throws SessionFormatException if the text is not {@code <32 hex>-<decimal>}
   */
  public static RequestRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int dash = text.indexOf('-');
    if (dash != 32 || text.length() > 32 + 1 + 19) {
      throw new SessionFormatException("requestId", "must be <session id>-<number>");
    }
    SessionId session = new SessionId(text.substring(0, dash));
    String number = text.substring(dash + 1);
    if (number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SessionFormatException("requestId", "must be <session id>-<number>");
    }
    try {
      return new RequestRef(session, RequestId.of(Long.parseLong(number)));
    } catch (NumberFormatException e) {
      throw new SessionFormatException("requestId", "number does not fit in a long");
    }
  }

  /** {@code <session id>-<request id>}. */
  public String value() {
    return sessionId.value() + "-" + requestId.value();
  }

  @Override
  public String toString() {
    return value();
  }
}
