package io.tcgateway.domain.protocol.link;

/**
 * The SDK's {@code encodeTelegramUrlParameters} / {@code decodeTelegramUrlParameters} ({@code
 * src/utils/url.ts}): Telegram keeps only {@code [A-Za-z0-9_-]} in {@code startapp}, so the
 * form-encoded query is rewritten, replacements applied in this order to the whole string:
 *
 * <pre>
 * encode: '.'→"%2E"  '-'→"%2D"  '_'→"%5F"  '&amp;'→"-"  '='→"__"  '%'→"--"
 * decode: "--"→'%'  "__"→'='  '-'→'&amp;'  "%5F"→'_'  "%2D"→'-'  "%2E"→'.'
 * </pre>
 *
 * Net effect: {@code &}→{@code -}, {@code =}→{@code __}, every {@code %XX}→{@code --XX}.
 */
final class TelegramStartParameter {
  /** Prefix of a TON Connect {@code startapp} value. */
  static final String PREFIX = "tonconnect-";

  private TelegramStartParameter() {}

  static String encode(String query) {
    return query
        .replace(".", "%2E")
        .replace("-", "%2D")
        .replace("_", "%5F")
        .replace("&", "-")
        .replace("=", "__")
        .replace("%", "--");
  }

  static String decode(String encoded) {
    return encoded
        .replace("--", "%")
        .replace("__", "=")
        .replace("-", "&")
        .replace("%5F", "_")
        .replace("%2D", "-")
        .replace("%2E", ".");
  }
}
