package io.tcgateway.adapter.http;

import io.tcgateway.domain.bridge.BridgeUrl;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.crypto.SessionKeyPair;
import io.tcgateway.domain.protocol.DeviceInfo;
import io.tcgateway.domain.protocol.Feature;
import io.tcgateway.domain.protocol.SignDataType;
import io.tcgateway.domain.protocol.TonAddressReply;
import io.tcgateway.domain.session.ConnectedWallet;
import io.tcgateway.domain.session.PendingConnection;
import io.tcgateway.domain.session.SessionId;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletSession;
import io.tcgateway.domain.ton.Address;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.cell.TextComment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Fixed values for the tests: addresses, BoCs, sessions. */
final class Samples {
  static final Instant NOW = Instant.parse("2025-07-04T16:59:18Z");
  static final Address ADDRESS = Address.of(0, Bytes.fromHex("9c60".repeat(16)));
  static final Address OTHER = Address.of(0, Bytes.fromHex("1234".repeat(16)));
  static final String RAW = ADDRESS.toRaw();
  static final String BOUNCEABLE = ADDRESS.toFriendly(true, false);
  static final String NON_BOUNCEABLE = ADDRESS.toFriendly(false, false);
  static final String OTHER_FRIENDLY = OTHER.toFriendly(true, false);

  /** {@link #BOUNCEABLE} with its last character changed: the CRC no longer matches. */
  static final String BAD_CRC = flipLast(BOUNCEABLE);

  static final String BOC = TextComment.of("hello").toBase64();
  static final String NOT_BOC = "aGVsbG8gd29ybGQ="; // base64 of "hello world"
  static final String PUBLIC_KEY = "ab".repeat(32);
  static final BridgeUrl BRIDGE = BridgeUrl.parse("https://bridge.example.com/bridge");

  private Samples() {}

  static SessionKeyPair keys(long seed) {
    return SessionKeyPair.generate(new Random(seed));
  }

  static SessionId sessionId(int n) {
    return new SessionId(String.format("%032x", n));
  }

  static WalletSession pending(SessionOwner owner, int n, String link, Map<String, String> links) {
    PendingConnection offer =
        new PendingConnection(
            link,
            links,
            List.of(BRIDGE),
            Optional.empty(),
            Optional.of("payload"),
            Optional.empty(),
            Set.of(),
            NOW.plusSeconds(300));
    return WalletSession.pending(sessionId(n), owner, keys(n), offer, NOW);
  }

  static DeviceInfo device() {
    return new DeviceInfo(
        "iphone",
        "tonkeeper",
        "5.0.1",
        2,
        List.of(
            new Feature.SendTransactionLegacy(),
            Feature.SendTransaction.of(4),
            Feature.SignData.of(SignDataType.TEXT, SignDataType.BINARY, SignDataType.CELL)));
  }

  static WalletSession connected(SessionOwner owner, int n, Network network) {
    ConnectedWallet wallet =
        new ConnectedWallet(
            keys(1000 + n).publicKey(),
            BRIDGE,
            device(),
            new TonAddressReply(
                ADDRESS, network, Optional.of(Bytes.fromHex(PUBLIC_KEY)), Optional.of(BOC)),
            Optional.of(
                new ConnectedWallet.VerifiedProof(
                    1751648358, "app.example.com", "v4r2", PUBLIC_KEY)));
    return pending(owner, n, "tc://?v=2", Map.of()).connected(wallet, 1, NOW);
  }

  private static String flipLast(String text) {
    char last = text.charAt(text.length() - 1);
    return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
  }
}
