package io.tcgateway.bootstrap.wiring;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Checks shared by the settings records, with messages that name the setting. */
final class Settings {
  private Settings() {}

  static void requirePositive(Duration value, String key) {
    Objects.requireNonNull(value, key);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
  }

  /** {@code host[:port]} of an http(s) URL: the domain wallets sign for this app. */
  static String domainOf(String url, String key) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " is not a URL: " + url, e);
    }
    if (uri.getHost() == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(key + " must be an http(s) URL, was " + url);
    }
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }
}
