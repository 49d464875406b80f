package io.tcgateway.adapter.bridge.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.util.Objects;

/**
 * A bearer token for one bridge, {@code gateway.bridge.tokens.<name>.url} and {@code .token} (env:
 * {@code GATEWAY_BRIDGE_TOKENS_<NAME>_URL}, {@code ..._TOKEN}); sent as {@code Authorization:
 * Bearer <token>} on every request to that bridge, for bridges that grant higher limits to a token.
 *
 * @param name the entry's name in the configuration
 * @param url the bridge's base URL (one trailing {@code /} is ignored)
 * @param token the token; never logged or printed
 */
@EachProperty("gateway.bridge.tokens")
public record BridgeTokenProperties(@Parameter String name, String url, String token) {

  public BridgeTokenProperties {
    Objects.requireNonNull(url, () -> "gateway.bridge.tokens." + name + ".url is missing");
    Objects.requireNonNull(token, () -> "gateway.bridge.tokens." + name + ".token is missing");
  }

  /** The bridge the token is for. */
  public BridgeUrl bridgeUrl() {
    return BridgeUrl.parse(url);
  }

  @Override
  public String toString() {
    return "BridgeTokenProperties[name=" + name + ", url=" + url + ", token=<redacted>]";
  }
}
