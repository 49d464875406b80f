package io.tcgateway.application.port.in;

/**
 * Sends a {@code sendTransaction} request to the owner's connected wallet after checking its
 * features; the request is stored before it leaves. Throws {@link
 * io.tcgateway.application.error.WalletNotConnectedException}, {@link
 * io.tcgateway.application.error.WalletFeatureMissingException} and {@link
 * io.tcgateway.application.error.InvalidRequestException}.
 */
public interface SendTransactionUseCase {
  SentRequestResult sendTransaction(SendTransactionCommand command);
}
