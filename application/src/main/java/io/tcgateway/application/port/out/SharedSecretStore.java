package io.tcgateway.application.port.out;

import io.tcgateway.domain.bytes.Bytes;
import java.util.function.Supplier;

/**
 * Secrets every gateway process of a deployment must share, such as the key that signs {@code
 * ton_proof} payloads (a payload issued by one process is checked by another). Durable stores keep
 * them sealed with {@link SecretSealer} (associated data {@code secret:<name>}).
 *
 * <p>Contract: {@link #getOrCreate} is atomic — of concurrent first calls (in any processes on the
 * same store) exactly one candidate is stored and every caller gets that one; later calls return it
 * without calling the supplier. Thread-safe; {@link
 * io.tcgateway.application.error.StoreUnavailableException} when the store fails.
 */
public interface SharedSecretStore {

  /**
   * The secret {@code name} ({@code [a-z0-9-]+}), stored from {@code candidate} if there is none
   * yet.
   */
  Bytes getOrCreate(String name, Supplier<Bytes> candidate);
}
