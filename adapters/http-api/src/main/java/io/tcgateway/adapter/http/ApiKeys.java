package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured API keys ({@code gateway.api.keys}), kept as SHA-256 digests and compared in
 * constant time: every key is compared, with {@link MessageDigest#isEqual}, on digests of equal
 * length, so neither the position of a mismatch nor the length of a key shows in the timing.
 * Created with the context, so an open API is reported (once, at WARN) when the server starts.
 */
@Context
final class ApiKeys {
  private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

  private final List<byte[]> digests;

  ApiKeys(ApiProperties properties) {
    this.digests = properties.keys().stream().map(ApiKeys::sha256).toList();
    if (digests.isEmpty()) {
      LOG.warn(
          "gateway.api.keys is empty: the HTTP API (/v1/**) is open to anyone who can reach it;"
              + " set gateway.api.keys (GATEWAY_API_KEYS) to require 'Authorization: Bearer <key>'");
    } else {
      LOG.info("HTTP API requires one of {} API keys", digests.size());
    }
  }

  /** Whether requests need a key at all. */
  boolean required() {
    return !digests.isEmpty();
  }

  /** Whether {@code presented} is one of the keys. */
  boolean accepts(String presented) {
    byte[] candidate = sha256(presented);
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, candidate);
    }
    return match;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  @Override
  public String toString() {
    return "ApiKeys[" + digests.size() + " redacted]";
  }
}
