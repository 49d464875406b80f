package io.tcgateway.domain.session;

/** A transition was asked of a session in a state that does not allow it. */
public final class SessionStateException extends IllegalStateException {
  public SessionStateException(String message) {
    super(message);
  }
}
