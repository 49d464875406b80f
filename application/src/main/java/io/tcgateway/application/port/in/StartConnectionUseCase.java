package io.tcgateway.application.port.in;

/**
 * Offers a wallet connection to a user: a new session key, a connect link, and listening on the
 * wallet's bridge (or every wallet's bridge for {@code tc://}) for the answer. A pending offer of
 * the same owner is replaced; an owner with a connected wallet must disconnect first ({@link
 * io.tcgateway.application.error.WalletAlreadyConnectedException}). Throws {@link
 * io.tcgateway.application.error.UnknownWalletException} for a wallet not in the list and {@link
 * io.tcgateway.application.port.out.BridgeUnavailableException} when no bridge can be listened on.
 */
public interface StartConnectionUseCase {
  StartConnectionResult startConnection(StartConnectionCommand command);
}
