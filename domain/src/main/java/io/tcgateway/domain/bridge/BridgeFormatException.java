package io.tcgateway.domain.bridge;

/**
 * A bridge URL or event id is unusable. The subclass names the rule that failed; the message names
 * the offending value (never a ciphertext).
 */
public abstract sealed class BridgeFormatException extends IllegalArgumentException
    permits BridgeFormatException.InvalidBridgeUrl, BridgeFormatException.InvalidEventId {

  private BridgeFormatException(String message) {
    super(message);
  }

  /** Not an absolute {@code http(s)} URL without query and fragment. */
  public static final class InvalidBridgeUrl extends BridgeFormatException {
    public InvalidBridgeUrl(String message) {
      super(message);
    }
  }

  /** Empty, too long, or containing characters an SSE {@code id:} line cannot carry. */
  public static final class InvalidEventId extends BridgeFormatException {
    public InvalidEventId(String message) {
      super(message);
    }
  }
}
