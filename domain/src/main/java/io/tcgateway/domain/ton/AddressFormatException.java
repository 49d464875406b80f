package io.tcgateway.domain.ton;

/**
 * Text that should be a TON address is not one. The subclass names the rule that failed, so callers
 * (and error messages) can say exactly what is wrong.
 */
public abstract sealed class AddressFormatException extends IllegalArgumentException
    permits AddressFormatException.InvalidFormat,
        AddressFormatException.InvalidLength,
        AddressFormatException.InvalidCharacters,
        AddressFormatException.InvalidHex,
        AddressFormatException.InvalidChecksum,
        AddressFormatException.InvalidTag,
        AddressFormatException.InvalidWorkchain {

  private AddressFormatException(String message) {
    super(message);
  }

  /** Neither a raw {@code wc:hex} address nor a user-friendly one (e.g. stray whitespace). */
  public static final class InvalidFormat extends AddressFormatException {
    public InvalidFormat(String message) {
      super(message);
    }
  }

  /** Wrong number of characters or decoded bytes. */
  public static final class InvalidLength extends AddressFormatException {
    public InvalidLength(String message) {
      super(message);
    }
  }

  /** A user-friendly address with characters outside the base64 alphabets. */
  public static final class InvalidCharacters extends AddressFormatException {
    public InvalidCharacters(String message) {
      super(message);
    }
  }

  /** A raw address whose hash part is not hex. */
  public static final class InvalidHex extends AddressFormatException {
    public InvalidHex(String message) {
      super(message);
    }
  }

  /** The CRC16-XMODEM of a user-friendly address does not match its first 34 bytes. */
  public static final class InvalidChecksum extends AddressFormatException {
    public InvalidChecksum(String message) {
      super(message);
    }
  }

  /** The tag byte is not 0x11 or 0x51 (optionally | 0x80). */
  public static final class InvalidTag extends AddressFormatException {
    public InvalidTag(String message) {
      super(message);
    }
  }

  /** A workchain other than 0 (basechain) or -1 (masterchain). */
  public static final class InvalidWorkchain extends AddressFormatException {
    public InvalidWorkchain(String message) {
      super(message);
    }
  }
}
