package io.tcgateway.adapter.memory;

import io.tcgateway.application.port.out.ProofPayloadStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProofPayloadStore} in a concurrent map: {@code putIfAbsent} makes consumption atomic. */
@Singleton
public final class InMemoryProofPayloadStore implements ProofPayloadStore {
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  @Override
  public boolean consume(String payloadId, Instant expiresAt) {
    return used.putIfAbsent(payloadId, expiresAt) == null;
  }

  @Override
  public int purgeExpired(Instant now) {
    int[] purged = {0};
    used.entrySet()
        .removeIf(
            entry -> {
              boolean expired = entry.getValue().isBefore(now);
              if (expired) {
                purged[0]++;
              }
              return expired;
            });
    return purged[0];
  }
}
