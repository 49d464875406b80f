package io.tcgateway.domain.bytes;

import java.util.HexFormat;

/**
 * Strict hexadecimal: encoding is lowercase without separators; decoding accepts an even number of
 * {@code [0-9a-fA-F]} characters and nothing else (no {@code 0x}, no whitespace).
 */
public final class Hex {
  private static final HexFormat LOWER = HexFormat.of();

  private Hex() {}

  /** Lowercase hex of {@code bytes}. */
  public static String encode(byte[] bytes) {
    return LOWER.formatHex(bytes);
  }

  /**
   * Decodes hex text.
   *
   * @throws EncodingException.InvalidHex if the text has an odd length or a non-hex character
   */
  public static byte[] decode(CharSequence text) {
    if (text == null) {
      throw new EncodingException.InvalidHex("hex text is null");
    }
    if ((text.length() & 1) != 0) {
      throw new EncodingException.InvalidHex("hex text has odd length " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 0x7f) {
        throw new EncodingException.InvalidHex("invalid hex character at index " + i);
      }
    }
    return LOWER.parseHex(text);
  }

  /**
   * Decodes hex text that must describe exactly {@code expectedLength} bytes.
   *
   * @throws EncodingException.InvalidHex if the text is not hex or has the wrong length
   */
  public static byte[] decodeExactly(CharSequence text, int expectedLength) {
    byte[] bytes = decode(text);
    if (bytes.length != expectedLength) {
      throw new EncodingException.InvalidHex(
          "expected " + expectedLength + " bytes of hex, got " + bytes.length);
    }
    return bytes;
  }

  /** Whether {@code text} is exactly {@code expectedLength} bytes of lowercase hex. */
  public static boolean isLowercaseHex(CharSequence text, int expectedLength) {
    if (text == null || text.length() != expectedLength * 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
