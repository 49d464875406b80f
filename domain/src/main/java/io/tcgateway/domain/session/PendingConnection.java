package io.tcgateway.domain.session;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.ton.Network;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A connection offered to the user and not answered yet: the links shown, what the gateway asked
 * for, and until when the offer stands (the SDK's pending connection expires after 5 minutes).
 *
 * @param link the link to show (a wallet's universal link, or {@code tc://} for any wallet)
 * @param walletLinks per-wallet links by {@code appName} (universal connect), empty for one wallet
 * @param bridges every bridge the session listens on for the answer
 * @param walletAppName the wallet asked for, if only one
 * @param proofPayload the {@code ton_proof} payload the gateway issued, if a proof was asked for
 * @param network the network the account must be on, if one was required
 * @param requiredFeatures feature names the wallet must support ({@code SendTransaction}, ...)
 * @param expiresAt when an unanswered connection expires
 */
public record PendingConnection(
    String link,
    Map<String, String> walletLinks,
    List<BridgeUrl> bridges,
    Optional<String> walletAppName,
    Optional<String> proofPayload,
    Optional<Network> network,
    Set<String> requiredFeatures,
    Instant expiresAt) {

  public PendingConnection {
    Objects.requireNonNull(link, "link");
    walletLinks = Map.copyOf(walletLinks);
    bridges = List.copyOf(bridges);
    if (bridges.isEmpty()) {
      throw new IllegalArgumentException("a pending connection listens on at least one bridge");
    }
    Objects.requireNonNull(walletAppName, "walletAppName");
    Objects.requireNonNull(proofPayload, "proofPayload");
    Objects.requireNonNull(network, "network");
    requiredFeatures = Set.copyOf(requiredFeatures);
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the offer has run out at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
