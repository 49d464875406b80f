package io.tcgateway.domain.protocol.link;

import io.tcgateway.domain.protocol.ProtocolFormatException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the wallet does after the user acts on a link: the {@code ret} parameter (protocol.md §3.1).
 * {@code back} (the default) returns to the app that opened the link, {@code none} stays, a URL is
 * opened (for native apps; not the dApp's own web page).
 */
public sealed interface ReturnStrategy
    permits ReturnStrategy.Back, ReturnStrategy.None, ReturnStrategy.Url {

  /** {@code ret=back}. */
  ReturnStrategy BACK = new Back();

  /** {@code ret=none}. */
  ReturnStrategy NONE = new None();

  /** The parameter value. */
  String wireValue();

  /**
   * Parses a {@code ret} value: {@code back}, {@code none} or an absolute URL ({@code scheme:...},
   * e.g. {@code tg://resolve}, {@code googlechrome://}).
   *
   * @throws ProtocolFormatException.InvalidField for anything else
   */
  static ReturnStrategy parse(String value) {
    return switch (value) {
      case "back" -> BACK;
      case "none" -> NONE;
      default -> new Url(value);
    };
  }

  /** Return to the app that opened the link. */
  record Back() implements ReturnStrategy {
    @Override
    public String wireValue() {
      return "back";
    }
  }

  /** Do nothing afterwards. */
  record None() implements ReturnStrategy {
    @Override
    public String wireValue() {
      return "none";
    }
  }

  /** Open {@code url} afterwards. */
  record Url(String url) implements ReturnStrategy {
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:\\S*");

    public Url {
      Objects.requireNonNull(url, "url");
      if (!ABSOLUTE.matcher(url).matches()) {
        throw new ProtocolFormatException.InvalidField(
            "ret", "return strategy must be back, none or an absolute URL, was '" + url + "'");
      }
    }

    @Override
    public String wireValue() {
      return url;
    }
  }
}
