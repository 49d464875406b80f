package io.tcgateway.adapter.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * String quoting exactly as ECMAScript {@code JSON.stringify} (QuoteJSONString, ES2019 "well-formed
 * JSON.stringify"):
 *
 * <pre>
 * "  \  →  \"  \\            U+0008 U+0009 U+000A U+000C U+000D  →  \b \t \n \f \r
 * other U+0000..U+001F       →  backslash-u 00xx (lowercase hex)
 * unpaired surrogate         →  backslash-u dxxx (lowercase hex)
 * everything else, including '/', U+007F, U+2028/2029 and non-ASCII  →  as is
 * </pre>
 *
 * Jackson's {@code CharacterEscapes} cannot express the surrogate rule (it sees one char at a time,
 * without the next one), so string values are quoted here and handed to the generator raw.
 */
final class JsStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsStrings() {}

  /** {@code JSON.stringify(text)}. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            unicodeEscape(out, c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code JSON.stringify(x)} for a JavaScript number {@code x} (ECMAScript Number::toString):
   * shortest round-trip digits; plain notation from 1e-6 up to below 1e21, exponent form ({@code
   * 1e+21}, {@code 1e-7}) outside; {@code -0} is {@code 0}; NaN and infinities are {@code null}.
   * Relies on {@link Double#toString(double)} giving the shortest digits (JDK 19+); where Java
   * prefers two digits to one (it then picks the closest two-digit decimal, e.g. {@code 4.9E-324}),
   * the one-digit decimal that still reads back as the same double is used, as JavaScript does.
   */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    BigDecimal shortest = shortestDecimal(magnitude);
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // value = 0.digits * 10^n
    String sign = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
      return sign + digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return sign + digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return sign + "0." + "0".repeat(-n) + digits;
    }
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
  }

  private static BigDecimal shortestDecimal(double magnitude) {
    BigDecimal fromJava = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
    if (fromJava.precision() != 2) {
      return fromJava;
    }
    BigDecimal best = null;
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal candidate = fromJava.round(new MathContext(1, mode));
      if (candidate.signum() > 0 && candidate.doubleValue() == magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        if (best == null
            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
          best = candidate;
        }
      }
    }
    return best == null ? fromJava : best.stripTrailingZeros();
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
