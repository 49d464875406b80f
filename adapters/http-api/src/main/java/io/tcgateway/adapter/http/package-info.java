/**
 * The HTTP API web frontends and their backends call (issue 4 §2): controllers under {@code /v1}
 * that turn strict JSON bodies into use-case commands through explicit {@code *Mapper}s, the
 * owner's event stream ({@code text/event-stream}, fed by {@link
 * io.tcgateway.adapter.http.SseWalletNotifier} and the event log), the TON Connect manifest, the
 * OpenAPI document and its Swagger UI, API-key authentication, and the one place where errors
 * become {@code application/problem+json}. On unless {@code gateway.api.enabled=false}.
 */
@Configuration
@Requires(property = "gateway.api.enabled", value = "true", defaultValue = "true")
package io.tcgateway.adapter.http;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
