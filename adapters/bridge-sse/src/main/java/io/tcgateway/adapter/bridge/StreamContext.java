package io.tcgateway.adapter.bridge;

import io.tcgateway.application.port.in.ReceiveBridgeEventUseCase;
import io.tcgateway.application.port.out.BridgeCursorStore;
import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** What every stream of one bridge shares: the bridge, its settings, ports and circuit. */
record StreamContext(
    BridgeUrl bridge,
    BridgeClientSettings settings,
    HttpClient http,
    ReceiveBridgeEventUseCase receiver,
    BridgeCursorStore cursors,
    BridgeTelemetry telemetry,
    CircuitBreaker circuit,
    Clock clock,
    RandomGenerator random) {}
