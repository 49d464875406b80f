package io.tcgateway.domain.bytes;

/** A text encoding (hex or base64) could not be decoded. Subclasses say which rule was broken. */
public abstract sealed class EncodingException extends IllegalArgumentException
    permits EncodingException.InvalidHex, EncodingException.InvalidBase64 {

  private EncodingException(String message) {
    super(message);
  }

  /** The text is not an even-length string of hex digits. */
  public static final class InvalidHex extends EncodingException {
    public InvalidHex(String message) {
      super(message);
    }
  }

  /** The text is not valid base64 in the expected alphabet and padding. */
  public static final class InvalidBase64 extends EncodingException {
    public InvalidBase64(String message) {
      super(message);
    }
  }
}
