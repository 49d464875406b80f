package io.tcgateway.application.error;

/** A wallet was asked for by an {@code appName} the wallets list does not have. */
public class UnknownWalletException extends GatewayException {
  public UnknownWalletException(String appName) {
    super(ErrorCode.UNKNOWN_WALLET, "no wallet '" + appName + "' in the wallets list", null);
  }
}
