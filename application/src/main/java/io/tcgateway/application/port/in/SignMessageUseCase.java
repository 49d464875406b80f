package io.tcgateway.application.port.in;

/**
 * Sends a {@code signMessage} request to the owner's connected wallet (only wallets with the {@code
 * SignMessage} feature); exceptions as {@link SendTransactionUseCase}.
 */
public interface SignMessageUseCase {
  SentRequestResult signMessage(SignMessageCommand command);
}
