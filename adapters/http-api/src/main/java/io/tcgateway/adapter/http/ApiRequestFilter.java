package io.tcgateway.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.OptionalLong;

/**
 * Guards {@code /v1/**} before anything is read: {@code Authorization: Bearer <key>} when {@code
 * gateway.api.keys} is set (401 {@code UNAUTHORIZED} otherwise, with {@code WWW-Authenticate}),
 * then a declared {@code Content-Length} above {@code gateway.api.max-body-size} (413 {@code
 * BODY_TOO_LARGE} without reading the body; bodies without a length are checked as they are read).
 * The manifest, the icon, the OpenAPI document and Swagger UI, {@code /health} and the built-in
 * bridge are outside {@code /v1} and need no key.
 */
@ServerFilter("/v1/**")
final class ApiRequestFilter implements Ordered {
  private static final String BEARER = "Bearer ";

  private final ApiKeys keys;
  private final long maxBodySize;

  ApiRequestFilter(ApiKeys keys, ApiProperties properties) {
    this.keys = keys;
    this.maxBodySize = properties.maxBodySize();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.order();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (keys.required() && !authenticated(request)) {
      return Problems.response(
              ProblemCode.UNAUTHORIZED,
              HttpHeaders.AUTHORIZATION,
              "a valid API key is required: Authorization: Bearer <key>")
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tc-gateway\"");
    }
    OptionalLong length = declaredLength(request);
    if (length.isPresent() && length.getAsLong() > maxBodySize) {
      return Problems.response(ApiProblemException.bodyTooLarge(maxBodySize));
    }
    return null;
  }

  private boolean authenticated(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    return keys.accepts(header.substring(BEARER.length()).trim());
  }

  private static OptionalLong declaredLength(HttpRequest<?> request) {
    String value = request.getHeaders().get(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
