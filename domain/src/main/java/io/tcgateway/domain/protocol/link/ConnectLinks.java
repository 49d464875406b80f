package io.tcgateway.domain.protocol.link;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Hex;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import io.tcgateway.domain.protocol.link.FormUrlEncoding.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds and parses connect links byte for byte like the SDK (protocol.md §3; SDK {@code
 * provider/bridge/universal-link.ts}, {@code utils/url.ts}; UI {@code addReturnStrategy}).
 *
 * <pre>
 * regular:  &lt;base&gt;?[existing params&amp;]v=2&amp;id=&lt;hex&gt;&amp;trace_id=&lt;uuid&gt;&amp;r=&lt;form-encoded JSON&gt;[&amp;e=&lt;base64url&gt;][&amp;ret=&lt;strategy&gt;]
 *           base = a wallet's universal link, "tc://" (unified) or its custom scheme ("tonkeeper-tc://")
 * telegram: base host t.me or scheme tg:; "?attach=..." is removed and "/start" appended to the path;
 *           startapp=tonconnect-&lt;telegram-encoded "v=2&amp;id=..&amp;trace_id=..&amp;r=..[&amp;e=..]"&gt;[-ret__&lt;strategy&gt;]
 *           comes first, other existing params after it (Telegram drops a startapp that follows them).
 * </pre>
 *
 * Existing query parameters are re-serialized like {@code URLSearchParams} does. {@code e} is
 * dropped when the link with it (before {@code ret}) would be longer than {@value
 * #MAX_EMBEDDED_LINK_LENGTH} characters, as the SDK's {@code BridgeProvider} does.
 */
public final class ConnectLinks {
  /** The unified link every wallet must accept. */
  public static final String UNIFIED = "tc://";

  /** Protocol version put into {@code v}. */
  public static final int PROTOCOL_VERSION = 2;

  /** Longest link that may carry an embedded request (SDK {@code MAX_UNIVERSAL_LINK_LENGTH}). */
  public static final int MAX_EMBEDDED_LINK_LENGTH = 1024;

  private static final String BASE_FIELD = "universalLink";

  private ConnectLinks() {}

  /**
   * The connect link for a wallet whose universal link, custom deep link or Telegram link is {@code
   * walletLink}.
   *
   * @throws ProtocolFormatException.InvalidField if {@code walletLink} is not a usable URL
   */
  public static String build(String walletLink, ConnectLinkParams params) {
    WebUrl base = WebUrl.parse(BASE_FIELD, walletLink);
    if (params.embeddedRequestJson().isPresent()) {
      String withEmbedded = build(base, params, true);
      if (withEmbedded.length() <= MAX_EMBEDDED_LINK_LENGTH) {
        return appendReturnStrategy(base, withEmbedded, params);
      }
    }
    return appendReturnStrategy(base, build(base, params, false), params);
  }

  /** The unified {@code tc://} link. */
  public static String unified(ConnectLinkParams params) {
    return build(UNIFIED, params);
  }

  /** Whether the SDK treats {@code link} as a Telegram link (scheme {@code tg:} or host t.me). */
  public static boolean isTelegram(String link) {
    return isTelegram(WebUrl.parse(BASE_FIELD, link));
  }

  /**
   * Whether the link built for {@code walletLink} with {@code params} would keep its embedded
   * request.
   */
  public static boolean keepsEmbeddedRequest(String walletLink, ConnectLinkParams params) {
    return params.embeddedRequestJson().isPresent()
        && build(WebUrl.parse(BASE_FIELD, walletLink), params, true).length()
            <= MAX_EMBEDDED_LINK_LENGTH;
  }

  /**
   * Takes a connect link apart: universal, {@code tc://}, custom scheme or Telegram.
   *
   * @throws ProtocolFormatException naming the parameter ({@code v}, {@code id}, {@code r}, {@code
   *     e}, {@code ret}, {@code startapp}) that is missing or malformed
   */
  public static ParsedConnectLink parse(String link) {
    WebUrl url = WebUrl.parse("link", link);
    List<Pair> pairs = FormUrlEncoding.parse(url.query().orElse(""));
    if (isTelegram(url)) {
      String startapp =
          first(pairs, "startapp")
              .orElseThrow(() -> new ProtocolFormatException.MissingField("startapp"));
      if (!startapp.startsWith(TelegramStartParameter.PREFIX)) {
        throw new ProtocolFormatException.InvalidField(
            "startapp", "startapp does not start with " + TelegramStartParameter.PREFIX);
      }
      String query =
          TelegramStartParameter.decode(startapp.substring(TelegramStartParameter.PREFIX.length()));
      pairs = FormUrlEncoding.parse(query);
    }
    String versionText =
        first(pairs, "v").orElseThrow(() -> new ProtocolFormatException.MissingField("v"));
    int version;
    try {
      version = Integer.parseInt(versionText);
    } catch (NumberFormatException e) {
      throw new ProtocolFormatException.InvalidField("v", "version is not a number", e);
    }
    String clientId =
        first(pairs, "id").orElseThrow(() -> new ProtocolFormatException.MissingField("id"));
    if (!Hex.isLowercaseHex(clientId.toLowerCase(Locale.ROOT), 32)) {
      throw new ProtocolFormatException.InvalidField("id", "client id must be 64 hex characters");
    }
    String requestJson =
        first(pairs, "r").orElseThrow(() -> new ProtocolFormatException.MissingField("r"));
    Optional<String> embedded = first(pairs, "e").map(ConnectLinks::decodeEmbedded);
    Optional<ReturnStrategy> ret = first(pairs, "ret").map(ReturnStrategy::parse);
    return new ParsedConnectLink(
        version,
        clientId.toLowerCase(Locale.ROOT),
        first(pairs, "trace_id"),
        requestJson,
        ret,
        embedded);
  }

  private static String build(WebUrl base, ConnectLinkParams params, boolean withEmbedded) {
    List<Pair> connect = new ArrayList<>();
    connect.add(new Pair("v", Integer.toString(PROTOCOL_VERSION)));
    connect.add(new Pair("id", params.clientId()));
    connect.add(new Pair("trace_id", params.traceId()));
    connect.add(new Pair("r", params.requestJson()));
    if (withEmbedded) {
      // SDK: toBase64Url(Base64.encode(JSON.stringify(wire))) = base64url of the UTF-8, no padding
      connect.add(
          new Pair(
              "e",
              Base64s.encodeUrlSafeNoPadding(
                  params.embeddedRequestJson().orElseThrow().getBytes(UTF_8))));
    }
    List<Pair> existing = FormUrlEncoding.parse(base.query().orElse(""));
    if (!isTelegram(base)) {
      List<Pair> all = new ArrayList<>(existing);
      all.addAll(connect);
      return base.withQuery(FormUrlEncoding.serialize(all)).serialize();
    }
    String startapp =
        TelegramStartParameter.PREFIX
            + TelegramStartParameter.encode(FormUrlEncoding.serialize(connect));
    return telegramLink(base, existing, startapp);
  }

  private static String appendReturnStrategy(WebUrl base, String link, ConnectLinkParams params) {
    if (params.returnStrategy().isEmpty()) {
      return link;
    }
    String ret =
        FormUrlEncoding.serialize(
            List.of(new Pair("ret", params.returnStrategy().get().wireValue())));
    if (!isTelegram(base)) {
      return link + "&" + ret;
    }
    // UI addReturnStrategy: append "&ret=..", then re-encode that last parameter into startapp:
    // "-" + encodeTelegramUrlParameters("ret=back") = "-ret__back".
    WebUrl url = WebUrl.parse(BASE_FIELD, link);
    List<Pair> pairs = FormUrlEncoding.parse(url.query().orElse(""));
    String startapp =
        first(pairs, "startapp").orElseThrow() + "-" + TelegramStartParameter.encode(ret);
    List<Pair> others = pairs.stream().filter(p -> !p.name().equals("startapp")).toList();
    return telegramLink(url.withQuery(""), others, startapp);
  }

  // SDK convertToDirectLink: "?attach=wallet" -> path + "/start". startapp goes first.
  private static String telegramLink(WebUrl base, List<Pair> existing, String startapp) {
    WebUrl url = base;
    if (existing.stream().anyMatch(p -> p.name().equals("attach"))) {
      url = url.withPath(url.path() + "/start");
    }
    List<Pair> pairs = new ArrayList<>();
    pairs.add(new Pair("startapp", startapp));
    existing.stream()
        .filter(p -> !p.name().equals("attach") && !p.name().equals("startapp"))
        .forEach(pairs::add);
    return url.withQuery(FormUrlEncoding.serialize(pairs)).serialize();
  }

  private static boolean isTelegram(WebUrl url) {
    return url.scheme().equals("tg") || url.host().equals("t.me");
  }

  private static Optional<String> first(List<Pair> pairs, String name) {
    return pairs.stream().filter(p -> p.name().equals(name)).map(Pair::value).findFirst();
  }

  private static String decodeEmbedded(String base64Url) {
    try {
      if (base64Url.indexOf('+') >= 0
          || base64Url.indexOf('/') >= 0
          || base64Url.indexOf('=') >= 0) {
        throw new IllegalArgumentException("e must be base64url without padding");
      }
      return new String(Base64s.decodeLenient(base64Url), UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ProtocolFormatException.InvalidField("e", e.getMessage(), e);
    }
  }
}
