package io.tcgateway.adapter.wallets;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small wallets-v2.json documents for tests. */
final class WalletsJson {
  private WalletsJson() {}

  /** A usable entry for {@code appName}, its bridge at {@code https://bridge.<appName>.example}. */
  static String entry(String appName) {
    return entry(appName, "https://bridge." + appName + ".example/bridge");
  }

  /** A usable entry for {@code appName} on the given bridge. */
  static String entry(String appName, String bridgeUrl) {
    return """
        {"app_name":"%1$s","name":"%1$s wallet","image":"https://%1$s.example/icon.png",\
        "about_url":"https://%1$s.example","universal_url":"https://%1$s.example/ton-connect",\
        "bridge":[{"type":"sse","url":"%2$s"}],"platforms":["ios","android"]}"""
        .formatted(appName, bridgeUrl);
  }

  /** The entries as a JSON array. */
  static String array(String... entries) {
    return Arrays.stream(entries).collect(Collectors.joining(",", "[", "]"));
  }
}
