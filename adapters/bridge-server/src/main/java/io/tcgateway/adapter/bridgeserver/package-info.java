/**
 * The built-in TON Connect HTTP bridge (protocol.md §2, ADR 0005): {@code GET /bridge/events} (SSE)
 * and {@code POST /bridge/message}, per-IP limits and stream lifecycle, over the relay core in
 * {@code relay}. Nothing here exists unless {@code gateway.bridge-server.enabled=true}.
 */
@Configuration
@Requires(property = "gateway.bridge-server.enabled", value = "true")
package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
