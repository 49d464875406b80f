package io.tcgateway.adapter.crypto;

import java.util.List;
import java.util.Objects;

/**
 * What can be said about a keyset without showing key material: its key ids (Tink's 32-bit ids,
 * also the first bytes of every ciphertext after the version byte) and which one encrypts.
 *
 * @param primaryKeyId the id of the key that encrypts
 * @param keyIds every key's id, in keyset order
 */
public record KeysetSummary(int primaryKeyId, List<Integer> keyIds) {
  public KeysetSummary {
    keyIds = List.copyOf(Objects.requireNonNull(keyIds, "keyIds"));
    if (!keyIds.contains(primaryKeyId)) {
      throw new IllegalArgumentException("the primary key id is not among the key ids");
    }
  }

  /** Number of keys. */
  public int size() {
    return keyIds.size();
  }

  /** Ids as Tink's tools print them (unsigned decimal). */
  @Override
  public String toString() {
    return size()
        + (size() == 1 ? " key" : " keys")
        + " (ids "
        + String.join(", ", keyIds.stream().map(Integer::toUnsignedString).toList())
        + "; primary "
        + Integer.toUnsignedString(primaryKeyId)
        + ")";
  }
}
