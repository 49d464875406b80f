/**
 * Wiring: the Micronaut application, the factories that build the application layer from adapters,
 * adapter selection by configuration, and the operator command line.
 */
package io.tcgateway.bootstrap;
