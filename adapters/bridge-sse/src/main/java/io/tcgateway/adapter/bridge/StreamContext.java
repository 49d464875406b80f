package io.tcgateway.adapter.bridge;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * What every stream of one bridge shares: the bridge, its settings, ports and circuit, and where to
 * hand the subscriptions the application released ({@code releases}, run after the stream has moved
 * its cursors, so a released id's cursor is not written again).
 */
record StreamContext(
    BridgeUrl bridge,
    BridgeClientSettings settings,
    HttpClient http,
    ReceiveBridgeEventUseCase receiver,
    BridgeCursorStore cursors,
    BridgeTelemetry telemetry,
    CircuitBreaker circuit,
    Clock clock,
    RandomGenerator random,
    Consumer<List<ReceiveBridgeEventUseCase.Release>> releases) {}
