/**
 * Micronaut wiring of the application layer: the settings it needs ({@code gateway.proof.*}, {@code
 * gateway.sessions.*}), the factory that builds every use case from the adapters' ports, and the
 * periodic sweep. The services themselves stay framework-free.
 */
package io.tcgateway.bootstrap.wiring;
