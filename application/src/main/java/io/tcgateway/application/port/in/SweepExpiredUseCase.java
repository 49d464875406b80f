package io.tcgateway.application.port.in;

/**
 * Housekeeping, run periodically: expires pending connections and requests whose time is up
 * (reporting each to its owner), and deletes finished requests, events and used proof payload ids
 * older than the retention period. Safe to run concurrently on several gateways.
 */
public interface SweepExpiredUseCase {
  SweepExpiredResult sweep();
}
