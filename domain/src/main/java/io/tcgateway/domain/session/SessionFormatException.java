package io.tcgateway.domain.session;

/** A session id or owner is malformed; the message names the field. */
public final class SessionFormatException extends IllegalArgumentException {
  private final String field;

  public SessionFormatException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The offending field. */
  public String field() {
    return field;
  }
}
