package io.tcgateway.application.port.in;

/**
 * What one sweep did.
 *
 * @param expiredConnections pending connections marked expired
 * @param expiredRequests requests marked expired
 * @param purged finished requests, old events and used proof payload ids deleted
 */
public record SweepExpiredResult(int expiredConnections, int expiredRequests, int purged) {}
