/**
 * Micronaut wiring of the bridge client: {@code gateway.bridge.*} settings, per-bridge bearer
 * tokens ({@code gateway.bridge.tokens.<name>.url|token}) and the factory of {@link
 * io.tcgateway.adapter.bridge.SseWalletBridge}, which exists once the application provides the
 * event receiver and the cursor store.
 */
package io.tcgateway.adapter.bridge.config;
