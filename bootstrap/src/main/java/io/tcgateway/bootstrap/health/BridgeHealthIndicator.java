package io.tcgateway.bootstrap.health;

import io.micronaut.context.BeanProvider;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.tcgateway.adapter.bridge.SseWalletBridge;
import io.tcgateway.adapter.bridge.SseWalletBridge.BridgeState;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * {@code bridges}: every wallet bridge the client talks to, with its streams, client ids and
 * circuit state. DOWN only when every known bridge's circuit is open (no wallet can be reached);
 * one bridge down is reported in the details, since the other wallets still work.
 */
@Singleton
final class BridgeHealthIndicator implements HealthIndicator {
  private final BeanProvider<SseWalletBridge> bridge;
  private final BridgeCounters counters;

  /** The client is resolved per check: it cannot be built while the store it needs is down. */
  BridgeHealthIndicator(BeanProvider<SseWalletBridge> bridge, BridgeCounters counters) {
    this.bridge = bridge;
    this.counters = counters;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    List<BridgeState> states;
    try {
      states = bridge.get().bridges();
    } catch (RuntimeException e) {
      return Mono.just(
          HealthResult.builder("bridges", HealthStatus.DOWN)
              .details(Map.of("error", "the bridge client is not running: " + rootMessage(e)))
              .build());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    for (BridgeState state : states) {
      details.put(
          state.bridge().toString(),
          Map.of(
              "streams", state.streams(),
              "clientIds", state.clientIds(),
              "circuit", state.circuitOpen() ? "open" : "closed"));
    }
    details.put("counters", counters.snapshot());
    boolean allOpen = !states.isEmpty() && states.stream().allMatch(BridgeState::circuitOpen);
    return Mono.just(
        HealthResult.builder("bridges", allOpen ? HealthStatus.DOWN : HealthStatus.UP)
            .details(details)
            .build());
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
