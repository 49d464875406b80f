package io.tcgateway.adapter.bridgeserver;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.tcgateway.adapter.bridgeserver.relay.InMemoryRelayStore;
import io.tcgateway.adapter.bridgeserver.relay.Relay;
import io.tcgateway.adapter.bridgeserver.relay.RelayStore;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the relay core from the settings: the in-memory store and the relay over it. */
@Factory
class BridgeServerFactory {

  /** The system clock, unless the application already provides one. */
  @Singleton
  @Requires(missingBeans = Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  RelayStore relayStore(Clock clock, BridgeServerProperties properties) {
    return new InMemoryRelayStore(clock, properties.maxBufferedMessagesPerClient());
  }

  @Singleton
  Relay relay(RelayStore store, Clock clock, BridgeServerProperties properties) {
    return new Relay(store, clock, properties.streamQueueSize());
  }
}
