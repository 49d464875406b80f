/**
 * The bridge client (protocol.md §2): {@link io.tcgateway.adapter.bridge.SseWalletBridge}
 * implements the application's {@code WalletBridge} port. Per bridge URL a {@link
 * io.tcgateway.adapter.bridge.StreamPool} carries many client ids per SSE stream; each {@link
 * io.tcgateway.adapter.bridge.EventStream} reads with the JDK HTTP client, parses with {@link
 * io.tcgateway.adapter.bridge.SseParser}, hands events to {@code ReceiveBridgeEventUseCase} one at
 * a time and moves cursors only after the application has stored an event. Plain Java; the
 * Micronaut wiring is in bootstrap.
 */
package io.tcgateway.adapter.bridge;
