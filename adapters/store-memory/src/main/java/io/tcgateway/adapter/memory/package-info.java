/**
 * In-memory implementations of the store ports, active when {@code gateway.store.type} is {@code
 * memory} (the default): nothing survives a restart. They are the reference the store contracts in
 * {@code testkit} are written against.
 */
@Configuration
@Requires(property = "gateway.store.type", value = "memory", defaultValue = "memory")
package io.tcgateway.adapter.memory;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
