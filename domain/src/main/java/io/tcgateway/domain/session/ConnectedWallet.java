package io.tcgateway.domain.session;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.TonAddressReply;
import java.util.Objects;
import java.util.Optional;

/**
 * The wallet a session is connected to (protocol.md §2.6, §4): its client id — learned from the
 * envelope of its {@code connect} event and from then on the only sender accepted — the bridge it
 * answered on, what it said about itself and the account, and the proof check.
 *
 * @param walletClientId the wallet's client id ({@code from} of its connect event)
 * @param bridge the bridge the wallet answered on; requests go there
 * @param device the wallet's device info ({@code appName} locates it in the wallets list)
 * @param account the {@code ton_addr} reply
 * @param proof the verified {@code ton_proof}, if one was asked for
 */
public record ConnectedWallet(
    SessionPublicKey walletClientId,
    BridgeUrl bridge,
    DeviceInfo device,
    TonAddressReply account,
    Optional<VerifiedProof> proof) {

  public ConnectedWallet {
    Objects.requireNonNull(walletClientId, "walletClientId");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(proof, "proof");
  }

  /**
   * A {@code ton_proof} that passed verification at connect.
   *
   * @param timestamp the proof's timestamp (unix seconds)
   * @param domain the signed domain
   * @param walletVersion the wallet contract identified from the state init ({@code v4r2}, ...)
   * @param publicKey the key read from the state init, 64 lowercase hex characters
   */
  public record VerifiedProof(
      long timestamp, String domain, String walletVersion, String publicKey) {
    public VerifiedProof {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(walletVersion, "walletVersion");
      Objects.requireNonNull(publicKey, "publicKey");
    }
  }
}
