package io.tcgateway.domain.bridge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A bridge's base URL as the wallets list gives it ({@code bridge[type=sse].url}), normalised the
 * way the SDK does before it appends {@code /events} or {@code /message}: exactly one trailing
 * {@code /} is removed (SDK {@code addPathToUrl}; MyTonWallet's entry ends in {@code /}). Two
 * entries that differ only by that slash are the same bridge.
 */
public record BridgeUrl(String value) {

  public BridgeUrl {
    Objects.requireNonNull(value, "value");
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new BridgeFormatException.InvalidBridgeUrl("bridge URL is not a URI: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BridgeFormatException.InvalidBridgeUrl(
          "bridge URL must be http or https: " + value);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new BridgeFormatException.InvalidBridgeUrl("bridge URL has no host: " + value);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new BridgeFormatException.InvalidBridgeUrl(
          "bridge URL must not have a query or fragment: " + value);
    }
    if (value.endsWith("/")) {
      throw new BridgeFormatException.InvalidBridgeUrl(
          "bridge URL must not end in '/' (use BridgeUrl.parse to normalise): " + value);
    }
  }

  /** The bridge at {@code text}, with one trailing {@code /} removed. */
  public static BridgeUrl parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    return new BridgeUrl(trimmed);
  }

  /** {@code <base>/events}, the SSE subscription endpoint (without query). */
  public String eventsEndpoint() {
    return value + "/events";
  }

  /** {@code <base>/message}, the send endpoint (without query). */
  public String messageEndpoint() {
    return value + "/message";
  }

  @Override
  public String toString() {
    return value;
  }
}
