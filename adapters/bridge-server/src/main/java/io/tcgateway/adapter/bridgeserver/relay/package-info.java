/**
 * The bridge's relay core, free of any framework: messages are buffered per recipient until their
 * TTL runs out and fanned out to live subscribers, and a subscriber gets the buffered messages
 * newer than its cursor followed by live ones without gaps or duplicates. Storage and fan-out sit
 * behind the {@link io.tcgateway.adapter.bridgeserver.relay.RelayStore} port so that a shared
 * (Redis) store can replace the in-memory one. Depends on {@code java.*} and the domain's client
 * ids only.
 */
package io.tcgateway.adapter.bridgeserver.relay;
