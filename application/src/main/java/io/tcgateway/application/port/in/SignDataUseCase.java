package io.tcgateway.application.port.in;

/**
 * Sends a {@code signData} request to the owner's connected wallet (its {@code SignData} feature
 * must list the type). The result is verified with the key proven at connect before the request
 * counts as completed. Exceptions as {@link SendTransactionUseCase}.
 */
public interface SignDataUseCase {
  SentRequestResult signData(SignDataCommand command);
}
