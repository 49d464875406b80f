package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The app the gateway presents to wallets, {@code gateway.app.*}: what {@code
 * /tonconnect-manifest.json} says.
 *
 * @param url the app's URL (its host is the {@code ton_proof} domain); one trailing {@code /} is
 *     dropped
 * @param name the name wallets show
 * @param iconUrl the icon wallets show; by default the gateway's own {@code <url>/icon.png}
 * @param termsOfUseUrl optional terms of use
 * @param privacyPolicyUrl optional privacy policy
 */
@ConfigurationProperties("gateway.app")
public record AppProperties(
    @Bindable(defaultValue = "http://localhost:8080") String url,
    @Bindable(defaultValue = "TON Connect Gateway") String name,
    @Nullable String iconUrl,
    @Nullable String termsOfUseUrl,
    @Nullable String privacyPolicyUrl) {

  /** The path of the manifest this adapter serves. */
  public static final String MANIFEST_PATH = "/tonconnect-manifest.json";

  /** The path of the bundled icon, the default {@code iconUrl}. */
  public static final String ICON_PATH = "/icon.png";

  public AppProperties {
    url = requireHttpUrl(stripSlash(url), "url");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("gateway.app.name must not be blank");
    }
    iconUrl = optionalHttpUrl(iconUrl, "icon-url");
    termsOfUseUrl = optionalHttpUrl(termsOfUseUrl, "terms-of-use-url");
    privacyPolicyUrl = optionalHttpUrl(privacyPolicyUrl, "privacy-policy-url");
  }

  /** {@link #iconUrl()}, or the bundled icon at {@code <url>/icon.png}. */
  public String effectiveIconUrl() {
    return iconUrl != null ? iconUrl : url + ICON_PATH;
  }

  /** {@code <url>/tonconnect-manifest.json}: where this adapter's manifest is reachable. */
  public String servedManifestUrl() {
    return url + MANIFEST_PATH;
  }

  private static String stripSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String optionalHttpUrl(String value, String key) {
    return value == null || value.isBlank() ? null : requireHttpUrl(value, key);
  }

  private static String requireHttpUrl(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("gateway.app." + key + " must not be blank");
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException(
            "gateway.app." + key + " must be an absolute http(s) URL, was '" + value + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "gateway.app." + key + " is not a URL: " + e.getMessage(), e);
    }
    return value;
  }
}
