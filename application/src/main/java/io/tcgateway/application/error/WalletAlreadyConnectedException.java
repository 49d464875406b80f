package io.tcgateway.application.error;

import io.tcgateway.domain.session.SessionOwner;

/** A connection was started for an owner who already has a connected wallet. */
public class WalletAlreadyConnectedException extends GatewayException {
  public WalletAlreadyConnectedException(SessionOwner owner) {
    super(ErrorCode.WALLET_ALREADY_CONNECTED, owner + " already has a connected wallet", null);
  }
}
