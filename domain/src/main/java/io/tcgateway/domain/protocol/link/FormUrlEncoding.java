package io.tcgateway.domain.protocol.link;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} exactly as WHATWG {@code URLSearchParams} does it.
 *
 * <pre>
 * serialize: UTF-8; bytes outside [A-Za-z0-9*-._] become %XX (uppercase hex); space becomes '+'.
 *            Lone UTF-16 surrogates are first replaced by U+FFFD (USVString conversion).
 * parse:     split on '&amp;', skip empty pieces, split at the first '=', '+' is a space, valid %XX
 *            sequences are bytes, invalid ones stay literal, then UTF-8 with U+FFFD replacement.
 * </pre>
 *
 * {@link URLEncoder#encode(String, java.nio.charset.Charset)} with UTF-8 produces the same bytes as
 * the serializer once lone surrogates are replaced (it would turn them into {@code ?}).
 */
final class FormUrlEncoding {
  private FormUrlEncoding() {}

  /** One name=value pair in a query. */
  record Pair(String name, String value) {}

  /** Form-encodes one name or value. */
  static String encode(String text) {
    return URLEncoder.encode(toWellFormed(text), UTF_8);
  }

  /** Serializes pairs like {@code URLSearchParams.toString()}. */
  static String serialize(List<Pair> pairs) {
    StringBuilder out = new StringBuilder();
    for (Pair pair : pairs) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      out.append(encode(pair.name())).append('=').append(encode(pair.value()));
    }
    return out.toString();
  }

  /** Serializes one pair. */
  static String serialize(Map.Entry<String, String> pair) {
    return encode(pair.getKey()) + "=" + encode(pair.getValue());
  }

  /** Parses a query string (without the leading {@code ?}) like {@code new URLSearchParams(q)}. */
  static List<Pair> parse(String query) {
    List<Pair> pairs = new ArrayList<>();
    for (String piece : query.split("&", -1)) {
      if (piece.isEmpty()) {
        continue;
      }
      int equals = piece.indexOf('=');
      String name = equals < 0 ? piece : piece.substring(0, equals);
      String value = equals < 0 ? "" : piece.substring(equals + 1);
      pairs.add(new Pair(decode(name), decode(value)));
    }
    return pairs;
  }

  /** Decodes one form-encoded name or value. */
  static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(UTF_8);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%'
          && i + 2 < raw.length
          && Character.digit(raw[i + 1], 16) >= 0
          && Character.digit(raw[i + 2], 16) >= 0) {
        bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        bytes.write(b);
      }
    }
    return bytes.toString(UTF_8);
  }

  /**
   * Replaces every unpaired UTF-16 surrogate with U+FFFD, as WebIDL's USVString conversion does.
   */
  static String toWellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
