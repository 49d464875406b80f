package io.tcgateway.adapter.bridge;

import io.tcgateway.application.port.out.BridgeTelemetry;
import io.tcgateway.domain.bridge.BridgeUrl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what the bridge client reports, by kind and reason. */
final class RecordingTelemetry implements BridgeTelemetry {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  int count(String key) {
    AtomicInteger n = counts.get(key);
    return n == null ? 0 : n.get();
  }

  private void add(String key) {
    counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void streamsReshaped(BridgeUrl bridge, List<Integer> clientIdsPerStream) {
    add("reshaped");
  }

  @Override
  public void streamOpened(BridgeUrl bridge) {
    add("opened");
  }

  @Override
  public void reconnectScheduled(BridgeUrl bridge, String reason, Duration delay) {
    add("reconnect:" + reason);
  }

  @Override
  public void eventDelivered(BridgeUrl bridge) {
    add("delivered");
  }

  @Override
  public void heartbeatReceived(BridgeUrl bridge) {
    add("heartbeat");
  }

  @Override
  public void malformedEventDropped(BridgeUrl bridge, String reason) {
    add("malformed:" + reason);
  }

  @Override
  public void messagePosted(BridgeUrl bridge, int status) {
    add("posted:" + status);
  }

  @Override
  public void circuitChanged(BridgeUrl bridge, boolean open) {
    add(open ? "circuit-open" : "circuit-closed");
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
