package io.tcgateway.application.service;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import java.util.List;
import java.util.Optional;

/** Small fixtures shared by the service tests. */
final class ReceiveBridgeEventServiceTestSupport {
  private ReceiveBridgeEventServiceTestSupport() {}

  /** Some connected wallet on {@code bridge}. */
  static ConnectedWallet wallet(BridgeUrl bridge) {
    return new ConnectedWallet(
        SessionPublicKey.parse("ab".repeat(32)),
        bridge,
        new DeviceInfo("ios", "tonkeeper", "5.0", 2, List.of()),
        new TonAddressReply(
            Address.parse("0:" + "11".repeat(32)),
            Network.MAINNET,
            Optional.empty(),
            Optional.empty()),
        Optional.empty());
  }
}
