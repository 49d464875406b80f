package io.tcgateway.application.error;

import io.tcgateway.domain.session.SessionOwner;

/** A request was asked for by an owner without a connected wallet. */
public class WalletNotConnectedException extends GatewayException {
  public WalletNotConnectedException(SessionOwner owner) {
    super(ErrorCode.WALLET_NOT_CONNECTED, owner + " has no connected wallet", null);
  }
}
