package io.tcgateway.adapter.bridge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of query parameter values ({@code application/x-www-form-urlencoded}). */
final class QueryText {
  private QueryText() {}

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
