/**
 * Micronaut wiring of secrets at rest: {@code gateway.crypto.*} settings and the factory of the
 * {@link io.tcgateway.application.port.out.SecretSealer} bean. The bean is created only when a bean
 * that needs it is (a durable store); a run on the memory store needs no keyset.
 */
package io.tcgateway.adapter.crypto.config;
