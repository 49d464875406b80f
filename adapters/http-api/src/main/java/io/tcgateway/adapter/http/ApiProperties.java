package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.util.List;

/**
 * Settings of the HTTP API, {@code gateway.api.*}.
 *
 * @param keys the API keys accepted as {@code Authorization: Bearer <key>} on {@code /v1/**}; none
 *     (the default) leaves the API open, with a warning at start
 * @param maxBodySize the largest request body in bytes; larger is a 413 {@code BODY_TOO_LARGE}
 */
@ConfigurationProperties("gateway.api")
public record ApiProperties(
    @Nullable List<String> keys, @Bindable(defaultValue = "64KB") @ReadableBytes int maxBodySize) {

  public ApiProperties {
    keys = keys == null ? List.of() : List.copyOf(keys);
    for (String key : keys) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("gateway.api.keys must not contain a blank key");
      }
    }
    if (maxBodySize <= 0) {
      throw new IllegalArgumentException(
          "gateway.api.max-body-size must be positive, was " + maxBodySize);
    }
  }

  @Override
  public String toString() {
    return "ApiProperties[keys=<" + keys.size() + " redacted>, maxBodySize=" + maxBodySize + "]";
  }
}
