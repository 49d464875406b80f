package io.tcgateway.adapter.bridgeserver.relay;

/** A listener's subscription to a set of client ids, from {@link Relay#subscribe}. */
public interface Subscription {

  /** Stops all further deliveries; idempotent, never blocks. */
  void cancel();
}
