package io.tcgateway.application.port.in;

import io.tcgateway.domain.protocol.link.ReturnStrategy;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Network;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Start connecting a wallet for {@code owner}.
 *
 * @param walletAppName one wallet's link, or empty for {@code tc://} plus a link per wallet
 * @param tonProof whether to ask for a {@code ton_proof} (with a payload the gateway issues)
 * @param network the network the account must be on, if any
 * @param returnStrategy the links' {@code ret}, if any
 * @param requiredFeatures feature names the wallet must support
 */
public record StartConnectionCommand(
    SessionOwner owner,
    Optional<String> walletAppName,
    boolean tonProof,
    Optional<Network> network,
    Optional<ReturnStrategy> returnStrategy,
    Set<String> requiredFeatures) {

  public StartConnectionCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(walletAppName, "walletAppName");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(returnStrategy, "returnStrategy");
    requiredFeatures = Set.copyOf(requiredFeatures);
  }
}
