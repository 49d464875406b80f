package io.tcgateway.domain.bytes;

import java.util.Base64;

/**
 * The base64 variants the protocol uses (RFC 4648).
 *
 * <ul>
 *   <li>Bridge bodies and BoCs: <em>standard</em> alphabet with {@code =} padding (tweetnacl-util
 *       rejects anything else, so {@link #decodeStandard} does too).
 *   <li>User-friendly addresses and BoCs from users: either alphabet, padding optional ({@link
 *       #decodeLenient}); the SDK normalises URL-safe input to standard before sending.
 *   <li>The embedded request {@code e=} link parameter: URL-safe without padding.
 * </ul>
 */
public final class Base64s {
  private static final Base64.Encoder STANDARD = Base64.getEncoder();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder();
  private static final Base64.Encoder URL_SAFE_NO_PADDING = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder STANDARD_DECODER = Base64.getDecoder();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private Base64s() {}

  /** Standard alphabet, padded. */
  public static String encodeStandard(byte[] bytes) {
    return STANDARD.encodeToString(bytes);
  }

  /** URL-safe alphabet, padded. */
  public static String encodeUrlSafe(byte[] bytes) {
    return URL_SAFE.encodeToString(bytes);
  }

  /** URL-safe alphabet without padding (the {@code e=} link parameter). */
  public static String encodeUrlSafeNoPadding(byte[] bytes) {
    return URL_SAFE_NO_PADDING.encodeToString(bytes);
  }

  /**
   * Decodes standard-alphabet base64 whose length is a multiple of 4 (padding present).
   *
   * @throws EncodingException.InvalidBase64 on any other character, missing padding or bad length
   */
  public static byte[] decodeStandard(CharSequence text) {
    requireText(text);
    if (text.length() % 4 != 0) {
      throw new EncodingException.InvalidBase64(
          "standard base64 length " + text.length() + " is not a multiple of 4");
    }
    return decodeWith(STANDARD_DECODER, text);
  }

  /**
   * Decodes base64 in either alphabet, with or without padding (not mixing the two alphabets).
   *
   * @throws EncodingException.InvalidBase64 if the text is not base64 in one alphabet
   */
  public static byte[] decodeLenient(CharSequence text) {
    requireText(text);
    boolean urlSafe = false;
    boolean standard = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '_') {
        urlSafe = true;
      } else if (c == '+' || c == '/') {
        standard = true;
      }
    }
    if (urlSafe && standard) {
      throw new EncodingException.InvalidBase64("base64 mixes the standard and URL-safe alphabets");
    }
    if (text.length() % 4 == 1) {
      throw new EncodingException.InvalidBase64(
          "base64 length " + text.length() + " is impossible");
    }
    return decodeWith(urlSafe ? URL_DECODER : STANDARD_DECODER, text);
  }

  private static void requireText(CharSequence text) {
    if (text == null) {
      throw new EncodingException.InvalidBase64("base64 text is null");
    }
  }

  private static byte[] decodeWith(Base64.Decoder decoder, CharSequence text) {
    try {
      return decoder.decode(text.toString());
    } catch (IllegalArgumentException e) {
      throw new EncodingException.InvalidBase64("invalid base64: " + e.getMessage());
    }
  }
}
