package io.tcgateway.adapter.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * What {@link JdbcSessionStore} reads of a {@code wallet_session} row: the lookup columns, the
 * {@code StorageCodec} document and the sealed secret key. The other columns exist for indexes and
 * checks only; writes are plain SQL in {@link JdbcSessionStore}.
 *
 * @param sealedSecretKey the secret key as {@code SecretSealer.seal(key, "session:" + id)}
 */
@MappedEntity("wallet_session")
record SessionRow(
    @Id String id,
    String ownerKey,
    String clientId,
    @Nullable String walletClientId,
    String document,
    @io.micronaut.data.annotation.MappedProperty("secret_key") byte[] sealedSecretKey) {

  @Override
  public String toString() {
    return "SessionRow[" + id + "]";
  }
}
