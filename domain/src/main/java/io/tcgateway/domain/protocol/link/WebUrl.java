package io.tcgateway.domain.protocol.link;

import io.tcgateway.domain.protocol.ProtocolFormatException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the WHATWG URL parser and serializer that wallet links need, so that {@code new
 * URL(link)} + {@code searchParams.append(...)} + {@code toString()} can be reproduced:
 *
 * <ul>
 *   <li>the scheme is lowercased; for special schemes (http, https, ws, wss, ftp) the host is
 *       lowercased, the default port dropped and an empty path becomes {@code /};
 *   <li>other schemes ({@code tc}, {@code tg}, {@code tonkeeper-tc} ...) keep authority and path;
 *   <li>the fragment stays after the query.
 * </ul>
 *
 * Links with characters the URL parser would percent-encode or rewrite (spaces, non-ASCII, quotes,
 * backslashes) are rejected instead of emulated.
 */
record WebUrl(
    String scheme,
    Optional<String> authority,
    String path,
    Optional<String> query,
    Optional<String> fragment) {

  private static final Pattern SCHEME =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*):(.*)", Pattern.DOTALL);
  private static final Pattern ALLOWED =
      Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*");

  static WebUrl parse(String field, String text) {
    if (text == null || text.isEmpty()) {
      throw new ProtocolFormatException.MissingField(field);
    }
    if (!ALLOWED.matcher(text).matches()) {
      throw new ProtocolFormatException.InvalidField(
          field, "link contains characters that would need percent-encoding: " + text);
    }
    Matcher matcher = SCHEME.matcher(text);
    if (!matcher.matches()) {
      throw new ProtocolFormatException.InvalidField(field, "link has no scheme: " + text);
    }
    String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
    String rest = matcher.group(2);
    Optional<String> fragment = Optional.empty();
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = Optional.of(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    Optional<String> query = Optional.empty();
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = Optional.of(rest.substring(question + 1));
      rest = rest.substring(0, question);
    }
    Optional<String> authority = Optional.empty();
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      authority = Optional.of(slash < 0 ? rest.substring(2) : rest.substring(2, slash));
      rest = slash < 0 ? "" : rest.substring(slash);
    }
    String path = rest;
    if (isSpecial(scheme)) {
      if (authority.isEmpty() || authority.get().isEmpty()) {
        throw new ProtocolFormatException.InvalidField(
            field, scheme + " link has no host: " + text);
      }
      authority = Optional.of(normalizeAuthority(scheme, authority.get()));
      if (path.isEmpty()) {
        path = "/";
      }
    }
    return new WebUrl(scheme, authority, path, query, fragment);
  }

  /** The host without user info and port, lowercased for special schemes. */
  String host() {
    String hostPort = authority.map(a -> a.substring(a.lastIndexOf('@') + 1)).orElse("");
    int colon = hostPort.lastIndexOf(':');
    String host = colon >= 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
    return host;
  }

  WebUrl withPath(String newPath) {
    return new WebUrl(scheme, authority, newPath, query, fragment);
  }

  /**
   * This URL with its query replaced; an empty query is dropped, as {@code URLSearchParams} does.
   */
  WebUrl withQuery(String newQuery) {
    return new WebUrl(
        scheme,
        authority,
        path,
        newQuery.isEmpty() ? Optional.empty() : Optional.of(newQuery),
        fragment);
  }

  String serialize() {
    StringBuilder out = new StringBuilder(scheme).append(':');
    authority.ifPresent(a -> out.append("//").append(a));
    out.append(path);
    query.ifPresent(q -> out.append('?').append(q));
    fragment.ifPresent(f -> out.append('#').append(f));
    return out.toString();
  }

  private static boolean isSpecial(String scheme) {
    return switch (scheme) {
      case "http", "https", "ws", "wss", "ftp" -> true;
      default -> false;
    };
  }

  private static String normalizeAuthority(String scheme, String authority) {
    int at = authority.lastIndexOf('@');
    String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
    String hostPort = authority.substring(at + 1).toLowerCase(Locale.ROOT);
    String defaultPort =
        switch (scheme) {
          case "http", "ws" -> ":80";
          case "https", "wss" -> ":443";
          case "ftp" -> ":21";
          default -> "";
        };
    if (hostPort.endsWith(defaultPort)) {
      hostPort = hostPort.substring(0, hostPort.length() - defaultPort.length());
    } else if (hostPort.endsWith(":")) {
      hostPort = hostPort.substring(0, hostPort.length() - 1);
    }
    return userInfo + hostPort;
  }
}
