package io.tcgateway.application.error;

/**
 * A request cannot be sent as asked: its deadline has passed, it names another network or sender
 * than the connected account. The message says which and why.
 *
 * <p>{@link #field()} names the offending field of the request ({@code validUntil}, {@code
 * network}, {@code from}).
 */
public class InvalidRequestException extends GatewayException {
  private final String field;

  public InvalidRequestException(String field, String message) {
    super(ErrorCode.INVALID_REQUEST, message, null);
    this.field = field;
  }

  /** The offending field. */
  public String field() {
    return field;
  }
}
