/**
 * PostgreSQL implementations of the store ports (micronaut-data-jdbc, pgjdbc, Hikari), active when
 * {@code gateway.store.type} is {@code jdbc}; otherwise no bean of this package exists, and nothing
 * here opens a connection. The schema is Flyway's ({@code db/migration}). Session secret keys and
 * shared secrets are stored sealed by the {@code SecretSealer} port; documents are written by the
 * {@code StorageCodec} port. See ADR 0011.
 */
@Configuration
@Requires(property = "gateway.store.type", value = "jdbc")
package io.tcgateway.adapter.jdbc;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
