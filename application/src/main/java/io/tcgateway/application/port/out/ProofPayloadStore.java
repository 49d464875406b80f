package io.tcgateway.application.port.out;

import java.time.Instant;

/**
 * Remembers which {@code ton_proof} payloads were used, so each is accepted once (a replayed proof
 * is refused). Payload ids come from {@code ProofPayloads.Check.Genuine.id()}.
 *
 * <p>Contract ({@code testkit}'s {@code ProofPayloadStoreContract}): {@link #consume} is atomic —
 * of any number of concurrent calls with one id exactly one returns {@code true}; an id is
 * remembered at least until its expiry. Thread-safe; throws {@link
 * io.tcgateway.application.error.StoreUnavailableException} when the store fails (the payload is
 * then not accepted).
 */
public interface ProofPayloadStore {

  /** Marks the payload used: {@code true} the first time, {@code false} ever after. */
  boolean consume(String payloadId, Instant expiresAt);

  /** Forgets ids whose expiry is before {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
