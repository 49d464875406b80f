package io.tcgateway.adapter.redis;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.crypto.SessionPublicKey;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.AppRequest;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.RequestId;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Sessions and requests for the Redis-specific tests (the contracts have their own). */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-22T10:00:00.123456Z");
  static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example/bridge");

  private Fixtures() {}

  static WalletSession pending(
      RandomGenerator random, SessionOwner owner, Instant now, Instant expiresAt) {
    PendingConnection offer =
        new PendingConnection(
            "tc://?v=2&id=x",
            Map.of("tonkeeper", "https://app.tonkeeper.com/ton-connect?v=2"),
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("proof-payload"),
            Optional.of(Network.TESTNET),
            Set.of("SendTransaction"),
            expiresAt);
    return WalletSession.pending(
        SessionId.random(random), owner, SessionKeyPair.generate(random), offer, now);
  }

  static ConnectedWallet wallet(RandomGenerator random) {
    byte[] walletId = new byte[32];
    random.nextBytes(walletId);
    return new ConnectedWallet(
        SessionPublicKey.of(walletId),
        BRIDGE,
        new DeviceInfo("android", "tonkeeper", "5.1", 2, List.of()),
        new TonAddressReply(
            Address.parse("0:" + "22".repeat(32)),
            Network.TESTNET,
            Optional.empty(),
            Optional.empty()),
        Optional.empty());
  }

  static AppRequest.SendTransaction transfer(long id) {
    return new AppRequest.SendTransaction(
        RequestId.of(id),
        TransactionPayload.ofMessages(
            OptionalLong.of(T0.getEpochSecond() + 300),
            Optional.of(Network.TESTNET),
            Optional.empty(),
            List.of(
                TransactionMessage.of(
                    new UserFriendlyAddress(Address.parse("0:" + "33".repeat(32)), true, false),
                    Amount.of(20_000_000)))));
  }
}
