package io.tcgateway.adapter.wallets;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a wallets list document comes from: an {@code http(s)} URL, a file, or the copy bundled in
 * this jar ({@value #BUNDLED}).
 */
public interface WalletsListSource {

  /** The location that names the bundled copy ({@link BundledWalletsList}) instead of a file. */
  String BUNDLED = "bundled";

  /** Largest document accepted from a URL or a file; the official list is about 50 KB. */
  int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

  /** The location as configured, for log lines. */
  String location();

  /**
   * Reads the document's text now (blocking, at most the fetch timeout for a URL).
   *
   * @throws WalletsListUnavailableException if it cannot be read
   */
  String read();

  /**
   * The source at {@code location}: {@code http://} or {@code https://} URLs are fetched with
   * {@code client} (GET, at most {@code timeout} for the whole answer), {@value #BUNDLED} is the
   * bundled copy, a {@code file:} URI or anything else is a file path.
   *
   * @throws IllegalArgumentException if the location is blank or not a valid URL or path
   */
  static WalletsListSource at(String location, HttpClient client, Duration timeout) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(timeout, "timeout");
    String trimmed = location.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("wallets list location is blank");
    }
    if (trimmed.equals(BUNDLED)) {
      return new BundledWalletsList();
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new HttpWalletsListSource(URI.create(trimmed), client, timeout);
    }
    if (lower.startsWith("file:")) {
      return new FileWalletsListSource(trimmed, Path.of(URI.create(trimmed)));
    }
    return new FileWalletsListSource(trimmed, Path.of(trimmed));
  }
}
