package io.tcgateway.bootstrap.health;

import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.domain.bridge.BridgeUrl;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the bridge client reports, over all bridges, by kind and reason ({@code
 * dropped:no-addressee}, {@code malformed:invalid-base64}, {@code reconnect:idle-timeout}, {@code
 * post:200}, {@code events}, ...), shown under {@code bridges} in {@code /health} until a metrics
 * adapter publishes them. Lock-free; safe on the stream readers' threads.
 */
@Singleton
final class BridgeCounters implements BridgeTelemetry {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  private void count(String key) {
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  @Override
  public void streamOpened(BridgeUrl bridge) {
    count("streams-opened");
  }

  @Override
  public void reconnectScheduled(BridgeUrl bridge, String reason, Duration delay) {
    count("reconnect:" + reason);
  }

  @Override
  public void eventDelivered(BridgeUrl bridge) {
    count("events");
  }

  @Override
  public void heartbeatReceived(BridgeUrl bridge) {
    count("heartbeats");
  }

  @Override
  public void malformedEventDropped(BridgeUrl bridge, String reason) {
    count("malformed:" + reason);
  }

  @Override
  public void eventDropped(BridgeUrl bridge, String reason) {
    count("dropped:" + reason);
  }

  @Override
  public void messagePosted(BridgeUrl bridge, int status) {
    count("post:" + status);
  }

  @Override
  public void circuitChanged(BridgeUrl bridge, boolean open) {
    count(open ? "circuit-opened" : "circuit-closed");
  }

  /** Every count so far, by key in order. */
  Map<String, Long> snapshot() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((key, adder) -> snapshot.put(key, adder.sum()));
    return snapshot;
  }
}
